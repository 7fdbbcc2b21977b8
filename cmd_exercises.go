package main

import (
	"flag"
	"fmt"
	"strings"

	"upright/exercises"
)

var exercisesCommand = command{name: "exercises", usage: "[--json]", summary: "the exercise catalog",
	new: func() runner { return &exercisesCmd{} }}

// exercisesCmd lists the catalog; it reads no database, so it takes no --db.
type exercisesCmd struct{ jsonOption }

func (c *exercisesCmd) flags(fs *flag.FlagSet) { c.jsonOption.flags(fs) }

func (c *exercisesCmd) run(io streams, _ []string) error {
	cat := exercises.Catalog()
	if c.json {
		out := make([]exerciseJSON, len(cat))
		for i, ex := range cat {
			out[i] = toExerciseJSON(ex)
		}
		return writeJSON(io.out, out)
	}
	// Grouped by category, so each row fits 80 columns with its dose; flagged exercises get a
	// second line saying why.
	var b strings.Builder
	var category exercises.Category = -1
	for _, ex := range cat {
		if ex.Category != category {
			category = ex.Category
			fmt.Fprintln(&b, strings.ToUpper(category.String()))
		}
		fmt.Fprintf(&b, "  %-22s  %-24s  %-9s  %s\n", ex.ID, clip(ex.Name, 24), ex.Measure, clip(ex.DoseNote, 16))
		if ex.Status.Flagged() {
			fmt.Fprintf(&b, "    ! %s: never in a built-in routine; read its card first\n", ex.Status)
		}
	}
	_, err := fmt.Fprint(io.out, b.String())
	return err
}

// exerciseJSON is the stable shape of `upright exercises --json` (documented in README.md).
type exerciseJSON struct {
	ID           string   `json:"id"`
	Name         string   `json:"name"`
	Category     string   `json:"category"`
	Measure      string   `json:"measure"`
	Sided        bool     `json:"sided"`
	Status       string   `json:"status"`
	StatusReason string   `json:"status_reason,omitempty"`
	Dose         doseJSON `json:"dose"`
	DoseNote     string   `json:"dose_note"`
	Description  string   `json:"description"`
	Cues         []string `json:"cues"`
	Easier       string   `json:"easier"`
	Harder       string   `json:"harder"`
	Safety       string   `json:"safety"`
}

type doseJSON struct {
	Sets        int     `json:"sets"`
	HoldSeconds float64 `json:"hold_seconds,omitempty"`
	Reps        int     `json:"reps,omitempty"`
	Tempo       string  `json:"tempo,omitempty"`
	RestSeconds float64 `json:"rest_seconds"`
}

func toExerciseJSON(ex exercises.Exercise) exerciseJSON {
	return exerciseJSON{ID: ex.ID, Name: ex.Name, Category: ex.Category.String(), Measure: ex.Measure.String(),
		Sided: ex.Sided, Status: ex.Status.String(), StatusReason: ex.StatusReason, Dose: toDoseJSON(ex.Dose),
		DoseNote: ex.DoseNote, Description: ex.Description, Cues: ex.Cues, Easier: ex.Easier, Harder: ex.Harder,
		Safety: ex.Safety}
}

func toDoseJSON(d exercises.Dose) doseJSON {
	return doseJSON{Sets: d.Sets, HoldSeconds: d.Hold.Seconds(), Reps: d.Reps, Tempo: d.Tempo.String(),
		RestSeconds: d.Rest.Seconds()}
}
