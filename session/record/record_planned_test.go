package record

import (
	"testing"

	"upright/exercises"
)

// TestSetsPlanned: a record from before PlannedSets falls back on the built-in routine, or on
// what it holds; a check-in stopped by a red flag planned nothing.
func TestSetsPlanned(t *testing.T) {
	core, _ := exercises.BuiltinRoutine("core")
	old := Record{Routine: RoutineRef{ID: "core"}, Status: StatusPartial}
	if got, want := old.SetsPlanned(), core.SetCount(); got != want {
		t.Errorf("an older record of the built-in core: %d planned, want %d", got, want)
	}
	// The built-in legs routine grew in version 2; its older records planned what it had then.
	legs, _ := exercises.BuiltinRoutine("legs")
	if got := (Record{Routine: RoutineRef{ID: "legs"}, Status: StatusPartial}).SetsPlanned(); got != 5 || legs.SetCount() == 5 {
		t.Errorf("an older record of legs: %d planned, want version 1's 5 (the routine now has %d)", got, legs.SetCount())
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
