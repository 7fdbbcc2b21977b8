package progress

import (
	"slices"
	"time"

	"upright/exercises"
	"upright/session/profile"
	"upright/session/record"
)

// recentRoutines is how many of the latest routines get suggestions besides the prescribed ones.
const recentRoutines = 3

// Suggestions is upright's one progression policy: home, the progress screen and the report all
// show what it returns. It looks at the person's prescribed routines, in order, and then at the
// routines of their latest sessions (demo sessions aside, up to three), each at the doses the
// person now has (their overrides) and with their dose-change log, so a dose changed in the last
// week is not progressed again. An exercise gets at most one suggestion, from the first routine
// that has it, so a prescribed dose always wins over a dose of a routine done lately; the clinic
// demo's short doses are never used. Step-backs come first: a screen that shows only the first few never hides one.
//
// recs should reach back far enough to hold each exercise's last two sessions; records that
// started after now are not used.
func Suggestions(who profile.Profile, recs []record.Record, saved []exercises.Routine, now time.Time) []Suggestion {
	ids := slices.Clone(who.Prescribed)
	past := sortedUsable(recs)
	var recent []string
	for i := len(past) - 1; i >= 0 && len(recent) < recentRoutines; i-- {
		if id := past[i].Routine.ID; !past[i].StartedAt.After(now) && !slices.Contains(recent, id) {
			recent = append(recent, id)
		}
	}
	for _, id := range recent {
		if !slices.Contains(ids, id) {
			ids = append(ids, id)
		}
	}
	changes := who.LastChanges()
	var back, forward []Suggestion
	seen := map[string]bool{}
	for _, id := range ids {
		rt, ok := exercises.Resolve(id, saved)
		if !ok || rt.Demo() {
			continue // a demo routine's short doses are never a person's doses
		}
		for _, sg := range Suggest(past, who.ApplyOverrides(rt), now, changes) {
			if seen[sg.ExerciseID] {
				continue
			}
			seen[sg.ExerciseID] = true
			sg.Routine = rt.Name
			if sg.Kind == SuggestStepBack {
				back = append(back, sg)
			} else {
				forward = append(forward, sg)
			}
		}
	}
	return append(back, forward...)
}
