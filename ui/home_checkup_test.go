package ui

import (
	"strings"
	"testing"
	"time"

	"upright/exercises"
	"upright/session/record"
	"upright/ui/kit/kittest"
	"upright/ui/nav"
)

// annRecord is a completed session of ann's that started at start, with one exercise's sets.
func annRecord(id string, start time.Time, ex string, sets ...record.SetResult) record.Record {
	return record.Record{Version: record.RecordVersion, ID: id, Profile: "ann",
		Routine: record.RoutineRef{ID: "r", Name: "r"}, StartedAt: start, EndedAt: start.Add(10 * time.Minute),
		Status: record.StatusCompleted, Flags: []record.Flag{},
		Exercises: []record.ExerciseResult{{ID: ex, Name: ex, Sets: sets}}}
}

func TestHomeOffersTheCheckupTestsWhenDue(t *testing.T) {
	h := twoProfiles(t, nil)
	if !homeOffers(h, "Check-up tests — due: none in the last 8 weeks") {
		t.Fatalf("home does not offer the check-up tests to someone never tested:\n%s", viewText(h))
	}
	selectHome(t, h, "Check-up tests")
	h.passGate()
	if h.screen() != screenCheckin || !strings.Contains(viewText(h), "Check-in · Check-up tests") {
		t.Fatalf("screen %v, want the check-in of the check-up tests:\n%s", h.screen(), viewText(h))
	}
	for i := 0; h.screen() == screenCheckin; i++ { // the defaults, and the morning-after question
		if i > 6 {
			t.Fatal("the check-in never ended")
		}
		h.send(keyEnter)
	}
	if id := h.eng().Plan().Routine.ID; id != exercises.CheckupRoutineID {
		t.Errorf("started %q", id)
	}

	// Tested three weeks ago: not due, and a week's balance time counts toward the 2 hours.
	h = twoProfiles(t, func(o *Options) {
		st := o.Store.(*kittest.FakeStore)
		st.Recs = append(st.Recs,
			annRecord("t1", t0.AddDate(0, 0, -21), exercises.FourStageTestID,
				record.SetResult{Set: 1, TargetSeconds: 10, HeldSeconds: 40, TargetReps: 4, Reps: 4, Measure: "staged-holds"}),
			annRecord("bal", t0.Add(-time.Hour), "single-leg-stand",
				record.SetResult{Set: 1, Side: record.SideLeft, TargetSeconds: 900, HeldSeconds: 900}))
	})
	if homeOffers(h, "Check-up tests") {
		t.Errorf("home offers the check-up tests three weeks after them:\n%s", viewText(h))
	}
	if v := viewText(h); !strings.Contains(v, "Balance this week: 15 of 120 minutes") {
		t.Errorf("the balance minutes are not shown:\n%s", v)
	}
}

// The progress screen compares each test's latest result with the first, then with its norms,
// and keeps the tests out of the exercise trends.
func TestProgressComparesTestsWithTheFirstResult(t *testing.T) {
	chair := func(id string, days, stands int) record.Record {
		return annRecord(id, t0.AddDate(0, 0, -days), exercises.ChairStandTestID,
			record.SetResult{Set: 1, TargetSeconds: 30, HeldSeconds: 30, Reps: stands, Measure: "timed-reps"})
	}
	h := twoProfiles(t, func(o *Options) {
		o.ProfileData.AgeBand = "70-79"
		st := o.Store.(*kittest.FakeStore)
		st.Recs = append(st.Recs, chair("c2", 3, 12), chair("c1", 40, 9))
	})
	h.send(nav.Progress{})
	v := strings.Join(strings.Fields(viewAt(h.m, 120, 300)), " ")
	name := mustExercise(exercises.ChairStandTestID).Name
	for _, want := range []string{"Check-up tests: latest against your first", name + ": 12 stands (first 9 stands, better)"} {
		if !strings.Contains(v, want) {
			t.Errorf("progress lacks %q:\n%s", want, viewAt(h.m, 120, 300))
		}
	}
	if strings.Count(v, name) != 1 {
		t.Errorf("the chair stand shows %d times (a trend as well?):\n%s", strings.Count(v, name), viewAt(h.m, 120, 300))
	}
}

// The progress screen says each test's result in the one format (a time to a tenth, "1 of 4
// stances held", never "1 stages") and what it means, as the result screen and the report do.
func TestProgressSaysTestResultsAndTheirReading(t *testing.T) {
	h := twoProfiles(t, func(o *Options) {
		st := o.Store.(*kittest.FakeStore)
		st.Recs = append(st.Recs,
			annRecord("s4", t0.AddDate(0, 0, -2), exercises.FourStageTestID,
				record.SetResult{Set: 1, TargetSeconds: 10, HeldSeconds: 14.95, TargetReps: 4, Reps: 1, FailedStageSeconds: 4.95, Measure: "staged-holds"}),
			annRecord("tug", t0.AddDate(0, 0, -1), exercises.TUGTestID,
				record.SetResult{Set: 1, TargetSeconds: 60, HeldSeconds: 11.993183094, Measure: "stopwatch"}))
	})
	h.send(nav.Progress{})
	v := strings.Join(strings.Fields(viewAt(h.m, 200, 300)), " ")
	for _, want := range []string{
		"4-stage balance test: 1 of 4 stances held, the next for 5.0 s (your first result)",
		"Not holding the tandem stance for 10 s means a raised risk of falling. Source: CDC STEADI.",
		"Timed Up and Go: 12.0 s (your first result)",
		"12 s or more means a raised risk of falling. Source: CDC STEADI.",
	} {
		if !strings.Contains(v, want) {
			t.Errorf("progress lacks %q:\n%s", want, viewAt(h.m, 200, 300))
		}
	}
	for _, not := range []string{"1 stages", "11.99", "not a concern"} {
		if strings.Contains(v, not) {
			t.Errorf("progress says %q:\n%s", not, viewAt(h.m, 200, 300))
		}
	}
}
