package kit

import (
	"strings"
	"testing"

	"upright/exercises"
)

// No measure reaches a patient under its file name: every catalog measure has words of its own,
// with no hyphenated tag in them.
func TestMeasureWordsAreNotFileNames(t *testing.T) {
	for _, e := range exercises.Catalog() {
		w := MeasureWords(e.Measure)
		if w == "exercise" || w == e.Measure.String() || strings.Contains(w, "-") {
			t.Errorf("%s: measure %q shown as %q", e.ID, e.Measure, w)
		}
	}
}

// Every letter of the block font is as wide on every row, or words would be drawn askew.
func TestBigLettersAreEvenlyWide(t *testing.T) {
	for r, g := range bigLetters {
		for _, row := range g {
			if len([]rune(row)) != len([]rune(g[0])) {
				t.Errorf("%c: rows of different widths", r)
			}
		}
	}
	if BigWidth("HOLD", 1) == 0 || !strings.Contains(RenderBig("REST", 1), "█") {
		t.Error("words are not drawn")
	}
}
