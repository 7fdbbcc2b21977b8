package report

import (
	"strings"
	"testing"
)

// The stance norms come from the band holding most of the person's age band, and the report says
// the comparison is approximate (shoes here, barefoot in the study).
func TestReportStanceNormsByOverlapAndApproximate(t *testing.T) {
	in := reportInput(t)
	in.AgeBand = "55-64" // its midpoint, 59, has no norm; most of it lies in 60–69
	out := string(Markdown(in))
	for _, want := range []string{"27.0 s for 60–69", "approximate", "barefoot"} {
		if !strings.Contains(out, want) {
			t.Errorf("Markdown lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "Springer") {
		t.Error("the unchecked Springer row is shown")
	}
}
