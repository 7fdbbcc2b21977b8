package report

import (
	"regexp"
	"strings"
	"testing"
)

// TestReportFigures checks that a known exercise's list entry carries its start and end poses as
// inline SVG, well-formed like every other picture in the report.
func TestReportFigures(t *testing.T) {
	out := string(HTML(reportInput(t)))
	entry := regexp.MustCompile(`(?s)<h3>[^<]*[Pp]lank[^<]*</h3>\n<div class="pose"><svg .*?</svg></div>`)
	if !entry.MatchString(out) {
		t.Errorf("the plank's entry has no figure:\n%.600s", out[strings.Index(out, `<section id="trends">`):])
	}
	if n := strings.Count(out, `<div class="pose"><svg`); n != 3 {
		t.Errorf("%d exercise figures, want 3 (chin-tuck, heel-raise, plank)", n)
	}
	checkSVG(t, out, 10)
}
