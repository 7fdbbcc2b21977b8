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

// A name typed with a combining accent is the same name as one typed with the accented letter.
func TestNamesCompareHoweverAccentsWereTyped(t *testing.T) {
	if !SameName("Ren\u00e9e", "Rene\u0301e") || Name("Rene\u0301e") != "Ren\u00e9e" {
		t.Fatal("Renée in two spellings is two names")
	}
	if SameName("Renee", "Renée") {
		t.Fatal("an accent that is there and one that is not are the same name")
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
