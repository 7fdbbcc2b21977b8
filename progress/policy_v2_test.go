package progress

import (
	"strconv"
	"strings"
	"testing"
	"time"

	"upright/exercises"
	"upright/session/profile"
	"upright/session/record"
)

// Issue 19, item 8: a pain rise steps back only the exercise it was reported during (or that was
// flagged); item 9: suggestions start from the prescribed doses, never the clinic demo's.
func TestSuggestionsAttributeAndUsePrescribedDoses(t *testing.T) {
	t0 := at(t, "2026-11-02T15:00:00Z")
	now := t0.Add(4 * 24 * time.Hour)
	day := func(n int) time.Time { return t0.Add(time.Duration(n) * 24 * time.Hour) }
	mixed := exercises.Routine{ID: "mixed", Name: "Mixed", Items: []exercises.Item{
		item(t, "squat-to-chair", exercises.Dose{Sets: 2, Reps: 10}),
		item(t, "chin-tuck", exercises.Dose{Sets: 1, Reps: 5, Hold: 5 * time.Second}),
	}}
	session := func(start time.Time, routine string, squatReps int, mod func(*record.Record)) record.Record {
		r := rec(start, ex("squat-to-chair", reps(squatReps, squatReps), reps(squatReps, squatReps)),
			ex("chin-tuck", record.SetResult{TargetSeconds: 5, HeldSeconds: 5, TargetReps: 5, Reps: 5}))
		r.Routine = record.RoutineRef{ID: routine}
		if mod != nil {
			mod(&r)
		}
		return r
	}
	squatPain := func(r *record.Record) {
		r.Flags = []record.Flag{{Kind: record.FlagPainRise, Exercise: "squat-to-chair"}}
		r.Checkout.Pain = r.Checkin.Pain + 3
	}
	cases := []struct {
		name string
		who  profile.Profile
		recs []record.Record
		want []string
	}{
		{"a rise during the squat steps back the squat only", profile.Profile{Prescribed: []string{"mixed"}},
			[]record.Record{session(day(0), "mixed", 10, nil), session(day(1), "mixed", 10, squatPain)},
			[]string{"squat-to-chair step-back 10->8"}},
		{"sharp pain reported at check-out for the chin tuck", profile.Profile{Prescribed: []string{"mixed"}},
			[]record.Record{session(day(0), "mixed", 10, nil), session(day(1), "mixed", 10, func(r *record.Record) {
				r.Checkout.Reports = []record.ExerciseReport{{Exercise: "chin-tuck", SharpPain: true}}
			})},
			[]string{"chin-tuck step-back 5->3", "squat-to-chair add-reps 10->12"}},
		{"the clinic demo's short doses are never used", profile.Profile{},
			[]record.Record{session(day(0), exercises.DemoRoutineID, 3, squatPain)},
			nil},
		{"a prescribed dose wins over a demo session's", profile.Profile{Prescribed: []string{"mixed"}},
			[]record.Record{session(day(0), exercises.DemoRoutineID, 3, squatPain)},
			[]string{"squat-to-chair step-back 10->8"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var got []string
			for _, sg := range Suggestions(c.who, c.recs, []exercises.Routine{mixed}, now) {
				got = append(got, sg.ExerciseID+" "+sg.Kind.String()+" "+strconv.Itoa(sg.From.Reps)+"->"+strconv.Itoa(sg.To.Reps))
			}
			if strings.Join(got, "|") != strings.Join(c.want, "|") {
				t.Fatalf("got %q, want %q", got, c.want)
			}
		})
	}
}
