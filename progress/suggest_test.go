package progress

import (
	"testing"
	"time"

	"upright/exercises"
	"upright/session/record"
)

func TestSuggest(t *testing.T) {
	t0 := at(t, "2026-11-02T15:00:00Z")
	now := t0.Add(3 * 24 * time.Hour)
	sec := time.Second
	holdDose := func(s time.Duration) exercises.Dose { return exercises.Dose{Sets: 3, Hold: s} }
	repsDose := func(n int) exercises.Dose { return exercises.Dose{Sets: 2, Reps: n} }
	holds := func(start time.Time, target float64) record.Record {
		return rec(start, ex("plank", hold(target), hold(target), hold(target)))
	}
	repsRec := func(start time.Time, target int) record.Record {
		return rec(start, ex("heel-raise", reps(target, target), reps(target, target)))
	}
	twoHolds := func(target float64) []record.Record {
		return []record.Record{holds(t0, target), holds(t0.Add(48*time.Hour), target)}
	}
	twoReps := func(target int) []record.Record {
		return []record.Record{repsRec(t0, target), repsRec(t0.Add(48*time.Hour), target)}
	}
	painRise := func(r *record.Record) { r.Checkin.Pain, r.Checkout.Pain = 2, 4 }
	// painDuring attributes a pain rise to the exercise, as ReportPain's flag does.
	painDuring := func(id string) func(r *record.Record) {
		return func(r *record.Record) {
			r.Flags = append(r.Flags, record.Flag{Kind: record.FlagPainRise, Exercise: id})
		}
	}
	morning := func(m record.Morning) func(r *record.Record) { return func(r *record.Record) { r.Checkin.Morning = m } }
	unsteady := func(r *record.Record) {
		r.Checkout.Reports = []record.ExerciseReport{{Exercise: "single-leg-stand", BalanceLoss: true}}
	}

	tests := []struct {
		name       string
		item       exercises.Item
		recs       []record.Record
		lastChange map[string]time.Time
		kind       SuggestionKind // "" for no suggestion
		to         exercises.Dose
	}{
		{"add time after two easy sessions", item(t, "plank", holdDose(10*sec)), twoHolds(10), nil,
			SuggestAddTime, holdDose(15 * sec)},
		{"harder version at 30 s", item(t, "plank", holdDose(30*sec)), twoHolds(30), nil,
			SuggestHarder, holdDose(30 * sec)},
		{"add reps", item(t, "heel-raise", repsDose(8)), twoReps(8), nil, SuggestAddReps, repsDose(10)},
		{"add reps stops at 12", item(t, "heel-raise", repsDose(11)), twoReps(11), nil, SuggestAddReps, repsDose(12)},
		{"harder version at 12 reps, back to 8", item(t, "heel-raise", repsDose(12)), twoReps(12), nil,
			SuggestHarder, repsDose(8)},
		{"hold-reps progress by reps", item(t, "chin-tuck", exercises.Dose{Sets: 1, Reps: 5, Hold: 5 * sec}),
			[]record.Record{
				rec(t0, ex("chin-tuck", record.SetResult{TargetSeconds: 5, HeldSeconds: 5, TargetReps: 5, Reps: 5})),
				rec(t0.Add(24*time.Hour), ex("chin-tuck", record.SetResult{TargetSeconds: 5, HeldSeconds: 5, TargetReps: 5, Reps: 5})),
			}, nil, SuggestAddReps, exercises.Dose{Sets: 1, Reps: 7, Hold: 5 * sec}},
		{"step back a hold after a pain rise during it", item(t, "plank", holdDose(10*sec)),
			[]record.Record{holds(t0, 10), with(holds(t0.Add(48*time.Hour), 10), painDuring("plank"))}, nil,
			SuggestStepBack, holdDose(5 * sec)},
		// Version 2: a check-out rise that names no exercise steps nothing back (it blocks progress).
		{"a session-wide pain rise steps nothing back", item(t, "plank", holdDose(10*sec)),
			[]record.Record{holds(t0, 10), with(holds(t0.Add(48*time.Hour), 10), painRise)}, nil,
			"", exercises.Dose{}},
		{"a worse morning after steps back", item(t, "plank", holdDose(10*sec)),
			[]record.Record{holds(t0, 10), holds(t0.Add(24*time.Hour), 10), with(rec(t0.Add(48*time.Hour), ex("chin-tuck", reps(5, 5))), morning(record.MorningWorse))},
			nil, SuggestStepBack, holdDose(5 * sec)},
		{"a same morning after allows progress", item(t, "plank", holdDose(10*sec)),
			[]record.Record{holds(t0, 10), holds(t0.Add(24*time.Hour), 10), with(rec(t0.Add(48*time.Hour), ex("chin-tuck", reps(5, 5))), morning(record.MorningSame))},
			nil, SuggestAddTime, holdDose(15 * sec)},
		{"a worse morning after an older session does not count", item(t, "plank", holdDose(10*sec)),
			[]record.Record{holds(t0, 10), with(holds(t0.Add(24*time.Hour), 10), morning(record.MorningWorse))},
			nil, SuggestAddTime, holdDose(15 * sec)},
		{"no balance progress after a loss of balance", item(t, "single-leg-stand", holdDose(10*sec)),
			[]record.Record{rec(t0, ex("single-leg-stand", hold(10), hold(10), hold(10))), with(rec(t0.Add(24*time.Hour), ex("single-leg-stand", hold(10), hold(10), hold(10))), unsteady)},
			nil, "", exercises.Dose{}},
		{"no leg progress after a fall at the last check-in", item(t, "heel-raise", repsDose(8)),
			[]record.Record{repsRec(t0, 8), repsRec(t0.Add(24*time.Hour), 8), with(rec(t0.Add(48*time.Hour), ex("chin-tuck", reps(5, 5))), func(r *record.Record) { r.Checkin.Fall = true })},
			nil, "", exercises.Dose{}},
		{"core still progresses after a loss of balance", item(t, "plank", holdDose(10*sec)),
			[]record.Record{holds(t0, 10), with(holds(t0.Add(24*time.Hour), 10), unsteady)},
			nil, SuggestAddTime, holdDose(15 * sec)},
		{"step back reps after a pain flag", item(t, "heel-raise", repsDose(10)),
			[]record.Record{repsRec(t0, 10), with(repsRec(t0.Add(48*time.Hour), 10), func(r *record.Record) {
				r.Flags = []record.Flag{{Kind: record.FlagPainRise, Exercise: "heel-raise"}}
			})}, nil, SuggestStepBack, repsDose(8)},
		{"step back stops at 1 s", item(t, "plank", holdDose(3*sec)),
			[]record.Record{with(holds(t0, 3), painDuring("plank"))}, nil, SuggestStepBack, holdDose(1 * sec)},
		{"step back even right after a change", item(t, "plank", holdDose(10*sec)),
			[]record.Record{with(holds(t0, 10), painDuring("plank"))}, map[string]time.Time{"plank": now.Add(-time.Hour)},
			SuggestStepBack, holdDose(5 * sec)},
		{"a pain flag on another exercise is not this one's", item(t, "plank", holdDose(10*sec)),
			[]record.Record{holds(t0, 10), with(holds(t0.Add(48*time.Hour), 10), func(r *record.Record) {
				r.Flags = []record.Flag{{Kind: record.FlagSharpPain, Exercise: "heel-raise"}}
			})}, nil, SuggestAddTime, holdDose(15 * sec)},
		{"no progress when effort was above 6", item(t, "plank", holdDose(10*sec)),
			[]record.Record{holds(t0, 10), with(holds(t0.Add(48*time.Hour), 10), func(r *record.Record) { r.Checkout.Effort = 7 })},
			nil, "", exercises.Dose{}},
		{"no progress after a pain rise in the older session", item(t, "plank", holdDose(10*sec)),
			[]record.Record{with(holds(t0, 10), painRise), holds(t0.Add(48*time.Hour), 10)}, nil, "", exercises.Dose{}},
		{"no progress when a set ended early", item(t, "plank", holdDose(10*sec)),
			[]record.Record{holds(t0, 10), rec(t0.Add(48*time.Hour), ex("plank", hold(10), early(hold(10), 8), hold(10)))},
			nil, "", exercises.Dose{}},
		{"no progress when a set was skipped", item(t, "heel-raise", repsDose(10)),
			[]record.Record{repsRec(t0, 10), rec(t0.Add(48*time.Hour), ex("heel-raise", reps(10, 10), skipped(reps(10, 0))))},
			nil, "", exercises.Dose{}},
		{"no progress when reps fell short", item(t, "heel-raise", repsDose(10)),
			[]record.Record{repsRec(t0, 10), rec(t0.Add(48*time.Hour), ex("heel-raise", reps(10, 10), reps(10, 9)))},
			nil, "", exercises.Dose{}},
		{"no progress after one session", item(t, "plank", holdDose(10*sec)), twoHolds(10)[:1], nil, "", exercises.Dose{}},
		{"no progress within 7 days of a change", item(t, "plank", holdDose(10*sec)), twoHolds(10),
			map[string]time.Time{"plank": now.Add(-6 * 24 * time.Hour)}, "", exercises.Dose{}},
		{"progress 7 days after a change", item(t, "plank", holdDose(10*sec)), twoHolds(10),
			map[string]time.Time{"plank": now.Add(-7 * 24 * time.Hour)}, SuggestAddTime, holdDose(15 * sec)},
		{"no progress from sessions at an older, lower dose", item(t, "plank", holdDose(15*sec)), twoHolds(10), nil,
			"", exercises.Dose{}},
		{"no progress without a check-out", item(t, "plank", holdDose(10*sec)),
			[]record.Record{holds(t0, 10), with(holds(t0.Add(48*time.Hour), 10), func(r *record.Record) { r.Checkout = nil })},
			nil, "", exercises.Dose{}},
		{"sessions after now are not used", item(t, "plank", holdDose(10*sec)),
			[]record.Record{holds(t0, 10), holds(now.Add(time.Hour), 10)}, nil, "", exercises.Dose{}},
		{"no suggestion for a stopwatch test", item(t, "timed-up-and-go", exercises.Dose{Sets: 1, Hold: 60 * sec}),
			[]record.Record{rec(t0, ex("timed-up-and-go", hold(8))), rec(t0.Add(time.Hour), ex("timed-up-and-go", hold(8)))},
			nil, "", exercises.Dose{}},
		{"no suggestion for a max-hold test", item(t, StanceTestID, exercises.Dose{Sets: 3, Hold: 45 * sec}),
			[]record.Record{rec(t0, ex(StanceTestID, sided("left", 45))), rec(t0.Add(time.Hour), ex(StanceTestID, sided("left", 45)))},
			nil, "", exercises.Dose{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			routine := exercises.Routine{ID: "r", Items: []exercises.Item{tt.item}}
			got := Suggest(tt.recs, routine, now, tt.lastChange)
			if tt.kind == "" {
				if len(got) != 0 {
					t.Fatalf("Suggest = %+v, want none", got)
				}
				return
			}
			if len(got) != 1 {
				t.Fatalf("Suggest = %+v, want one %s", got, tt.kind)
			}
			s := got[0]
			if s.Kind != tt.kind || s.ExerciseID != tt.item.Exercise.ID || s.From != tt.item.Dose || s.To != tt.to || s.Text == "" {
				t.Errorf("Suggest = %+v\nwant %s from %+v to %+v", s, tt.kind, tt.item.Dose, tt.to)
			}
		})
	}
}

func TestSuggestKeepsRoutineOrderAndNeverChangesIt(t *testing.T) {
	t0 := at(t, "2026-11-02T15:00:00Z")
	recs := []record.Record{
		rec(t0, ex("heel-raise", reps(8, 8)), ex("plank", hold(10))),
		rec(t0.Add(24*time.Hour), ex("heel-raise", reps(8, 8)), ex("plank", hold(10))),
	}
	routine := exercises.Routine{Items: []exercises.Item{
		item(t, "heel-raise", exercises.Dose{Sets: 1, Reps: 8}),
		item(t, "plank", exercises.Dose{Sets: 1, Hold: 10 * time.Second}),
		item(t, "plank", exercises.Dose{Sets: 1, Hold: 10 * time.Second}),
	}}
	got := Suggest(recs, routine, t0.Add(48*time.Hour), nil)
	if len(got) != 2 || got[0].ExerciseID != "heel-raise" || got[1].ExerciseID != "plank" {
		t.Fatalf("Suggest = %+v, want heel-raise then plank, once each", got)
	}
	if routine.Items[0].Dose.Reps != 8 || routine.Items[1].Dose.Hold != 10*time.Second {
		t.Error("Suggest changed the routine")
	}
}
