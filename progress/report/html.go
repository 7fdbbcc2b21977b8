package report

import (
	"bytes"
	"fmt"
	"strconv"
	"strings"

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
td.n { text-align: right; }
.note { white-space: pre-wrap; }
.muted { color: #555; }
.concern { font-weight: bold; }
svg.chart { width: 100%; max-width: 170mm; height: auto; }
svg text { font-family: system-ui, sans-serif; fill: #333; }
@page { size: A4; margin: 15mm; }
@media print {
  body { margin: 0; padding: 0; max-width: none; font-size: 10pt; }
  section, table, svg { break-inside: avoid; }
  h2 { break-after: avoid; }
}
`

// HTML renders the progress report as one self-contained HTML file: inline CSS and SVG, no
// scripts, nothing fetched. The same input always gives the same bytes.
func HTML(in Input) []byte {
	d := buildReport(in)
	var b bytes.Buffer
	b.WriteString("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
	fmt.Fprintf(&b, "<title>upright progress report: %s</title>\n<style>%s</style>\n</head>\n<body>\n", esc(in.Profile), reportCSS)
	d.headerHTML(&b)
	d.periodHTML(&b)
	d.adherenceHTML(&b)
	d.trendsHTML(&b)
	d.painHTML(&b)
	d.flagsHTML(&b)
	d.stanceHTML(&b)
	d.checkupHTML(&b)
	d.suggestionsHTML(&b)
	b.WriteString("</body>\n</html>\n")
	return b.Bytes()
}

func (d reportData) headerHTML(b *bytes.Buffer) {
	from, to := d.periodText()
	b.WriteString("<header>\n<h1>Progress report</h1>\n")
	fmt.Fprintf(b, "<p>Profile: <strong>%s</strong>", esc(d.in.Profile))
	if d.in.AgeBand != "" {
		fmt.Fprintf(b, " · age band: %s", esc(d.in.AgeBand))
	}
	fmt.Fprintf(b, "</p>\n<p>Period: %s to %s · made %s</p>\n", esc(from), to, stamp(d.in.Now, d.loc))
	b.WriteString("<p class=\"muted\">For discussion with your doctor or physical therapist; it does not replace their assessment.</p>\n</header>\n")
}

func (d reportData) periodHTML(b *bytes.Buffer) {
	s := d.summary
	b.WriteString("<section id=\"period\">\n<h2>Period</h2>\n<table>\n")
	for _, row := range []struct {
		k, v string
	}{
		{"Sessions", strconv.Itoa(s.Sessions)},
		{"Sessions with exercise done", strconv.Itoa(s.Active)},
		{"Completed / partial / interrupted / stopped", fmt.Sprintf("%d / %d / %d / %d", s.Completed, s.Partial, s.Interrupted, s.Stopped)},
		{"Sets done / planned", fmt.Sprintf("%d / %d", s.SetsDone, s.SetsPlanned)},
		{"Time exercising", hoursMinutes(s.Time)},
		{"Flagged sessions", strconv.Itoa(s.Flagged)},
	} {
		fmt.Fprintf(b, "<tr><th>%s</th><td class=\"n\">%s</td></tr>\n", row.k, row.v)
	}
	b.WriteString("</table>\n</section>\n")
}

func (d reportData) adherenceHTML(b *bytes.Buffer) {
	t := d.in.Targets
	b.WriteString("<section id=\"adherence\">\n<h2>Adherence</h2>\n")
	fmt.Fprintf(b, "<p>Current streak: <strong>%s</strong> · best streak: <strong>%s</strong> · this week: <strong>%s</strong></p>\n",
		plural(d.current, "day", "days"), plural(d.best, "day", "days"), plural(d.thisWeek, "session", "sessions"))
	calendarSVG(b, d.calendar, d.loc)
	b.WriteString("\n<h3>Days per week against targets</h3>\n<table>\n<tr><th>Week of</th><th>Sessions</th>")
	fmt.Fprintf(b, "<th>Strength (%d)</th><th>Balance (%d)</th><th>Posture (%d)</th><th>Stretch (%d)</th><th>All met</th></tr>\n",
		t.StrengthDays, t.BalanceDays, t.PostureDays, t.StretchDays)
	for i := len(d.weeks) - 1; i >= 0; i-- {
		w := d.weeks[i]
		met := "no"
		if w.Met(t) {
			met = "yes"
		}
		fmt.Fprintf(b, "<tr><td>%s</td><td class=\"n\">%d</td><td class=\"n\">%d</td><td class=\"n\">%d</td><td class=\"n\">%d</td><td class=\"n\">%d</td><td>%s</td></tr>\n",
			day(w.Start, d.loc), w.Sessions, w.StrengthDays, w.BalanceDays, w.PostureDays, w.StretchDays, met)
	}
	b.WriteString("</table>\n<h3>Sets planned and done</h3>\n")
	if len(d.planned) == 0 {
		b.WriteString("<p>No sets in this period.</p>\n</section>\n")
		return
	}
	b.WriteString("<table>\n<tr><th>Exercise</th><th>Planned</th><th>Done</th><th>Ended early</th><th>Skipped</th></tr>\n")
	for _, a := range d.planned {
		fmt.Fprintf(b, "<tr><td>%s</td><td class=\"n\">%d</td><td class=\"n\">%d</td><td class=\"n\">%d</td><td class=\"n\">%d</td></tr>\n",
			esc(a.Name), a.Planned, a.Done, a.EndedEarly, a.Skipped)
	}
	b.WriteString("</table>\n</section>\n")
}

func (d reportData) trendsHTML(b *bytes.Buffer) {
	b.WriteString("<section id=\"trends\">\n<h2>Per-exercise trends</h2>\n")
	if len(d.trends) == 0 {
		b.WriteString("<p>No exercise done in this period.</p>\n")
	}
	for _, t := range d.trends {
		first, last := t.points[0].Value, t.points[len(t.points)-1].Value
		fmt.Fprintf(b, "<h3>%s</h3>\n<p>Best set per session: first %s, latest %s, best %s (%s).</p>\n",
			esc(t.name), t.value(first), t.value(last), t.value(pointsMax(t.points)), plural(len(t.points), "session", "sessions"))
		unit := "seconds"
		if t.reps {
			unit = "reps"
		}
		lineChart(b, t.name+": best set per session", unit, 0, d.loc, series{name: t.name, color: "#1f6feb", points: t.points})
		b.WriteString("\n")
	}
	b.WriteString("</section>\n")
}

func (d reportData) painHTML(b *bytes.Buffer) {
	b.WriteString("<section id=\"pain\">\n<h2>Pain and effort</h2>\n")
	if len(d.painBefore) == 0 {
		b.WriteString("<p>No sessions in this period.</p>\n</section>\n")
		return
	}
	lineChart(b, "Back pain before and after each session (0–10)", "pain 0–10", 10, d.loc,
		series{name: "before", color: "#8250df", points: d.painBefore},
		series{name: "after", color: "#cf222e", dashed: true, points: d.painAfter})
	b.WriteString("\n")
	if len(d.effort) > 0 {
		lineChart(b, "Effort after each session (0–10)", "effort 0–10", 10, d.loc, series{name: "effort", color: "#bf8700", points: d.effort})
		b.WriteString("\n")
	}
	b.WriteString("<table>\n<tr><th>Session</th><th>Pain before</th><th>Pain after</th><th>Effort</th></tr>\n")
	for _, r := range d.period {
		after, effort := "–", "–"
		if r.Checkout != nil {
			after, effort = strconv.Itoa(r.Checkout.Pain), strconv.Itoa(r.Checkout.Effort)
		}
		fmt.Fprintf(b, "<tr><td>%s</td><td class=\"n\">%d</td><td class=\"n\">%s</td><td class=\"n\">%s</td></tr>\n",
			stamp(r.StartedAt, d.loc), r.Checkin.Pain, after, effort)
	}
	b.WriteString("</table>\n</section>\n")
}

func (d reportData) flagsHTML(b *bytes.Buffer) {
	b.WriteString("<section id=\"flags\">\n<h2>Flagged sessions</h2>\n")
	if len(d.flagged) == 0 {
		b.WriteString("<p>None in this period.</p>\n")
	} else {
		b.WriteString("<table>\n<tr><th>Session</th><th>Routine</th><th>What happened</th><th>Note</th></tr>\n")
		for _, r := range d.flagged {
			var what []string
			for _, f := range flagTexts(r) {
				what = append(what, esc(f))
			}
			fmt.Fprintf(b, "<tr><td>%s</td><td>%s</td><td>%s</td><td class=\"note\">%s</td></tr>\n",
				stamp(r.StartedAt, d.loc), esc(r.Routine.Name), strings.Join(what, "<br>"), esc(note(r)))
		}
		b.WriteString("</table>\n")
	}
	if len(d.noted) > 0 {
		b.WriteString("<h3>Notes of other sessions</h3>\n<table>\n<tr><th>Session</th><th>Routine</th><th>Note</th></tr>\n")
		for _, r := range d.noted {
			fmt.Fprintf(b, "<tr><td>%s</td><td>%s</td><td class=\"note\">%s</td></tr>\n",
				stamp(r.StartedAt, d.loc), esc(r.Routine.Name), esc(note(r)))
		}
		b.WriteString("</table>\n")
	}
	b.WriteString("</section>\n")
}

func (d reportData) stanceHTML(b *bytes.Buffer) {
	b.WriteString("<section id=\"stance\">\n<h2>Single-leg stance test</h2>\n")
	b.WriteString("<p>" + esc(d.normsText()) + "</p>\n")
	if len(d.stance) == 0 {
		b.WriteString("<p>No test in this period.</p>\n</section>\n")
		return
	}
	b.WriteString("<table>\n<tr><th>Test</th><th>Left</th><th>Right</th><th>Left vs first</th><th>Right vs first</th><th>Under 5 s</th></tr>\n")
	for i, r := range d.stance {
		concern := "no"
		if r.Concern() {
			concern = "<span class=\"concern\">yes</span>"
		}
		dl, dr := d.vsBaseline(i)
		fmt.Fprintf(b, "<tr><td>%s</td><td class=\"n\">%s</td><td class=\"n\">%s</td><td class=\"n\">%s</td><td class=\"n\">%s</td><td>%s</td></tr>\n",
			stamp(r.At, d.loc), side(r.HasLeft, secs(r.Left)), side(r.HasRight, secs(r.Right)), dl, dr, concern)
	}
	b.WriteString("</table>\n</section>\n")
}

// normsText compares with the published means for the profile's age band, in one paragraph.
func (d reportData) normsText() string {
	switch {
	case !d.ageKnown:
		return "No age band is set, so the test is compared only with the first result."
	case len(d.norms) == 0:
		return "No published norms cover this age band; the test is compared with the first result."
	}
	var parts []string
	approx := ""
	for _, n := range d.norms {
		parts = append(parts, fmt.Sprintf("%s for %s (%s)", secs(n.MeanSeconds), n.Band, n.Source))
		if n.Approximate != "" {
			approx = " The comparison is approximate: " + n.Approximate + "."
		}
	}
	return "Published mean, eyes open: " + strings.Join(parts, "; ") + "." + approx + " Under 5 s is a common concern threshold."
}

// vsBaseline spells the change of stance test i from the first test, per side.
func (d reportData) vsBaseline(i int) (left, right string) {
	if i == 0 {
		return "baseline", "baseline"
	}
	base, r := d.stance[0], d.stance[i]
	return side(r.HasLeft && base.HasLeft, signed(r.Left-base.Left)), side(r.HasRight && base.HasRight, signed(r.Right-base.Right))
}

// side is s, or a dash for a side not measured.
func side(ok bool, s string) string {
	if !ok {
		return "–"
	}
	return s
}

func (d reportData) suggestionsHTML(b *bytes.Buffer) {
	b.WriteString("<section id=\"suggestions\">\n<h2>Suggestions</h2>\n")
	if len(d.in.Suggestions) == 0 {
		b.WriteString("<p>None at the moment.</p>\n</section>\n")
		return
	}
	b.WriteString("<p class=\"muted\">Offered for discussion with your therapist; nothing has been changed.</p>\n<ul>\n")
	for _, s := range d.in.Suggestions {
		fmt.Fprintf(b, "<li><strong>%s</strong>: %s <span class=\"muted\">(%s → %s)</span></li>\n",
			esc(s.Kind.String()), esc(s.Text), esc(doseText(s.From)), esc(doseText(s.To)))
	}
	b.WriteString("</ul>\n</section>\n")
}

// doseText spells a dose as "3 × 10 s" or "2 × 8 reps, hold 5s".
func doseText(d exercises.Dose) string {
	var parts []string
	if d.Reps > 0 {
		parts = append(parts, fmt.Sprintf("%d × %d reps", max(d.Sets, 1), d.Reps))
		if d.Hold > 0 {
			parts = append(parts, "hold "+exercises.FormatDuration(d.Hold))
		}
	} else {
		parts = append(parts, fmt.Sprintf("%d × %s", max(d.Sets, 1), exercises.FormatDuration(d.Hold)))
	}
	return strings.Join(parts, ", ")
}
