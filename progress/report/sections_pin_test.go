package report

import (
	"strings"
	"testing"
	"time"

	"upright/progress"
	"upright/session/profile"
)

// The calendar shows the weeks from the program's first week to the report's end, never a week
// before the program and never more than CalendarWeeks.
func TestReportCalendarWeeksFromTheProgram(t *testing.T) {
	end := time.Date(2026, 12, 10, 12, 0, 0, 0, est) // a Thursday
	for _, c := range []struct {
		start string
		weeks int
	}{
		{"2026-12-10", 1}, // started today
		{"2026-12-07", 1}, // this Monday
		{"2026-12-06", 2}, // last Sunday
		{"2026-11-30", 2},
		{"2026-11-29", 3},
		{"2026-09-01", CalendarWeeks},
		{"2026-12-11", 1}, // not started yet: the period's own week
	} {
		in := Input{Profile: "p", Now: end, Loc: est, Person: &profile.Profile{Program: &profile.Program{Start: c.start, Weeks: 12}}}
		if got := len(buildReport(in).calendar); got != c.weeks {
			t.Errorf("program from %s: %d calendar weeks, want %d", c.start, got, c.weeks)
		}
	}
}

// With more sessions than a chart can show, a trend is the best value of each row of weeks,
// at the row's start; rows without a value are left out.
func TestBestPerSpan(t *testing.T) {
	w0 := time.Date(2026, 11, 2, 0, 0, 0, 0, est)
	span := func(i int) progress.Span {
		return progress.Span{Start: w0.AddDate(0, 0, 7*i), End: w0.AddDate(0, 0, 7*(i+1)), Weeks: 1}
	}
	pts := []progress.Point{
		{At: w0, Value: 3},                     // the first instant of week 0
		{At: w0.AddDate(0, 0, 3), Value: 5},    // the best of week 0
		{At: w0.AddDate(0, 0, 4), Value: 4},    // lower, later
		{At: w0.AddDate(0, 0, 7), Value: 2},    // the first instant of week 1: not week 0's
		{At: w0.AddDate(0, 0, 21), Value: 0.5}, // week 3
	}
	got := bestPerSpan(pts, []progress.Span{span(0), span(1), span(2), span(3)})
	want := []progress.Point{{At: span(0).Start, Value: 5}, {At: span(1).Start, Value: 2}, {At: span(3).Start, Value: 0.5}}
	if len(got) != len(want) {
		t.Fatalf("bestPerSpan = %v, want %v", got, want)
	}
	for i := range want {
		if !got[i].At.Equal(want[i].At) || got[i].Value != want[i].Value {
			t.Errorf("row %d: %v, want %v", i, got[i], want[i])
		}
	}
}

// The stance table keeps the intake's baseline, the first test and the last recentTests tests,
// and says how many lie between; each later row shows its change from the first.
func TestStanceRowsKeepFirstAndLatest(t *testing.T) {
	t0 := time.Date(2026, 11, 2, 10, 0, 0, 0, est)
	var tests []progress.StanceResult
	for i := range 12 {
		tests = append(tests, progress.StanceResult{At: t0.AddDate(0, 0, i), Left: float64(10 + i), HasLeft: true})
	}
	d := reportData{loc: est, stance: tests}
	rows, omitted := d.stanceRows()
	if len(rows) != 1+recentTests || omitted != 12-1-recentTests {
		t.Fatalf("%d rows, %d omitted; want %d and %d", len(rows), omitted, 1+recentTests, 12-1-recentTests)
	}
	if rows[0].dLeft != "first" || rows[0].left != "10.0 s" || rows[0].right != "–" || rows[1].dLeft != "+4.0 s" || rows[len(rows)-1].dLeft != "+11.0 s" || rows[1].dRight != "–" {
		t.Errorf("rows %+v", rows)
	}
	d.in.Person = &profile.Profile{Intake: &profile.Intake{RecordedAt: t0.AddDate(0, 0, -1), StanceRight: 4}}
	rows, omitted = d.stanceRows()
	if len(rows) != 1+recentTests || omitted != 13-1-recentTests || !strings.HasPrefix(rows[0].when, "intake 2026-11-01") || !rows[0].concern {
		t.Errorf("with an intake baseline: %d rows, %d omitted, first %+v", len(rows), omitted, rows[0])
	}
	d = reportData{loc: est, stance: tests[:3]}
	if rows, omitted := d.stanceRows(); len(rows) != 3 || omitted != 0 {
		t.Errorf("three tests: %d rows, %d omitted", len(rows), omitted)
	}
}

// The pain trend says the means and their direction in words, a row of one week as "week".
func TestPainTrendText(t *testing.T) {
	early := progress.Span{Weeks: 1, PainBefore: progress.Mean{Sum: 8, N: 2}, PainAfter: progress.Mean{Sum: 6, N: 2}}
	late := progress.Span{Weeks: 2, PainBefore: progress.Mean{Sum: 4, N: 2}}
	d := reportData{trendOK: true, painTrend: progress.PainTrend{Early: early, Late: late, Before: progress.TrendLower}}
	want := "Pain before sessions: 4 in the first week with exercise, 2 in the last 2 weeks (lower)."
	if got := d.painTrendText(); got != want {
		t.Errorf("painTrendText = %q, want %q", got, want)
	}
	d.painTrend.After = progress.TrendSame
	if got := d.painTrendText(); !strings.HasSuffix(got, "(lower). After sessions: 3, then – (about the same).") {
		t.Errorf("painTrendText = %q", got)
	}
	if got := (reportData{}).painTrendText(); got != "Too few weeks with exercise to show a trend." {
		t.Errorf("no trend: %q", got)
	}
}
