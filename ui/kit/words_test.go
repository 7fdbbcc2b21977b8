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

// Every catalog exercise's dose reads as words (the picker's preview, the brief, the builder and
// the catalog card all say it): none is empty, as the three tests' were.
func TestEveryDoseHasWords(t *testing.T) {
	for _, e := range exercises.Catalog() {
		got := DoseText(exercises.Item{Exercise: e, Dose: e.Dose})
		if strings.TrimSpace(strings.TrimSuffix(got, "each side")) == "" {
			t.Errorf("%s (%s): dose %+v has no words", e.ID, e.Measure, e.Dose)
		}
	}
	four, _ := exercises.Lookup(exercises.FourStageTestID)
	if got := DoseText(exercises.Item{Exercise: four, Dose: four.Dose}); got != "4 stances of 10 s each, until one is not held" {
		t.Errorf("4-stage test dose %q", got)
	}
}

// A rating's legend and answer wrap at 20 columns instead of being cut: "worst imaginable" is
// what 10 means.
func TestRatingWrapsOnANarrowTerminal(t *testing.T) {
	var s Styles
	v := Rating{Value: 3}.View(s, 20, "no pain", "worst imaginable")
	joined := strings.Join(strings.Fields(v), " ")
	for _, want := range []string{"0 = no pain, 10 = worst imaginable", "Your answer: 3 out of 10"} {
		if !strings.Contains(joined, want) {
			t.Errorf("%q missing at 20 columns:\n%s", want, v)
		}
	}
	for _, l := range strings.Split(v, "\n") {
		if w := len([]rune(l)); w > 20 || strings.Contains(l, "…") {
			t.Errorf("line %q is %d wide or cut", l, w)
		}
	}
}
