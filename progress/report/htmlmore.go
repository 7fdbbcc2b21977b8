package report

import (
	"bytes"
	"fmt"
	"strconv"
	"strings"

	"upright/exercises"
	"upright/progress"
)

// painTrendText says how pain moved over the period, in one or two sentences.
func (d reportData) painTrendText() string {
	if !d.trendOK {
		return "Too few weeks with exercise to show a trend."
	}
	t := d.painTrend
	weeks := func(s progress.Span) string {
		if s.Weeks == 1 {
			return "week"
		}
		return strconv.Itoa(s.Weeks) + " weeks"
	}
	s := fmt.Sprintf("Pain before sessions: %s in the first %s with exercise, %s in the last %s (%s).",
		mean(t.Early.PainBefore), weeks(t.Early), mean(t.Late.PainBefore), weeks(t.Late), t.Before)
	if t.After != "" {
		s += fmt.Sprintf(" After sessions: %s, then %s (%s).", mean(t.Early.PainAfter), mean(t.Late.PainAfter), t.After)
	}
	return s
}

func (d reportData) painHTML(b *bytes.Buffer) {
	b.WriteString("<section id=\"pain\">\n<h2>Pain and effort</h2>\n")
	if d.summary.Sessions == 0 {
		b.WriteString("<p>No sessions in this period.</p>\n</section>\n")
		return
	}
	fmt.Fprintf(b, "<p><strong>%s</strong></p>\n", esc(d.painTrendText()))
	b.WriteString("<p class=\"muted\">Means count only sessions with at least one set done.</p>\n")
	per := "each session"
	if d.summary.Active > maxChartPoints {
		per = "week (mean)"
	}
	if len(d.painBefore) > 0 {
		lineChart(b, "Back pain before and after, by "+per+" (0–10)", "pain 0–10", 10, d.loc,
			series{name: "before", color: "#8250df", points: d.painBefore},
			series{name: "after", color: "#cf222e", dashed: true, points: d.painAfter})
		b.WriteString("\n")
	}
	if len(d.effort) > 0 {
		lineChart(b, "Effort after, by "+per+" (0–10)", "effort 0–10", 10, d.loc, series{name: "effort", color: "#bf8700", points: d.effort})
		b.WriteString("\n")
	}
	b.WriteString("<h3>By week</h3>\n<table>\n<tr><th>Weeks</th><th>Sessions</th><th>Pain before</th><th>Pain after</th><th>Highest after</th><th>Effort</th><th>Flagged</th></tr>\n")
	first := d.weeks[0].Start
	for _, w := range d.weeks {
		fmt.Fprintf(b, "<tr><td>%s</td><td class=\"n\">%d</td><td class=\"n\">%s</td><td class=\"n\">%s</td><td class=\"n\">%s</td><td class=\"n\">%s</td><td class=\"n\">%d</td></tr>\n",
			spanText(w, first, d.loc), w.Sessions, mean(w.PainBefore), mean(w.PainAfter), maxAfter(w), mean(w.Effort), w.Flagged)
	}
	b.WriteString("</table>\n")
	fmt.Fprintf(b, "<h3>Sessions of the last %s</h3>\n", exercises.Count(min(len(d.weeks), recentWeeks), "week", "weeks"))
	if len(d.recent) == 0 {
		b.WriteString("<p>None.</p>\n")
	} else {
		b.WriteString("<table>\n<tr><th>Session</th><th>Routine</th><th>Outcome</th><th>Sets</th><th>Pain before</th><th>Pain after</th><th>Effort</th></tr>\n")
		for _, r := range d.recent {
			after, effort := "–", "–"
			if r.Checkout != nil {
				after, effort = strconv.Itoa(r.Checkout.Pain), strconv.Itoa(r.Checkout.Effort)
			}
			fmt.Fprintf(b, "<tr><td>%s</td><td>%s</td><td>%s</td><td class=\"n\">%d / %d</td><td class=\"n\">%d</td><td class=\"n\">%s</td><td class=\"n\">%s</td></tr>\n",
				stamp(r.StartedAt, d.loc), esc(r.Routine.Name), esc(status(r)), r.SetsDone(), r.SetsPlanned(), r.Checkin.Pain, after, effort)
		}
		b.WriteString("</table>\n")
	}
	b.WriteString("</section>\n")
}

func maxAfter(w progress.Span) string {
	if w.PainAfter.N == 0 {
		return "–"
	}
	return strconv.Itoa(w.MaxPainAfter)
}

func (d reportData) trendsHTML(b *bytes.Buffer) {
	b.WriteString("<section id=\"trends\">\n<h2>Per-exercise trends</h2>\n")
	if len(d.trends) == 0 {
		b.WriteString("<p>No exercise done in this period.</p>\n")
	}
	for _, t := range d.trends {
		trendHTML(b, t, d)
	}
	b.WriteString("</section>\n")
}

func trendHTML(b *bytes.Buffer, t trend, d reportData) {
	first, last := t.points[0].Value, t.points[len(t.points)-1].Value
	fmt.Fprintf(b, "<h3>%s</h3>\n", esc(t.name))
	figureHTML(b, t.id)
	fmt.Fprintf(b, "<p>Best set: first %s, latest %s, best %s (%s).</p>\n",
		t.value(first), t.value(last), t.value(pointsMax(t.points)), exercises.Count(t.sessions, "session", "sessions"))
	unit, per := "seconds", "session"
	if t.reps {
		unit = "reps"
	}
	if len(t.points) < t.sessions {
		per = "week"
	}
	lineChart(b, t.name+": best set per "+per, unit, 0, d.loc, series{name: t.name, color: "#1f6feb", points: t.points})
	b.WriteString("\n")
}

func (d reportData) flagsHTML(b *bytes.Buffer) {
	b.WriteString("<section id=\"flags\">\n<h2>Flagged sessions</h2>\n")
	if len(d.flagged) == 0 {
		b.WriteString("<p>None in this period.</p>\n")
	} else {
		b.WriteString("<table>\n<tr><th>Session</th><th>Routine</th><th>What happened</th><th>Context</th><th>Note</th></tr>\n")
		for _, r := range d.flagged {
			var what []string
			for _, f := range flagTexts(r) {
				what = append(what, esc(f))
			}
			fmt.Fprintf(b, "<tr><td>%s</td><td>%s</td><td>%s</td><td>%s</td><td class=\"note\">%s</td></tr>\n",
				stamp(r.StartedAt, d.loc), esc(r.Routine.Name), strings.Join(what, "<br>"), esc(flagContext(r)), esc(note(r)))
		}
		b.WriteString("</table>\n")
	}
	if len(d.noted) > 0 {
		b.WriteString("<h3>Notes of other sessions</h3>\n")
		if d.notedOlder > 0 {
			fmt.Fprintf(b, "<p class=\"muted\">The latest %d; %s are in the export.</p>\n", len(d.noted), exercises.Count(d.notedOlder, "earlier note", "earlier notes"))
		}
		b.WriteString("<table>\n<tr><th>Session</th><th>Routine</th><th>Note</th></tr>\n")
		for _, r := range d.noted {
			fmt.Fprintf(b, "<tr><td>%s</td><td>%s</td><td class=\"note\">%s</td></tr>\n",
				stamp(r.StartedAt, d.loc), esc(r.Routine.Name), esc(note(r)))
		}
		b.WriteString("</table>\n")
	}
	b.WriteString("</section>\n")
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
