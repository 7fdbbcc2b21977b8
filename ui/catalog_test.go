package ui

import (
	"testing"

	"upright/session"
)

func TestCatalogTryItStartsTheExerciseAlone(t *testing.T) {
	// In a demonstration the exercise starts at once, on its own, and nothing is saved.
	h := newHarness(t, func(o *Options) { o.Demo = true })
	h.send(navMsg{to: screenCatalog}, runes("j"), keyEnter, keyEnter)
	if h.m.screen != screenSession {
		t.Fatalf("screen %d, want the session", h.m.screen)
	}
	plan := h.eng().Plan()
	if len(plan.Routine.Items) != 1 || plan.Routine.Items[0].Exercise.ID != "side-plank" || h.phase() != session.PhaseBrief {
		t.Fatalf("want side plank alone at its brief, got %+v in %s", plan.Routine.Items, h.phase())
	}
	if n := len(h.store.checkpoints); n != 0 {
		t.Errorf("a demo saved %d checkpoints", n)
	}

	// Otherwise the check-in comes first, as for any session.
	h = newHarness(t, nil)
	h.send(navMsg{to: screenCatalog}, keyEnter, keyEnter)
	if h.m.screen != screenCheckin || h.m.checkin.routine.Items[0].Exercise.ID != "plank" {
		t.Errorf("screen %d, want the check-in for the plank", h.m.screen)
	}
}
