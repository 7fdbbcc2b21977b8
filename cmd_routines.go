package main

import (
	"flag"
	"strconv"

	"upright/exercises"
	"upright/ui/kit"
)

var routinesCommand = command{name: "routines", usage: "[--json]", summary: "built-in and saved routines",
	new: func() runner { return &routinesCmd{} }}

type routinesCmd struct {
	dbOption
	jsonOption
}

func (c *routinesCmd) flags(fs *flag.FlagSet) {
	c.dbOption.flags(fs)
	c.jsonOption.flags(fs)
}

// routineJSON is the stable shape of `upright routines --json`.
type routineJSON struct {
	ID               string            `json:"id"`
	Name             string            `json:"name"`
	Description      string            `json:"description"`
	Source           string            `json:"source"`
	EstimatedSeconds float64           `json:"estimated_seconds"`
	GetReadySeconds  float64           `json:"get_ready_seconds"`
	RestSeconds      float64           `json:"rest_seconds"`
	Exercises        []routineItemJSON `json:"exercises"`
}

type routineItemJSON struct {
	ID     string             `json:"id"`
	Status string             `json:"status"`
	Dose   exercises.DoseJSON `json:"dose"`
}

func (c *routinesCmd) run(io streams, _ []string) error {
	st, err := openForReading(c.db)
	if err != nil {
		return err
	}
	defer st.Close()
	saved, bad, err := st.Routines()
	if err != nil {
		return err
	}
	all := append(exercises.Builtin(), saved...)
	if c.json {
		if err := writeJSON(io.out, routinesJSON(all)); err != nil {
			return err
		}
		return damagedError(bad)
	}
	var t table
	t.add("ID", "NAME", "SOURCE", "TIME", "EXERCISES")
	for _, r := range all {
		t.add(r.ID, kit.Clip(exercises.CleanText(r.Name), 26), r.Source.String(),
			roundMinutes(r.EstimatedDuration()), strconv.Itoa(len(r.Items)))
	}
	// The id is what `--routine` and `routine export` need: never cut it; the name gives way.
	if err := t.writeFit(io.out, outWidth(io.out), 1); err != nil {
		return err
	}
	return damagedError(bad)
}

func routinesJSON(all []exercises.Routine) []routineJSON {
	out := make([]routineJSON, len(all))
	for i, r := range all {
		out[i] = routineJSON{ID: r.ID, Name: r.Name, Description: r.Description, Source: r.Source.String(),
			EstimatedSeconds: r.EstimatedDuration().Seconds(), GetReadySeconds: r.GetReady.Seconds(),
			RestSeconds: r.Rest.Seconds(), Exercises: []routineItemJSON{}}
		for _, it := range r.Items {
			out[i].Exercises = append(out[i].Exercises, routineItemJSON{ID: it.Exercise.ID,
				Status: it.Exercise.Status.String(), Dose: it.Dose.JSON()})
		}
	}
	return out
}
