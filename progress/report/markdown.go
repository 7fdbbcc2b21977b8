package report

import (
	"bytes"
	"fmt"
	"html"
	"strconv"
	"strings"
)

// mdEscaper backslash-escapes the Markdown punctuation that could turn user text into markup:
// emphasis, links, headings, code, tables.
var mdEscaper = strings.NewReplacer(
	`\`, `\\`, "`", "\\`", `*`, `\*`, `_`, `\_`, `[`, `\[`, `]`, `\]`, `(`, `\(`, `)`, `\)`,
	`#`, `\#`, `!`, `\!`, `|`, `\|`, `~`, `\~`,
)

// md makes user text safe for one Markdown table cell or line: cleaned, on one line, its
// punctuation escaped and any HTML shown as text.
func md(s string) string {
	s = strings.Join(strings.Fields(clean(s)), " ")
	return html.EscapeString(mdEscaper.Replace(s))
}

// Markdown renders the report as Markdown: the HTML report's sections as text and tables,
// the calendar as a grid of characters instead of charts.
func Markdown(in Input) []byte {
	d := buildReport(in)
	var b bytes.Buffer
	d.periodMD(&b)
	d.adherenceMD(&b)
	d.trendsMD(&b)
	d.flagsMD(&b)
	d.stanceMD(&b)
	d.checkupMD(&b)
	d.suggestionsMD(&b)
	return b.Bytes()
}

func (d reportData) periodMD(b *bytes.Buffer) {
	in, s := d.in, d.summary
	from, to := d.periodText()
	fmt.Fprintf(b, "# Progress report: %s\n\n", md(in.Profile))
	if in.AgeBand != "" {
		fmt.Fprintf(b, "Age band: %s  \n", md(in.AgeBand))
	}
	fmt.Fprintf(b, "Period: %s to %s · made %s\n\n", md(from), to, stamp(in.Now, d.loc))
	b.WriteString("For discussion with your doctor or physical therapist; it does not replace their assessment.\n\n")

	b.WriteString("## Period\n\n| | |\n|---|---:|\n")
	fmt.Fprintf(b, "| Sessions | %d |\n| Sessions with exercise done | %d |\n", s.Sessions, s.Active)
	fmt.Fprintf(b, "| Completed / partial / interrupted / stopped | %d / %d / %d / %d |\n", s.Completed, s.Partial, s.Interrupted, s.Stopped)
	fmt.Fprintf(b, "| Sets done / planned | %d / %d |\n| Time exercising | %s |\n| Flagged sessions | %d |\n\n",
		s.SetsDone, s.SetsPlanned, hoursMinutes(s.Time), s.Flagged)
}

func (d reportData) adherenceMD(b *bytes.Buffer) {
	b.WriteString("## Adherence\n\n")
	fmt.Fprintf(b, "Current streak: **%s** · best streak: **%s** · this week: **%s**\n\n",
		plural(d.current, "day", "days"), plural(d.best, "day", "days"), plural(d.thisWeek, "session", "sessions"))
	b.WriteString("```\nweek of     M T W T F S S   (. none, digit = sessions, blank = to come)\n")
	for _, row := range d.calendar {
		line := day(row[0].Date, d.loc) + "  "
		for _, c := range row {
			switch {
			case c.Future:
				line += "  "
			case c.Sessions == 0:
				line += " ."
			default:
				line += " " + strconv.Itoa(min(c.Sessions, 9))
			}
		}
		b.WriteString(strings.TrimRight(line, " ") + "\n")
	}
	t := d.in.Targets
	b.WriteString("```\n\n")
	fmt.Fprintf(b, "| Week of | Sessions | Strength (%d) | Balance (%d) | Posture (%d) | Stretch (%d) | All met |\n|---|---:|---:|---:|---:|---:|---|\n",
		t.StrengthDays, t.BalanceDays, t.PostureDays, t.StretchDays)
	for i := len(d.weeks) - 1; i >= 0; i-- {
		w := d.weeks[i]
		met := "no"
		if w.Met(t) {
			met = "yes"
		}
		fmt.Fprintf(b, "| %s | %d | %d | %d | %d | %d | %s |\n", day(w.Start, d.loc), w.Sessions, w.StrengthDays, w.BalanceDays, w.PostureDays, w.StretchDays, met)
	}
	b.WriteString("\n### Sets planned and done\n\n| Exercise | Planned | Done | Ended early | Skipped |\n|---|---:|---:|---:|---:|\n")
	for _, a := range d.planned {
		fmt.Fprintf(b, "| %s | %d | %d | %d | %d |\n", md(a.Name), a.Planned, a.Done, a.EndedEarly, a.Skipped)
	}
}

func (d reportData) trendsMD(b *bytes.Buffer) {
	b.WriteString("\n## Per-exercise trends\n\n| Exercise | Sessions | First | Latest | Best |\n|---|---:|---:|---:|---:|\n")
	for _, tr := range d.trends {
		fmt.Fprintf(b, "| %s | %d | %s | %s | %s |\n", md(tr.name), len(tr.points),
			tr.value(tr.points[0].Value), tr.value(tr.points[len(tr.points)-1].Value), tr.value(pointsMax(tr.points)))
	}

	b.WriteString("\n## Pain and effort\n\n| Session | Pain before | Pain after | Effort |\n|---|---:|---:|---:|\n")
	for _, r := range d.period {
		after, effort := "–", "–"
		if r.Checkout != nil {
			after, effort = strconv.Itoa(r.Checkout.Pain), strconv.Itoa(r.Checkout.Effort)
		}
		fmt.Fprintf(b, "| %s | %d | %s | %s |\n", stamp(r.StartedAt, d.loc), r.Checkin.Pain, after, effort)
	}
}

func (d reportData) flagsMD(b *bytes.Buffer) {
	b.WriteString("\n## Flagged sessions\n\n")
	if len(d.flagged) == 0 {
		b.WriteString("None in this period.\n")
	} else {
		b.WriteString("| Session | Routine | What happened | Note |\n|---|---|---|---|\n")
		for _, r := range d.flagged {
			var what []string
			for _, f := range flagTexts(r) {
				what = append(what, md(f))
			}
			fmt.Fprintf(b, "| %s | %s | %s | %s |\n", stamp(r.StartedAt, d.loc), md(r.Routine.Name), strings.Join(what, "; "), md(note(r)))
		}
	}
	if len(d.noted) > 0 {
		b.WriteString("\n### Notes of other sessions\n\n| Session | Routine | Note |\n|---|---|---|\n")
		for _, r := range d.noted {
			fmt.Fprintf(b, "| %s | %s | %s |\n", stamp(r.StartedAt, d.loc), md(r.Routine.Name), md(note(r)))
		}
	}

}

func (d reportData) stanceMD(b *bytes.Buffer) {
	b.WriteString("\n## Single-leg stance test\n\n" + md(d.normsText()) + "\n\n")
	if len(d.stance) > 0 {
		b.WriteString("| Test | Left | Right | Left vs first | Right vs first | Under 5 s |\n|---|---:|---:|---:|---:|---|\n")
		for i, r := range d.stance {
			concern := "no"
			if r.Concern() {
				concern = "**yes**"
			}
			dl, dr := d.vsBaseline(i)
			fmt.Fprintf(b, "| %s | %s | %s | %s | %s | %s |\n", stamp(r.At, d.loc), side(r.HasLeft, secs(r.Left)), side(r.HasRight, secs(r.Right)), dl, dr, concern)
		}
	}

}

func (d reportData) suggestionsMD(b *bytes.Buffer) {
	b.WriteString("\n## Suggestions\n\n")
	if len(d.in.Suggestions) == 0 {
		b.WriteString("None at the moment.\n")
	} else {
		b.WriteString("Offered for discussion with your therapist; nothing has been changed.\n\n")
		for _, sg := range d.in.Suggestions {
			fmt.Fprintf(b, "- **%s**: %s (%s → %s)\n", md(sg.Kind.String()), md(sg.Text), md(doseText(sg.From)), md(doseText(sg.To)))
		}
	}
}
