package ui

import (
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"upright/exercises"
	"upright/session"
)

// The check-out's list of exercises moves its highlight a page with pgdn, as every list does: on
// a small terminal the exercise marked is one the person can see.
func TestCheckoutListPagesItsHighlight(t *testing.T) {
	ids := []string{"heel-raise", "squat-to-chair", "wall-push-up", "band-row", "bridge", "back-extension"}
	r := exercises.Routine{ID: "eight", Name: "Eight", GetReady: time.Second, Rest: 2 * time.Second}
	for _, id := range ids {
		r.Items = append(r.Items, exercises.Item{Exercise: mustExercise(id), Dose: exercises.Dose{Sets: 1, Reps: 1}})
	}
	h := startRoutine(t, r, nil)
	h.send(tea.WindowSizeMsg{Width: 40, Height: 12})
	for i := range ids {
		h.until("brief "+ids[i], func() bool { return h.phase() == session.PhaseBrief && h.eng().Step().Item == i })
		h.send(keyEnter)
		h.untilPhase(session.PhaseActive)
		h.send(keySpace)
	}
	h.send(keyEnter, keyEnter, runes("y")) // effort, pain, "yes, something happened"
	if v := h.m.View(); !strings.Contains(v, "Mark what") {
		t.Fatalf("not at the check-out's list:\n%s", v)
	}
	h.send(runes("1"))
	if line := highlightLine(h.m.View()); !strings.Contains(line, "Heel raise · sharp") {
		t.Fatalf("at 40 columns the highlighted row is %q, want the whole name and its mark:\n%s", line, h.m.View())
	}
	h.send(tea.WindowSizeMsg{Width: 20, Height: 6}, tea.KeyMsg{Type: tea.KeyPgDown})
	v := h.m.View()
	if line := highlightLine(v); line == "" || strings.Contains(line, "Heel") {
		t.Fatalf("after pgdn the highlight is %q, want a later exercise on screen:\n%s", line, v)
	}
}

// highlightLine is the line of a view that carries the list's highlight mark.
func highlightLine(v string) string {
	for _, l := range strings.Split(v, "\n") {
		if strings.Contains(l, "›") {
			return l
		}
	}
	return ""
}
