package report

import (
	"strings"
	"testing"
	"time"

	"upright/progress"
	"upright/session/profile"
	"upright/session/record"
)

// A period with only a session stopped at check-in says there was no exercise and no set,
// and draws no pain chart (there is no pain of exercise to plot).
func TestReportOfAStoppedSessionOnly(t *testing.T) {
	now := at(t, "2026-12-10T17:00:00Z")
	stopped := with(rec(now.Add(-24*time.Hour)), func(r *record.Record) { r.Status, r.Checkout = record.StatusStopped, nil })
	in := Input{Profile: "p", Now: now, Loc: est, Records: []record.Record{stopped}}
	html, md := string(HTML(in)), string(Markdown(in))
	for _, want := range []string{"<p>No exercise done in this period.</p>", "<p>No sets in this period.</p>"} {
		if !strings.Contains(html, want) {
			t.Errorf("HTML lacks %q", want)
		}
	}
	if strings.Contains(html, "Back pain before and after") || strings.Contains(html, "Effort after, by") {
		t.Error("a pain or effort chart is drawn without a session that did a set")
	}
	if !strings.Contains(md, "No exercise done in this period.") {
		t.Error("Markdown does not say no exercise was done")
	}
	in.Records = append(in.Records, rec(now.Add(-2*24*time.Hour), ex("plank", hold(10))))
	if html := string(HTML(in)); strings.Contains(html, "No exercise done in this period.") || strings.Contains(html, "No sets in this period.") || !strings.Contains(html, "Back pain before and after") {
		t.Error("a session with a set still reads as no exercise, or has no pain chart")
	}
}

// The stance table starts from the intake's baseline only when one was measured, and shows an
// untested side as a dash.
func TestStanceRowsIntakeBaseline(t *testing.T) {
	t0 := time.Date(2026, 11, 2, 10, 0, 0, 0, est)
	d := reportData{loc: est, in: Input{Person: &profile.Profile{Intake: &profile.Intake{RecordedAt: t0}}}}
	if rows, _ := d.stanceRows(); len(rows) != 0 {
		t.Errorf("an intake without a stance test gives rows %+v", rows)
	}
	d.in.Person.Intake.StanceRight = 8
	rows, _ := d.stanceRows()
	if len(rows) != 1 || rows[0].left != "–" || rows[0].right != "8.0 s" || rows[0].when != "intake 2026-11-02" {
		t.Errorf("a right-side baseline: %+v", rows)
	}
	d.in.Person.Intake.StanceRight, d.in.Person.Intake.StanceLeft = 0, 6
	if rows, _ := d.stanceRows(); len(rows) != 1 || rows[0].left != "6.0 s" || rows[0].right != "–" {
		t.Errorf("a left-side baseline: %+v", rows)
	}
	d = reportData{loc: est, stance: []progress.StanceResult{{At: t0, Left: 9, HasLeft: true}}}
	if rows, _ := d.stanceRows(); len(rows) != 1 || rows[0].when != "2026-11-02 10:00" {
		t.Errorf("a first test without an intake baseline: %+v", rows)
	}
}
