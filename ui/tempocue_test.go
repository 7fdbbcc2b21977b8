package ui

import (
	"strings"
	"testing"
	"time"

	"upright/exercises"
)

// TestBriefCueFollowsTheRoutinesTempo: a routine that paces the heel raise at 3s/3s has the
// brief's cue say 3 and 3, not the card's 3 and 5.
func TestBriefCueFollowsTheRoutinesTempo(t *testing.T) {
	ex := mustExercise("heel-raise")
	dose := ex.Dose
	dose.Tempo = exercises.Tempo{Up: 3 * time.Second, Down: 3 * time.Second}
	h := startRoutine(t, exercises.Routine{ID: "t", Name: "T", Items: []exercises.Item{{Exercise: ex, Dose: dose}}}, nil)
	view := viewAt(h.m, 80, 40)
	if !strings.Contains(view, "Up for a slow count of 3, down for 3.") || strings.Contains(view, "down for 5") {
		t.Errorf("the brief's tempo cue does not follow 3s/3s:\n%s", view)
	}
}
