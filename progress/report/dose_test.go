package report

import (
	"strings"
	"testing"

	"upright/session/profile"
)

// The report's dose line gives the strength days against the person's targets and, once some
// are logged, the week's aerobic minutes.
func TestReportDoseLine(t *testing.T) {
	in := reportInput(t)
	in.Targets = profile.WeeklyTargets{StrengthDays: 3}
	p := profile.Profile{Name: in.Profile}
	in.Person = &p
	if md := string(Markdown(in)); !strings.Contains(md, "of 3 days reached the strength goal") || strings.Contains(md, "Aerobic this week") {
		t.Fatalf("before any aerobic minutes:\n%s", md)
	}
	if err := p.LogAerobic(in.Now.In(in.Loc), 25); err != nil {
		t.Fatal(err)
	}
	if md := string(Markdown(in)); !strings.Contains(md, "Aerobic this week: 25 of 150 minutes") {
		t.Fatalf("the logged minutes are not in the report:\n%s", md)
	}
}
