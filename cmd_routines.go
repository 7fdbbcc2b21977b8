package main

import (
	"flag"
	"strconv"

	"upright/exercises"
	"upright/ui/kit"
)

var routinesCommand = command{name: "routines", usage: "[--json] [--profile NAME]",
	summary: "built-in and saved routines, with owners",
	new:     func() runner { return &routinesCmd{} }}

// routinesCmd lists every routine for a therapist, or with --profile what that patient sees, in
// the order of their routine picker (exercises.Arrange).
type routinesCmd struct {
	dbOption
	jsonOption
	profileOption
}

func (c *routinesCmd) flags(fs *flag.FlagSet) {
	c.dbOption.flags(fs)
	c.jsonOption.flags(fs)
	c.profileOption.flagsSaying(fs, "`NAME` only what this patient sees: their own, the library,\nthe built-ins")
}

// routineJSON is the stable shape of `upright routines --json`.
type routineJSON struct {
	ID               string            `json:"id"`
	Name             string            `json:"name"`
	Description      string            `json:"description"`
	Source           string            `json:"source"`
	Owner            string            `json:"owner,omitempty"`
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
	if err := knownProfile(c.profileOption, st, c.profile); err != nil {
		return err
	}
	saved, bad, err := st.Routines()
	if err != nil {
		return err
	}
	all := append(exercises.Builtin(), saved...)
	if c.set {
		all = exercises.Arrange(c.profile, all, false)
	}
	if c.json {
		if err := writeJSON(io.out, routinesJSON(all)); err != nil {
			return err
		}
		return damagedError(bad)
	}
	var t table
	t.add("ID", "NAME", "OWNER", "TIME", "EXERCISES")
	for _, r := range all {
		t.add(r.ID, kit.Clip(exercises.CleanText(r.Name), 26), ownerCell(r),
			roundMinutes(r.EstimatedDuration()), strconv.Itoa(len(r.Items)))
	}
	// The id is what `--routine` and `routine export` need: never cut it; the name gives way,
	// then the owner.
	if err := t.writeFit(io.out, outWidth(io.out), 1, 2); err != nil {
		return err
	}
	return damagedError(bad)
}

func routinesJSON(all []exercises.Routine) []routineJSON {
	out := make([]routineJSON, len(all))
	for i, r := range all {
		out[i] = routineJSON{ID: r.ID, Name: r.Name, Description: r.Description, Source: r.Source.String(), Owner: r.Owner,
			EstimatedSeconds: r.EstimatedDuration().Seconds(), GetReadySeconds: r.GetReady.Seconds(),
			RestSeconds: r.Rest.Seconds(), Exercises: []routineItemJSON{}}
		for _, it := range r.Items {
			out[i].Exercises = append(out[i].Exercises, routineItemJSON{ID: it.Exercise.ID,
				Status: it.Exercise.Status.String(), Dose: it.Dose.JSON()})
		}
	}
	return out
}

// ownerCell is whose a routine is: a patient's name, the clinic's library, or built into upright
// (everyone's, and no one's to change). It says where a routine came from too, so the table needs
// no source column (--json keeps one).
func ownerCell(r exercises.Routine) string {
	switch {
	case r.Source != exercises.SourceSaved:
		return r.Source.String()
	case r.Owner == "":
		return "library"
	}
	return exercises.CleanText(r.Owner)
}
