package record

import (
	"testing"

	"upright/exercises"
)

// Each measure says its own result: a test never reads as holds or reps (issue 12 walk).
func TestSetText(t *testing.T) {
	cases := []struct {
		id   string
		set  SetResult
		want string
	}{
		{exercises.FourStageTestID, SetResult{TargetSeconds: 10, TargetReps: 4, Reps: 1, FailedStageSeconds: 4.95, Measure: "staged-holds"},
			"1 of 4 stances held; semi-tandem lasted 5.0 s"},
		{exercises.FourStageTestID, SetResult{TargetSeconds: 10, TargetReps: 4, Reps: 2, FailedStageSeconds: 3.5}, "2 of 4 stances held; tandem lasted 3.5 s"},
		{exercises.FourStageTestID, SetResult{TargetSeconds: 10, TargetReps: 4, Reps: 4}, "4 of 4 stances held"},
		{exercises.ChairStandTestID, SetResult{TargetSeconds: 30, HeldSeconds: 30, Reps: 11, Measure: "timed-reps"}, "11 stands in 30 s"},
		{exercises.ChairStandTestID, SetResult{TargetSeconds: 30, Reps: 1}, "1 stand in 30 s"},
		{exercises.TUGTestID, SetResult{TargetSeconds: 60, HeldSeconds: 11.993183094, Measure: "stopwatch"}, "12.0 s"},
		{exercises.TUGTestID, SetResult{TargetSeconds: 60, HeldSeconds: 9.34}, "9.3 s"},
		{exercises.TUGTestID, SetResult{TargetSeconds: 60, HeldSeconds: 60}, "60.0 s or more (the clock stopped at its cap)"},
		{exercises.TUGTestID, SetResult{HeldSeconds: 12}, "12.0 s"}, // no cap: never "at its cap"
		{exercises.StanceTestID, SetResult{Side: SideLeft, TargetSeconds: 45, HeldSeconds: 4.42}, "4.4 s"},
		{"plank", SetResult{TargetSeconds: 20, HeldSeconds: 20}, "held 0:20 of 0:20"},
		{"plank", SetResult{TargetSeconds: 20, HeldSeconds: 7.9}, "held 0:07 of 0:20"},
		{"squat-to-chair", SetResult{TargetReps: 10, Reps: 8}, "8 of 10 reps"},
		{"gone-from-the-catalog", SetResult{TargetReps: 10, Reps: 3}, "3 of 10 reps"},
		{"plank", SetResult{Skipped: true, TargetSeconds: 20}, "skipped"},
	}
	for _, c := range cases {
		if got := SetText(ExerciseOf(c.id), c.set); got != c.want {
			t.Errorf("%s %+v: %q, want %q", c.id, c.set, got, c.want)
		}
	}
	// A staged card without named stances says how many were held and names no next stance.
	card := exercises.Exercise{ID: "one-stance", Measure: exercises.MeasureStagedHolds}
	if got := SetText(card, SetResult{TargetSeconds: 10, TargetReps: 1, FailedStageSeconds: 2}); got != "0 of 1 stances held" {
		t.Errorf("unnamed stance: %q", got)
	}
}

func TestTenths(t *testing.T) {
	for v, want := range map[float64]string{11.993183094: "12.0 s", 11.94: "11.9 s", 0: "0.0 s", 4.25: "4.3 s", 17.2: "17.2 s"} {
		if got := Tenths(v); got != want {
			t.Errorf("Tenths(%v) = %q, want %q", v, got, want)
		}
	}
}

// A session summary line: tests by their measure (the best try per side for the stance test),
// exercises as done of planned.
func TestExerciseText(t *testing.T) {
	stance := ExerciseResult{ID: exercises.StanceTestID, Sets: []SetResult{
		{Set: 1, Side: SideLeft, TargetSeconds: 45, HeldSeconds: 4.42}, {Set: 1, Side: SideRight, TargetSeconds: 45, HeldSeconds: 5.01},
		{Set: 2, Side: SideLeft, TargetSeconds: 45, HeldSeconds: 3.97}, {Set: 2, Side: SideRight, TargetSeconds: 45, HeldSeconds: 3.47},
		{Set: 3, Side: SideLeft, TargetSeconds: 45, HeldSeconds: 4.46}, {Set: 3, Side: SideRight, TargetSeconds: 45, HeldSeconds: 4.43},
	}}
	cases := []struct {
		x    ExerciseResult
		want string
	}{
		{stance, "best left 4.5 s, right 5.0 s"},
		{ExerciseResult{ID: exercises.TUGTestID, Sets: []SetResult{{Set: 1, TargetSeconds: 60, HeldSeconds: 11.993, Measure: "stopwatch"}}}, "12.0 s"},
		{ExerciseResult{ID: exercises.TUGTestID, Sets: []SetResult{{Set: 1, TargetSeconds: 60, HeldSeconds: 14}, {Set: 2, TargetSeconds: 60, HeldSeconds: 12.5}}}, "best 12.5 s"},
		{ExerciseResult{ID: exercises.ChairStandTestID, Sets: []SetResult{{Set: 1, TargetSeconds: 30, HeldSeconds: 30, Reps: 11, Measure: "timed-reps"}}}, "11 stands in 30 s"},
		{ExerciseResult{ID: exercises.FourStageTestID, Sets: []SetResult{{Set: 1, TargetSeconds: 10, HeldSeconds: 14.95, TargetReps: 4, Reps: 1, FailedStageSeconds: 4.95, Measure: "staged-holds"}}},
			"1 of 4 stances held; semi-tandem lasted 5.0 s"},
		{ExerciseResult{ID: exercises.TUGTestID, Sets: []SetResult{{Set: 1, Skipped: true}}}, "not done"},
		{ExerciseResult{ID: "wall-sit", Sets: []SetResult{{Set: 1, TargetSeconds: 30, HeldSeconds: 30}, {Set: 2, TargetSeconds: 30, HeldSeconds: 20}}}, "held 0:50 of 1:00"},
		{ExerciseResult{ID: "heel-raise", Sets: []SetResult{{Set: 1, TargetReps: 10, Reps: 10}, {Set: 2, TargetReps: 10, Reps: 6}}}, "16 of 20 reps"},
	}
	for _, c := range cases {
		if got := ExerciseText(c.x); got != c.want {
			t.Errorf("%s: %q, want %q", c.x.ID, got, c.want)
		}
	}
	if !IsTest(exercises.StanceTestID, stance.Sets[0]) || IsTest("plank", SetResult{TargetSeconds: 10}) {
		t.Error("IsTest does not tell a test from an exercise")
	}
}
