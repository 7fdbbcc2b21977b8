package session

import (
	"testing"

	"upright/exercises"
)

// TestSetsPlanned: a session abandoned in its first set still plans every set of its routine; a
// record from before PlannedSets falls back on the built-in routine, or on what it holds; a
// check-in stopped by a red flag planned nothing.
func TestSetsPlanned(t *testing.T) {
	s := start(routine(0, 0, item(plank, dose{Sets: 2, Hold: sec(10)}), item(sidePlank, dose{Sets: 1, Hold: sec(10)})))
	rec := s.Abandon(at(1))
	if rec.PlannedSets != 4 || rec.SetsPlanned() != 4 || rec.SetsDone() != 0 {
		t.Errorf("abandoned at once: planned %d (field %d), done %d; want 4 planned, 0 done", rec.SetsPlanned(), rec.PlannedSets, rec.SetsDone())
	}

	core, _ := exercises.BuiltinRoutine("core")
	old := Record{Routine: RoutineRef{ID: "core"}, Status: StatusPartial}
	if got, want := old.SetsPlanned(), len(NewPlan(core).Steps); got != want {
		t.Errorf("an older record of the built-in core: %d planned, want %d", got, want)
	}
	saved := Record{Routine: RoutineRef{ID: "my-routine"}, Status: StatusPartial,
		Exercises: []ExerciseResult{{ID: "plank", Sets: []SetResult{{Set: 1}, {Set: 2}}}}}
	if got := saved.SetsPlanned(); got != 2 {
		t.Errorf("an older record of a saved routine: %d planned, want the 2 it holds", got)
	}
	stopped := Record{Routine: RoutineRef{ID: "core"}, Status: StatusStopped, PlannedSets: 15}
	if got := stopped.SetsPlanned(); got != 0 {
		t.Errorf("a check-in stopped by a red flag: %d planned, want 0", got)
	}
}
