package progress

import (
	"testing"

	"upright/exercises"
	"upright/session/record"
)

// A staged card without named stances (one stance, as the engine counts it) says how many were
// held and names no next stance; a stance lasting a moment is still told.
func TestTestSetTextWithoutNamedStages(t *testing.T) {
	card := exercises.Exercise{ID: "one-stance", Measure: exercises.MeasureStagedHolds}
	for _, c := range []struct {
		set  record.SetResult
		want string
	}{
		{record.SetResult{TargetSeconds: 10, TargetReps: 1, Reps: 0, FailedStageSeconds: 2}, "0 of 1 stances held for 10.0 s."},
		{record.SetResult{TargetSeconds: 10, TargetReps: 1, Reps: 1}, "1 of 1 stances held for 10.0 s."},
	} {
		if got := TestSetText(card, c.set); got != c.want {
			t.Errorf("%+v: %q, want %q", c.set, got, c.want)
		}
	}
	four, _ := exercises.Lookup(exercises.FourStageTestID)
	if got, want := TestSetText(four, record.SetResult{TargetSeconds: 10, TargetReps: 4, Reps: 0, FailedStageSeconds: 0.5}), "0 of 4 stances held for 10.0 s; "; len(got) < len(want) || got[:len(want)] != want {
		t.Errorf("no stance held: %q, want it to start %q and name the first stance", got, want)
	}
}

// A stopwatch with no cap is never "at its cap", whatever its time.
func TestTestSetTextStopwatchWithoutCap(t *testing.T) {
	tug, _ := exercises.Lookup(exercises.TUGTestID)
	if got, want := TestSetText(tug, record.SetResult{TargetSeconds: 0, HeldSeconds: 12}), "12.0 s."; got != want {
		t.Errorf("no cap: %q, want %q", got, want)
	}
}

// A stance's name is put mid-sentence with its first capital made small, whatever letter it
// starts with; other starts are left alone.
func TestLowerFirstLetter(t *testing.T) {
	for in, want := range map[string]string{
		"Apart": "apart", "Zigzag": "zigzag", "Tandem: heel to toe": "tandem: heel to toe",
		"one leg": "one leg", "@home": "@home", "[x]": "[x]", "": "",
	} {
		if got := lower(in); got != want {
			t.Errorf("lower(%q) = %q, want %q", in, got, want)
		}
	}
}
