package report

import (
	"bytes"
	"fmt"
	"strconv"
	"strings"
	"upright/exercises"
)

// mdEscaper is the report's one Markdown escaping rule, applied to every piece of text a table
// cell or a line carries, upright's own words and the person's alike: it backslash-escapes only
// what would turn text into markup inside a line — emphasis and strikethrough (* _ ~), code (`),
// links and images ([ ]; parentheses and ! mean nothing without them), a table cell's end (|),
// HTML and autolinks (< and &, escaped the Markdown way so no entity such as &#34; reaches a reader
// of the plain text) and the escape itself. Parentheses, #, ! and > need no escaping there.
var mdEscaper = strings.NewReplacer(
	`\`, `\\`, "`", "\\`", `*`, `\*`, `_`, `\_`, `[`, `\[`, `]`, `\]`, `|`, `\|`, `~`, `\~`,
	`<`, `\<`, `&`, `\&`,
)

// md makes text safe for one Markdown table cell or the inside of a line: cleaned, on one line,
// its markup characters escaped (mdEscaper). No line begins with it but upright's own sentences.
func md(s string) string {
	return mdEscaper.Replace(strings.Join(strings.Fields(clean(s)), " "))
}

// Markdown renders the report as Markdown: the HTML report's sections as text and tables,
// the calendar as a grid of characters instead of charts.
func Markdown(in Input) []byte {
	d := buildReport(in)
	var b bytes.Buffer
	from, to := d.periodText()
	fmt.Fprintf(&b, "# Check-up report: %s\n\n", md(in.Profile))
	if in.AgeBand != "" {
		fmt.Fprintf(&b, "Age band: %s  \n", md(in.AgeBand))
	}
	fmt.Fprintf(&b, "Period: %s to %s · made %s\n\n", md(from), to, stamp(in.Now, d.loc))
	b.WriteString("For discussion with your doctor or physical therapist; it does not replace their assessment.\n")
	d.intakeMD(&b)
	b.WriteString("\n## Period\n\n| | |\n|---|---:|\n")
	for _, r := range d.periodRows() {
		fmt.Fprintf(&b, "| %s | %s |\n", r.k, r.v)
	}
	d.adherenceMD(&b)
	d.painMD(&b)
	d.trendsMD(&b)
	d.flagsMD(&b)
	d.testsMD(&b)
	d.checkupMD(&b)
	d.suggestionsMD(&b)
	return b.Bytes()
}

func rowsMD(b *bytes.Buffer, rows []row) {
	b.WriteString("| | |\n|---|---|\n")
	for _, r := range rows {
		fmt.Fprintf(b, "| %s | %s |\n", md(r.k), md(r.v))
	}
}

func (d reportData) intakeMD(b *bytes.Buffer) {
	b.WriteString("\n## Intake and prescription\n\n")
	rows, ok := d.intakeRows()
	if !ok {
		b.WriteString("No intake recorded.\n")
		return
	}
	rowsMD(b, rows)
	b.WriteString("\n### Readiness questions\n\n")
	if ready, at := d.readinessRows(); at == "" {
		b.WriteString("Not answered yet.\n")
	} else {
		fmt.Fprintf(b, "Answered %s.\n\n", at)
		rowsMD(b, ready)
	}
}

func (d reportData) adherenceMD(b *bytes.Buffer) {
	b.WriteString("\n## Adherence\n\n**" + md(d.adherenceText()) + "**\n\n")
	fmt.Fprintf(b, "Current streak: **%s** · best streak: **%s**\n\n", exercises.Count(d.current, "day", "days"), exercises.Count(d.best, "day", "days"))
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
	fmt.Fprintf(b, "| Weeks | Sessions | Strength-goal days (%d) | Balance (%d) | Posture (%d) | Stretch (%d) | Of targets |\n|---|---:|---:|---:|---:|---:|---:|\n",
		t.StrengthDays, t.BalanceDays, t.PostureDays, t.StretchDays)
	first := d.adherenceStart()
	for _, w := range d.adherence {
		pct := strconv.Itoa(w.Percent()) + "%"
		if w.Partial {
			pct += " so far"
		}
		fmt.Fprintf(b, "| %s | %d | %d | %d | %d | %d | %s |\n", spanText(w, first, d.loc), w.Sessions, w.StrengthDays, w.BalanceDays, w.PostureDays, w.StretchDays, pct)
	}
	b.WriteString("\n### Sets planned and done\n\n| Exercise | Planned | Done | Ended early | Skipped |\n|---|---:|---:|---:|---:|\n")
	for _, a := range d.planned {
		fmt.Fprintf(b, "| %s | %d | %d | %d | %d |\n", md(a.Name), a.Planned, a.Done, a.EndedEarly, a.Skipped)
	}
	if d.notReached > 0 {
		fmt.Fprintf(b, "| %s | %d | 0 | 0 | 0 |\n", md(notReachedLabel), d.notReached)
	}
	tot := d.setTotals()
	fmt.Fprintf(b, "| **Total** | **%d** | **%d** | **%d** | **%d** |\n", tot.Planned, tot.Done, tot.EndedEarly, tot.Skipped)
}

func (d reportData) painMD(b *bytes.Buffer) {
	b.WriteString("\n## Pain and effort\n\n")
	if d.summary.Sessions == 0 {
		b.WriteString("No sessions in this period.\n")
		return
	}
	b.WriteString("**" + md(d.painTrendText()) + "** Means count only sessions with at least one set done.\n\n")
	b.WriteString("| Weeks | Sessions | Pain before | Pain after | Highest after | Effort | Flagged |\n|---|---:|---:|---:|---:|---:|---:|\n")
	first := d.weeks[0].Start
	for _, w := range d.weeks {
		fmt.Fprintf(b, "| %s | %d | %s | %s | %s | %s | %d |\n", spanText(w, first, d.loc), w.Sessions,
			mean(w.PainBefore), mean(w.PainAfter), maxAfter(w), mean(w.Effort), w.Flagged)
	}
	fmt.Fprintf(b, "\n### Sessions of the last %s\n\n", exercises.Count(min(len(d.weeks), recentWeeks), "week", "weeks"))
	if len(d.recent) == 0 {
		b.WriteString("None.\n")
		return
	}
	b.WriteString("| Session | Routine | Outcome | Sets | Pain before | Pain after | Effort |\n|---|---|---|---:|---:|---:|---:|\n")
	for _, r := range d.recent {
		after, effort := "–", "–"
		if r.Checkout != nil {
			after, effort = strconv.Itoa(r.Checkout.Pain), strconv.Itoa(r.Checkout.Effort)
		}
		fmt.Fprintf(b, "| %s | %s | %s | %d / %d | %d | %s | %s |\n", stamp(r.StartedAt, d.loc), md(r.Routine.Name), md(status(r)),
			r.SetsDone(), r.SetsPlanned(), r.Checkin.Pain, after, effort)
	}
}

func (d reportData) trendsMD(b *bytes.Buffer) {
	b.WriteString("\n## Per-exercise trends\n\n")
	trendsTableMD(b, d.trends, "No exercise done in this period.")
}

func trendsTableMD(b *bytes.Buffer, ts []trend, none string) {
	if len(ts) == 0 {
		b.WriteString(none + "\n")
		return
	}
	b.WriteString("| Exercise | Sessions | First | Latest | Best |\n|---|---:|---:|---:|---:|\n")
	for _, tr := range ts {
		fmt.Fprintf(b, "| %s | %d | %s | %s | %s |\n", md(tr.name), tr.sessions,
			tr.value(tr.points[0].Value), tr.value(tr.points[len(tr.points)-1].Value), tr.value(pointsMax(tr.points)))
	}
}

func (d reportData) flagsMD(b *bytes.Buffer) {
	b.WriteString("\n## Flagged sessions\n\n")
	if len(d.flagged) == 0 {
		b.WriteString("None in this period.\n")
	} else {
		b.WriteString("| Session | Routine | What happened | Context | Note |\n|---|---|---|---|---|\n")
		for _, r := range d.flagged {
			var what []string
			for _, f := range flagTexts(r) {
				what = append(what, md(f))
			}
			fmt.Fprintf(b, "| %s | %s | %s | %s | %s |\n", stamp(r.StartedAt, d.loc), md(r.Routine.Name), strings.Join(what, "; "), md(flagContext(r)), md(note(r)))
		}
	}
	if len(d.noted) > 0 {
		b.WriteString("\n### Notes of other sessions\n\n")
		if d.notedOlder > 0 {
			fmt.Fprintf(b, "The latest %d; %s are in the export.\n\n", len(d.noted), exercises.Count(d.notedOlder, "earlier note", "earlier notes"))
		}
		b.WriteString("| Session | Routine | Note |\n|---|---|---|\n")
		for _, r := range d.noted {
			fmt.Fprintf(b, "| %s | %s | %s |\n", stamp(r.StartedAt, d.loc), md(r.Routine.Name), md(note(r)))
		}
	}
}

func (d reportData) testsMD(b *bytes.Buffer) {
	b.WriteString("\n## Function tests\n\n### Single-leg stance test\n\n" + md(d.normsText()) + "\n\n")
	rows, omitted := d.stanceRows()
	if len(rows) == 0 {
		b.WriteString("No test in this period.\n")
	} else {
		b.WriteString("| Test | Left | Right | Left vs first | Right vs first | Under 5 s |\n|---|---:|---:|---:|---:|---|\n")
		for i, r := range rows {
			if i == 1 && omitted > 0 {
				fmt.Fprintf(b, "| %s | | | | | |\n", md("("+exercises.Count(omitted, "test", "tests")+" in between)"))
			}
			concern := "no"
			if r.concern {
				concern = "**yes**"
			}
			fmt.Fprintf(b, "| %s | %s | %s | %s | %s | %s |\n", r.when, r.left, r.right, r.dLeft, r.dRight, concern)
		}
	}
	if len(d.tests) > 0 {
		b.WriteString("\n### Other tests\n\n")
		trendsTableMD(b, d.tests, "")
	}
}

func (d reportData) suggestionsMD(b *bytes.Buffer) {
	b.WriteString("\n## Suggestions\n\n")
	if len(d.in.Suggestions) == 0 {
		b.WriteString("None at the moment.\n")
		return
	}
	b.WriteString("Offered for discussion with your therapist; nothing has been changed.\n\n")
	for _, sg := range d.in.Suggestions {
		fmt.Fprintf(b, "- **%s**: %s (%s → %s)\n", md(sg.Kind.String()), md(sg.Text), md(doseText(sg.From)), md(doseText(sg.To)))
	}
}
