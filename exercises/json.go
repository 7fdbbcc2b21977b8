package exercises

import "encoding/json"

// exerciseJSON is the stable JSON shape of a catalog card, the one `upright exercises --json`
// prints: version 1's fields, then the sources by name, the stages of a staged test and its norms.
type exerciseJSON struct {
	ID           string   `json:"id"`
	Name         string   `json:"name"`
	Category     string   `json:"category"`
	Measure      string   `json:"measure"`
	Sided        bool     `json:"sided"`
	Status       string   `json:"status"`
	StatusReason string   `json:"status_reason,omitempty"`
	Dose         DoseJSON `json:"dose"`
	DoseNote     string   `json:"dose_note"`
	Description  string   `json:"description"`
	Cues         []string `json:"cues"`
	Easier       string   `json:"easier"`
	Harder       string   `json:"harder"`
	Safety       string   `json:"safety"`
	Sources      []string `json:"sources"`
	Stages       []string `json:"stages,omitempty"`
	Norms        []Norm   `json:"norms,omitempty"`
	// NotWithSpineFracture is set for cards never offered after a spine fracture.
	NotWithSpineFracture bool `json:"not_with_spine_fracture,omitempty"`
}

// DoseJSON is a dose in upright's JSON output: the catalog's cards and the routines' items.
type DoseJSON struct {
	Sets        int     `json:"sets"`
	HoldSeconds float64 `json:"hold_seconds,omitempty"`
	Reps        int     `json:"reps,omitempty"`
	Tempo       string  `json:"tempo,omitempty"`
	RestSeconds float64 `json:"rest_seconds"`
}

// MarshalJSON writes the card in its stable JSON shape. Dose.Hold is written as hold_seconds for
// every measure that takes one (the window of timed reps and the cap of a stopwatch included).
func (e Exercise) MarshalJSON() ([]byte, error) {
	d := e.Dose
	return json.Marshal(exerciseJSON{
		ID: e.ID, Name: e.Name, Category: e.Category.String(), Measure: e.Measure.String(),
		Sided: e.Sided, Status: e.Status.String(), StatusReason: e.StatusReason,
		Dose:     d.JSON(),
		DoseNote: e.DoseNote, Description: e.Description, Cues: nonNil(e.Cues), Easier: e.Easier,
		Harder: e.Harder, Safety: e.Safety, Sources: nonNil(e.Sources), Stages: e.Stages, Norms: e.Norms,
		NotWithSpineFracture: e.NotWithSpineFracture,
	})
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

// JSON is the dose in its JSON shape.
func (d Dose) JSON() DoseJSON {
	return DoseJSON{Sets: d.Sets, HoldSeconds: d.Hold.Seconds(), Reps: d.Reps, Tempo: d.Tempo.String(),
		RestSeconds: d.Rest.Seconds()}
}
