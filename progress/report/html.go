package report

import (
	"bytes"
	"fmt"
	"strconv"
	"time"
	"upright/exercises"
)

// reportCSS is the report's whole style: screen and print on A4, no external resources.
const reportCSS = `
body { font: 11pt/1.4 system-ui, sans-serif; color: #111; max-width: 180mm; margin: 1em auto; padding: 0 1em; }
h1 { font-size: 18pt; margin-bottom: 0.2em; }
h2 { font-size: 14pt; border-bottom: 1px solid #999; margin-top: 1.4em; }
h3 { font-size: 11pt; margin: 1em 0 0.2em; }
table { border-collapse: collapse; margin: 0.5em 0; }
th, td { border: 1px solid #bbb; padding: 2px 6px; text-align: left; vertical-align: top; }
td.n, th.n { text-align: right; }
td:first-child { white-space: nowrap; }
.note { white-space: pre-wrap; }
.muted { color: #555; }
.concern { font-weight: bold; }
svg.chart { width: 100%; max-width: 170mm; height: auto; }
svg text { font-family: system-ui, sans-serif; fill: #333; }
@page { size: A4; margin: 15mm; }
@media print {
  body { margin: 0; padding: 0; max-width: none; font-size: 10pt; }
  table, svg { break-inside: avoid; }
  h2, h3 { break-after: avoid; }
}
`

// Sections are the ids of the report's sections, in order; the Markdown report has the same
// headings.
var Sections = []string{"intake", "period", "adherence", "pain", "trends", "flags", "tests", "suggestions"}

// HTML renders the check-up report as one self-contained HTML file: inline CSS and SVG, no
// scripts, nothing fetched. The same input always gives the same bytes.
func HTML(in Input) []byte {
	d := buildReport(in)
	var b bytes.Buffer
	b.WriteString("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
	fmt.Fprintf(&b, "<title>upright check-up report: %s</title>\n<style>%s</style>\n</head>\n<body>\n", esc(in.Profile), reportCSS)
	d.headerHTML(&b)
	d.intakeHTML(&b)
	d.periodHTML(&b)
	d.adherenceHTML(&b)
	d.painHTML(&b)
	d.trendsHTML(&b)
	d.flagsHTML(&b)
	d.testsHTML(&b)
	d.checkupHTML(&b)
	d.suggestionsHTML(&b)
	b.WriteString("</body>\n</html>\n")
	return b.Bytes()
}

func (d reportData) headerHTML(b *bytes.Buffer) {
	from, to := d.periodText()
	b.WriteString("<header>\n<h1>Check-up report</h1>\n")
	fmt.Fprintf(b, "<p>Profile: <strong>%s</strong>", esc(d.in.Profile))
	if d.in.AgeBand != "" {
		fmt.Fprintf(b, " · age band: %s", esc(d.in.AgeBand))
	}
	fmt.Fprintf(b, "</p>\n<p>Period: %s to %s · made %s</p>\n", esc(from), to, stamp(d.in.Now, d.loc))
	b.WriteString("<p class=\"muted\">For discussion with your doctor or physical therapist; it does not replace their assessment.</p>\n</header>\n")
}

// rowsHTML writes label–value rows; values keep their line breaks.
func rowsHTML(b *bytes.Buffer, rows []row) {
	b.WriteString("<table>\n")
	for _, r := range rows {
		fmt.Fprintf(b, "<tr><th>%s</th><td class=\"note\">%s</td></tr>\n", esc(r.k), esc(r.v))
	}
	b.WriteString("</table>\n")
}

func (d reportData) intakeHTML(b *bytes.Buffer) {
	b.WriteString("<section id=\"intake\">\n<h2>Intake and prescription</h2>\n")
	rows, ok := d.intakeRows()
	if !ok {
		b.WriteString("<p>No intake recorded.</p>\n</section>\n")
		return
	}
	rowsHTML(b, rows)
	b.WriteString("<h3>Readiness questions</h3>\n")
	if ready, at := d.readinessRows(); at == "" {
		b.WriteString("<p>Not answered yet.</p>\n")
	} else {
		fmt.Fprintf(b, "<p class=\"muted\">Answered %s.</p>\n", at)
		rowsHTML(b, ready)
	}
	b.WriteString("</section>\n")
}

func (d reportData) periodRows() []row {
	s := d.summary
	return []row{
		{"Sessions", strconv.Itoa(s.Sessions)},
		{"Sessions with exercise done", strconv.Itoa(s.Active)},
		{"Completed / partial / interrupted / stopped", fmt.Sprintf("%d / %d / %d / %d", s.Completed, s.Partial, s.Interrupted, s.Stopped)},
		{"Sets done / planned", fmt.Sprintf("%d / %d", s.SetsDone, s.SetsPlanned)},
		{"Time exercising", hoursMinutes(s.Time)},
		{"Flagged sessions", strconv.Itoa(s.Flagged)},
	}
}

func (d reportData) periodHTML(b *bytes.Buffer) {
	b.WriteString("<section id=\"period\">\n<h2>Period</h2>\n<table>\n")
	for _, r := range d.periodRows() {
		fmt.Fprintf(b, "<tr><th>%s</th><td class=\"n\">%s</td></tr>\n", r.k, r.v)
	}
	b.WriteString("</table>\n</section>\n")
}

// adherenceText is the overall figure, in one sentence.
func (d reportData) adherenceText() string {
	since := "the period's start"
	if !d.programStart.IsZero() {
		since = "the program's start on " + day(d.programStart, d.loc)
	}
	if !d.overallOK {
		return "No week since " + since + " is over yet."
	}
	o := d.overall
	return fmt.Sprintf("Adherence since %s: %d%% of the weekly targets (%d of %d training days over %s).",
		since, o.Percent(), o.Met, o.Wanted, exercises.Count(o.Weeks, "complete week", "complete weeks"))
}

func (d reportData) adherenceHTML(b *bytes.Buffer) {
	t := d.in.Targets
	b.WriteString("<section id=\"adherence\">\n<h2>Adherence</h2>\n")
	fmt.Fprintf(b, "<p><strong>%s</strong></p>\n", esc(d.adherenceText()))
	fmt.Fprintf(b, "<p>Current streak: <strong>%s</strong> · best streak: <strong>%s</strong></p>\n",
		exercises.Count(d.current, "day", "days"), exercises.Count(d.best, "day", "days"))
	calendarSVG(b, d.calendar, d.loc)
	b.WriteString("\n<h3>Training days per week against the targets</h3>\n<table>\n<tr><th>Weeks</th><th>Sessions</th>")
	fmt.Fprintf(b, "<th>Strength-goal days (%d)</th><th>Balance (%d)</th><th>Posture (%d)</th><th>Stretch (%d)</th><th>Of targets</th></tr>\n",
		t.StrengthDays, t.BalanceDays, t.PostureDays, t.StretchDays)
	first := d.adherenceStart()
	for _, w := range d.adherence {
		pct := strconv.Itoa(w.Percent()) + "%"
		if w.Partial {
			pct += " so far"
		}
		fmt.Fprintf(b, "<tr><td>%s</td><td class=\"n\">%d</td><td class=\"n\">%d</td><td class=\"n\">%d</td><td class=\"n\">%d</td><td class=\"n\">%d</td><td class=\"n\">%s</td></tr>\n",
			spanText(w, first, d.loc), w.Sessions, w.StrengthDays, w.BalanceDays, w.PostureDays, w.StretchDays, pct)
	}
	b.WriteString("</table>\n<h3>Sets planned and done</h3>\n")
	if len(d.planned) == 0 && d.notReached == 0 {
		b.WriteString("<p>No sets in this period.</p>\n</section>\n")
		return
	}
	b.WriteString("<table>\n<tr><th>Exercise</th><th>Planned</th><th>Done</th><th>Ended early</th><th>Skipped</th></tr>\n")
	for _, a := range d.planned {
		fmt.Fprintf(b, "<tr><td>%s</td><td class=\"n\">%d</td><td class=\"n\">%d</td><td class=\"n\">%d</td><td class=\"n\">%d</td></tr>\n",
			esc(a.Name), a.Planned, a.Done, a.EndedEarly, a.Skipped)
	}
	if d.notReached > 0 {
		fmt.Fprintf(b, "<tr><td>%s</td><td class=\"n\">%d</td><td class=\"n\">0</td><td class=\"n\">0</td><td class=\"n\">0</td></tr>\n", esc(notReachedLabel), d.notReached)
	}
	tot := d.setTotals()
	fmt.Fprintf(b, "<tr><th>Total</th><th class=\"n\">%d</th><th class=\"n\">%d</th><th class=\"n\">%d</th><th class=\"n\">%d</th></tr>\n",
		tot.Planned, tot.Done, tot.EndedEarly, tot.Skipped)
	b.WriteString("</table>\n</section>\n")
}

// adherenceStart is the first day adherence weeks are numbered from.
func (d reportData) adherenceStart() time.Time {
	if len(d.adherence) > 0 {
		return d.adherence[0].Start
	}
	return d.end
}
