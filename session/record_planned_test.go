package session

import (
	"testing"

	"upright/exercises"
)

// TestSetsPlanned: a session abandoned in its first set still plans every set of its routine.
func TestSetsPlanned(t *testing.T) {
	s := start(routine(0, 0, item(plank, dose{Sets: 2, Hold: sec(10)}), item(sidePlank, dose{Sets: 1, Hold: sec(10)})))
	rec := s.Abandon(at(1))
	if rec.PlannedSets != 4 || rec.SetsPlanned() != 4 || rec.SetsDone() != 0 {
		t.Errorf("abandoned at once: planned %d (field %d), done %d; want 4 planned, 0 done", rec.SetsPlanned(), rec.PlannedSets, rec.SetsDone())
	}

}

// TestSetCountIsThePlan: the record counts an older record's planned sets with
// Routine.SetCount, so it must be the number of steps the plan unrolls.
func TestSetCountIsThePlan(t *testing.T) {
	for _, r := range exercises.Builtin() {
		if got, want := r.SetCount(), len(NewPlan(r).Steps); got != want {
			t.Errorf("%s: SetCount %d, plan has %d steps", r.ID, got, want)
		}
	}
}
