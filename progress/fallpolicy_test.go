package progress

import (
	"strings"
	"testing"
	"time"

	"upright/exercises"
	"upright/session/profile"
	"upright/session/record"
)

// The policy after falls, balance loss, dizziness, red flags and gentle days, as a table over the
// stored sessions: which suggestions progress.Suggestions still makes. Balance and leg exercises
// (single-leg stand, squat) are held back after a fall; upper body and core (wall push-up,
// plank) are not; step-backs always show.
func TestSuggestionsAfterAFall(t *testing.T) {
	mon := time.Date(2026, 11, 23, 9, 0, 0, 0, est)
	mixed := exercises.Routine{ID: "mixed", Name: "Mixed", Items: []exercises.Item{
		item(t, "single-leg-stand", exercises.Dose{Sets: 1, Hold: 10 * time.Second}),
		item(t, "squat-to-chair", exercises.Dose{Sets: 1, Reps: 8}),
		item(t, "wall-push-up", exercises.Dose{Sets: 1, Reps: 8}),
		item(t, "plank", exercises.Dose{Sets: 1, Hold: 10 * time.Second}),
	}}
	easy := func(start time.Time, mod func(*record.Record)) record.Record {
		r := rec(start, ex("single-leg-stand", hold(10)), ex("squat-to-chair", reps(8, 8)),
			ex("wall-push-up", reps(8, 8)), ex("plank", hold(10)))
		r.Routine = record.RoutineRef{ID: "mixed", Name: "Mixed"}
		if mod != nil {
			mod(&r)
		}
		return r
	}
	fall := func(r *record.Record) { r.Checkin.Fall = true }
	all := "single-leg-stand add-time|squat-to-chair add-reps|wall-push-up add-reps|plank add-time"
	safe := "wall-push-up add-reps|plank add-time"
	cases := []struct {
		name string
		recs []record.Record
		now  time.Time
		want string
	}{
		{"two steady sessions", []record.Record{easy(mon, nil), easy(mon.AddDate(0, 0, 1), nil)}, mon.AddDate(0, 0, 2), all},
		{"a fall at the last check-in", []record.Record{easy(mon, nil), easy(mon.AddDate(0, 0, 1), fall)}, mon.AddDate(0, 0, 2), safe},
		{"a loss of balance marked at check-out", []record.Record{easy(mon, nil), easy(mon.AddDate(0, 0, 1), func(r *record.Record) {
			r.Checkout.Reports = []record.ExerciseReport{{Exercise: "plank", BalanceLoss: true}}
		})}, mon.AddDate(0, 0, 2), safe},
		{"dizziness flagged", []record.Record{easy(mon, nil), easy(mon.AddDate(0, 0, 1), func(r *record.Record) {
			r.Flags = []record.Flag{{Kind: record.FlagDizziness}}
		})}, mon.AddDate(0, 0, 2), safe},
		{"a fall at a check-in quit before any set", []record.Record{easy(mon, nil), easy(mon.AddDate(0, 0, 1), nil),
			{StartedAt: mon.AddDate(0, 0, 2), Status: record.StatusPartial, Checkin: record.Checkin{Fall: true}}}, mon.AddDate(0, 0, 2).Add(time.Hour), safe},
		{"a fall this morning, a steady session this afternoon", []record.Record{easy(mon, nil), easy(mon.AddDate(0, 0, 1), fall),
			easy(mon.AddDate(0, 0, 1).Add(5*time.Hour), nil)}, mon.AddDate(0, 0, 1).Add(10 * time.Hour), safe},
		{"the same, the next day", []record.Record{easy(mon, nil), easy(mon.AddDate(0, 0, 1), fall),
			easy(mon.AddDate(0, 0, 1).Add(5*time.Hour), nil)}, mon.AddDate(0, 0, 2), all},
		{"a fall two sessions ago, days before", []record.Record{easy(mon, fall), easy(mon.AddDate(0, 0, 1), nil),
			easy(mon.AddDate(0, 0, 2), nil)}, mon.AddDate(0, 0, 3), all},
		{"a step-back still shows after a fall", []record.Record{easy(mon, nil), easy(mon.AddDate(0, 0, 1), func(r *record.Record) {
			fall(r)
			r.Flags = []record.Flag{{Kind: record.FlagSharpPain, Exercise: "single-leg-stand"}}
		})}, mon.AddDate(0, 0, 2), "single-leg-stand step-back|" + safe},
		{"a check-in stopped by a red flag holds everything back", []record.Record{easy(mon, nil), easy(mon.AddDate(0, 0, 1), nil),
			{StartedAt: mon.AddDate(0, 0, 2), Status: record.StatusStopped, Checkin: record.Checkin{RedFlags: []string{record.RedFlags[0].ID}}}},
			mon.AddDate(0, 0, 2).Add(time.Hour), ""},
		{"a gentle day at the last check-in holds everything back", []record.Record{easy(mon, nil), easy(mon.AddDate(0, 0, 1), func(r *record.Record) {
			r.Checkin.Pain, r.Checkout.Pain = 8, 8
		})}, mon.AddDate(0, 0, 2), ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var got []string
			for _, sg := range Suggestions(profile.Profile{Prescribed: []string{"mixed"}}, c.recs, []exercises.Routine{mixed}, c.now) {
				got = append(got, sg.ExerciseID+" "+sg.Kind.String())
			}
			if g := strings.Join(got, "|"); g != c.want {
				t.Errorf("got %q\nwant %q", g, c.want)
			}
		})
	}
}
