package ui

import (
	"slices"
	"strings"
	"testing"

	"upright/exercises"
)

// TestBriefFigureTakesSpareRows: at 80x24 the brief's text leaves rows to spare under it, and the
// blocks beside the figure are wrapped narrower so the start and end poses get a taller corner
// than the smallest pair — while the text stays whole: the same words in the same order as on a
// terminal tall enough to need no narrowing, all of it on screen (no scroll mark), and no line
// of text ending further right than the figure allows.
func TestBriefFigureTakesSpareRows(t *testing.T) {
	taller := 0
	for _, id := range []string{"plank", "squat-to-chair", "dead-bug", "single-leg-stand", "heel-raise", "wall-sit"} {
		ex := mustExercise(id)
		h := startRoutine(t, exercises.Routine{ID: "b", Name: "B", Items: []exercises.Item{{Exercise: ex, Dose: ex.Dose}}}, nil)
		small, tall := viewAt(h.m, 80, 24), viewAt(h.m, 80, 40)
		if strings.Contains(small, "more below") {
			t.Errorf("%s: the brief scrolls at 80x24:\n%s", id, small)
		}
		if got, want := textWords(small), textWords(tall); !slices.Equal(got, want) {
			t.Errorf("%s: the brief's text at 80x24 is not the text at 80x40:\n%q\n%q", id, got, want)
		}
		if rows := figureRows(small); rows > 6 {
			taller++
		} else {
			t.Logf("%s: %d rows of figure at 80x24", id, rows)
		}
	}
	// A standing figure fills its pair's height; one lying down does not, so not every brief counts.
	if taller < 4 {
		t.Errorf("only %d of 6 briefs give the figure more than the smallest pair's 6 rows at 80x24", taller)
	}
}

// textWords are the words of a view without its figure (Braille and the arrow between poses).
func textWords(view string) []string {
	var words []string
	for _, w := range strings.Fields(strings.Map(func(r rune) rune {
		if r >= 0x2800 && r <= 0x28ff {
			return ' '
		}
		return r
	}, view)) {
		if w != "->" {
			words = append(words, w)
		}
	}
	return words
}

// figureRows counts the rows that carry the figure.
func figureRows(view string) int {
	n := 0
	for _, l := range strings.Split(view, "\n") {
		if strings.ContainsFunc(l, func(r rune) bool { return r >= 0x2800 && r <= 0x28ff }) {
			n++
		}
	}
	return n
}
