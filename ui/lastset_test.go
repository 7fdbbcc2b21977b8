package ui

import (
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"upright/exercises"
	"upright/session"
)

// The session's last set has no rest after it: its result is shown above the check-out's first
// question (issue 18), held time of target or reps of target, and stays while the question does.
func TestLastSetResultIsShownAtCheckout(t *testing.T) {
	cases := []struct {
		name string
		item exercises.Item
		do   func(h *harness)
		want string
		// short is what a 20x6 terminal shows, with the question still on the first page.
		short string
	}{
		{"hold", exercises.Item{Exercise: mustExercise("plank"), Dose: exercises.Dose{Sets: 1, Hold: 3 * time.Second}},
			func(h *harness) { h.until("the check-out", func() bool { return h.screen() == screenCheckout }) },
			"Last set — Plank (incline): held 0:03 of 0:03", "held 0:03 of 0:03"},
		{"reps", exercises.Item{Exercise: mustExercise("squat-to-chair"), Dose: exercises.Dose{Sets: 1, Reps: 3}},
			func(h *harness) { h.send(keySpace, runes("e")) }, // one rep, then the set ended early
			"1 of 3 reps", "1 of 3 reps"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := exercises.Routine{ID: "one", Name: "One", GetReady: time.Second, Rest: time.Second, Items: []exercises.Item{c.item}}
			h := startRoutine(t, r, nil)
			h.send(keyEnter)
			h.untilPhase(session.PhaseActive)
			c.do(h)
			if h.screen() != screenCheckout {
				t.Fatalf("not at the check-out: %v\n%s", h.screen(), viewText(h))
			}
			v := viewText(h)
			if !strings.Contains(v, c.want) || !strings.Contains(v, "How hard was that session") {
				t.Fatalf("want %q above the first question:\n%s", c.want, v)
			}
			h.send(tea.WindowSizeMsg{Width: 20, Height: 6})
			if v := h.m.View(); !strings.Contains(v, c.short) || !strings.Contains(v, "How hard") {
				t.Fatalf("at 20x6, want %q and the question on the first page:\n%s", c.short, v)
			}
			h.send(tea.WindowSizeMsg{Width: 80, Height: 24}, keyEnter)
			if strings.Contains(viewText(h), c.want) {
				t.Fatalf("the result stays past the first question:\n%s", viewText(h))
			}
		})
	}
}
