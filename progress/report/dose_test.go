package report

import (
	"strings"
	"testing"
	"time"

	"upright/session/profile"
	"upright/session/record"
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

// One rule counts strength days (issue 12 item 3): a day with one set of a strength exercise (a
// try-it) reaches no strength goal, in the adherence table as in the dose line; the goal's two
// sets count once in both.
func TestStrengthDaysAgreeAcrossTheReport(t *testing.T) {
	in := reportInput(t)
	in.Targets = profile.WeeklyTargets{StrengthDays: 2}
	for _, c := range []struct {
		sets int
		dose string
		cell string
	}{
		{1, "0 of 2 days reached the strength goal", "| 1 | 0 | 0 | 0 | 0 | 0% so far |"},
		{2, "1 of 2 days reached the strength goal", "| 1 | 1 | 0 | 0 | 0 | 50% so far |"},
	} {
		plank := ex("plank")
		for range c.sets {
			plank.Sets = append(plank.Sets, hold(20))
		}
		plank = ex("plank", plank.Sets...)
		in.Records = []record.Record{rec(in.Now.Add(-time.Hour), plank)}
		md := string(Markdown(in))
		if !strings.Contains(md, c.dose) || !strings.Contains(md, c.cell) || !strings.Contains(md, "Strength-goal days (2)") {
			t.Errorf("%d plank sets: want %q and the adherence row %q:\n%s", c.sets, c.dose, c.cell, md)
		}
	}
}
