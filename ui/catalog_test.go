package ui

import (
	"strings"
	"testing"

	"upright/session"
	"upright/ui/nav"
)

func TestCatalogTryItStartsTheExerciseAlone(t *testing.T) {
	// In a demonstration the exercise starts at once, on its own, and nothing is saved.
	h := newHarness(t, func(o *Options) { o.Demo = true })
	h.send(nav.Catalog{}, runes("j"), keyEnter, keyEnter)
	if h.screen() != screenSession {
		t.Fatalf("screen %v, want the session", h.m.screen)
	}
	plan := h.eng().Plan()
	if len(plan.Routine.Items) != 1 || plan.Routine.Items[0].Exercise.ID != "side-plank" || h.phase() != session.PhaseBrief {
		t.Fatalf("want side plank alone at its brief, got %+v in %s", plan.Routine.Items, h.phase())
	}
	if n := len(h.store.Checkpoints); n != 0 {
		t.Errorf("a demo saved %d checkpoints", n)
	}

	// Otherwise the check-in comes first, as for any session.
	h = newHarness(t, nil)
	h.send(nav.Catalog{}, keyEnter, keyEnter)
	if h.screen() != screenCheckin || !strings.Contains(viewText(h), "Check-in · "+mustExercise("plank").Name) {
		t.Errorf("screen %v, want the check-in for the plank:\n%s", h.screen(), viewText(h))
	}
}
