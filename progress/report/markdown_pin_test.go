package report

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"upright/progress"
	"upright/session/record"
)

// The Markdown calendar is one line per week: a dot for a day without a session, the number of
// sessions up to 9, nothing for days to come.
func TestMarkdownCalendarLine(t *testing.T) {
	mon := time.Date(2026, 11, 23, 0, 0, 0, 0, est)
	var row [7]progress.Day
	for i := range row {
		row[i] = progress.Day{Date: mon.AddDate(0, 0, i)}
	}
	row[1].Sessions, row[2].Sessions, row[3].Sessions = 1, 9, 12
	row[5].Future, row[6].Future = true, true
	d := reportData{loc: est, calendar: [][7]progress.Day{row}, in: Input{Targets: progress.DefaultTargets()}}
	var b bytes.Buffer
	d.adherenceMD(&b)
	if want := "\n2026-11-23   . 1 9 9 .\n"; !strings.Contains(b.String(), want) {
		t.Errorf("calendar line %q not in:\n%s", want, b.String())
	}
}

// A report up to a date covers the days before it: its period ends the day before Until, and
// sessions from Until on are left out.
func TestReportEndsBeforeUntil(t *testing.T) {
	now := time.Date(2026, 12, 10, 12, 0, 0, 0, est)
	until := time.Date(2026, 12, 5, 0, 0, 0, 0, est)
	in := Input{Profile: "p", Now: now, Until: until, Loc: est, Records: []record.Record{
		rec(until.Add(-time.Hour), ex("plank", hold(10))), rec(until, ex("plank", hold(10))),
	}}
	d := buildReport(in)
	if from, to := d.periodText(); to != "2026-12-04" || from != "2026-12-04" || d.summary.Sessions != 1 {
		t.Errorf("period %s to %s with %d sessions; want 2026-12-04 to 2026-12-04 with 1", from, to, d.summary.Sessions)
	}
	in.Until = now.Add(time.Hour) // after now: the report ends now
	if _, to := buildReport(in).periodText(); to != "2026-12-10" {
		t.Errorf("until after now: ends %s, want today", to)
	}
}

// TestMarkdownEscapesOnlyMarkup: one rule for every piece of text; what cannot become markup
// inside a line (parentheses, #, !, >) is left as written.
func TestMarkdownEscapesOnlyMarkup(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Plank (incline)", "Plank (incline)"},
		{notReachedLabel, "Not reached (sessions ended early)"},
		{"set #2! > before", "set #2! > before"},
		{"*bold* _it_ ~~gone~~", `\*bold\* \_it\_ \~\~gone\~\~`},
		{"[link](http://x)", `\[link\](http://x)`},
		{"a | b", `a \| b`},
		{"`code`", "\\`code\\`"},
		{"<b>R&D</b>", `\<b>R\&D\</b>`},
		{`back\slash`, `back\\slash`},
		{"two\nlines  here", "two lines here"},
	} {
		if got := md(c.in); got != c.want {
			t.Errorf("md(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
