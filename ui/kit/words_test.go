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
