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

// After a check-in that reported a fall, home and the progress screen offer no progression for
// balance: the single-leg stand waits, the plank (core) still gets its 5 s.
func TestNoBalanceSuggestionAfterAFallAtCheckin(t *testing.T) {
	mixed := exercises.Routine{ID: "mixed", Name: "Mixed", Source: exercises.SourceSaved, Items: []exercises.Item{
		{Exercise: mustExercise("single-leg-stand"), Dose: exercises.Dose{Sets: 1, Hold: 10 * time.Second}},
		{Exercise: mustExercise("plank"), Dose: exercises.Dose{Sets: 1, Hold: 10 * time.Second}},
	}}
	stand := mustExercise("single-leg-stand").Name
	session := func(daysAgo int, fall bool) record.Record {
		start := t0.AddDate(0, 0, -daysAgo)
		return record.Record{Version: record.RecordVersion, ID: start.Format(time.RFC3339), Profile: "ann",
			Routine: record.RoutineRef{ID: "mixed", Name: "Mixed"}, StartedAt: start, EndedAt: start.Add(10 * time.Minute),
			Status: record.StatusCompleted, Checkin: record.Checkin{Fall: fall}, Checkout: &record.Checkout{Effort: 4},
			Exercises: []record.ExerciseResult{
				{ID: "single-leg-stand", Name: stand, Sets: []record.SetResult{
					{Set: 1, Side: record.SideLeft, TargetSeconds: 10, HeldSeconds: 10},
					{Set: 1, Side: record.SideRight, TargetSeconds: 10, HeldSeconds: 10}}},
				{ID: "plank", Name: "Plank (incline)", Sets: []record.SetResult{{Set: 1, TargetSeconds: 10, HeldSeconds: 10}}}}}
	}
	for _, fall := range []bool{false, true} {
		h := twoProfiles(t, func(o *Options) {
			o.ProfileData.Prescribed = []string{"mixed"}
			st := o.Store.(*kittest.FakeStore)
			st.People["ann"] = o.ProfileData
			st.Saved = []exercises.Routine{mixed}
			st.Recs = []record.Record{session(1, fall), session(3, false)}
		})
		h.send(nav.Home{})
		if !homeOffers(h, "Accept", "Plank") {
			t.Errorf("fall %v: home does not offer the plank's progression:\n%s", fall, viewText(h))
		}
		if got := homeOffers(h, "Accept", stand); got == fall {
			t.Errorf("fall %v: home offers the single-leg stand's progression: %v:\n%s", fall, got, viewText(h))
		}
		h.send(nav.Progress{})
		v := oneLine(viewAt(h.m, 120, 300))
		if !strings.Contains(v, "Plank (incline): 10s holds were easy twice in a row") {
			t.Errorf("fall %v: the progress screen lacks the plank's suggestion:\n%s", fall, v)
		}
		if got := strings.Contains(v, stand+": 10s holds were easy"); got == fall {
			t.Errorf("fall %v: the progress screen suggests the single-leg stand: %v:\n%s", fall, got, v)
		}
	}
}
