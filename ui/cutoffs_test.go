package ui

import (
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"

	"upright/exercises"
	"upright/session"
)

// The 4-stage balance test at 80x24, second by second through every stance: the stance's whole
// description and the whole cue under way are on screen, and nothing is cut with "…" (issue 18
// item 4: rows are free below, so text that matters wraps).
func TestFourStageTextIsWholeAt80x24(t *testing.T) {
	h := startRoutine(t, checkupRoutine(t), nil)
	ex := mustExercise(exercises.FourStageTestID)
	h.toActive(exercises.FourStageTestID)
	seen := map[int]bool{}
	for h.phase() == session.PhaseActive && h.eng().Step().Exercise.ID == ex.ID {
		v := ansi.Strip(h.m.View())
		if err := fits(v, 80, 24); err != nil {
			t.Fatal(err)
		}
		if strings.Contains(v, "…") {
			t.Fatalf("text cut with …:\n%s", v)
		}
		k, _, _ := h.eng().Stage(h.at())
		f := strings.Join(strings.Fields(v), " ")
		if !strings.Contains(f, ex.Stages[k-1]) {
			t.Fatalf("stance %d's description %q is not whole:\n%s", k, ex.Stages[k-1], v)
		}
		if !wholeCue(f, ex.Cues) {
			t.Fatalf("no cue is whole:\n%s", v)
		}
		seen[k] = true
		h.tick()
	}
	if len(seen) != len(ex.Stages) {
		t.Errorf("saw stances %v, want all %d", seen, len(ex.Stages))
	}
}

// At 40x12 the same step has no room: the cue is not cut either, and scrolling brings it whole.
func TestFourStageCueScrollsAt40x12(t *testing.T) {
	h := startRoutine(t, checkupRoutine(t), nil)
	ex := mustExercise(exercises.FourStageTestID)
	h.toActive(exercises.FourStageTestID)
	h.send(tea.WindowSizeMsg{Width: 40, Height: 12})
	for range 3 {
		h.tick()
	}
	for i := 0; strings.Contains(h.m.View(), "more below"); i++ {
		if i > 20 {
			t.Fatal("pgdn never reaches the end")
		}
		h.send(pgdn)
	}
	v := ansi.Strip(h.m.View())
	if f := strings.Join(strings.Fields(v), " "); !wholeCue(f, ex.Cues) || strings.Contains(v, "…") {
		t.Fatalf("the cue is not whole at the end of the page:\n%s", v)
	}
}

// wholeCue reports whether the flattened view shows one of cues whole after "Cue: ".
func wholeCue(flat string, cues []string) bool {
	for _, c := range cues {
		if strings.Contains(flat, "Cue: "+strings.Join(strings.Fields(c), " ")) {
			return true
		}
	}
	return false
}
