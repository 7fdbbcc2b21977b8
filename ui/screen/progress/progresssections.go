package progress

import (
	"fmt"
	"strings"

	"upright/progress"
	"upright/ui/kit"
)

// The sections of the progress screen. Each returns styled lines no wider than width (the caller
// clips), and nothing when it has nothing to say.

// chartHeight is the height of a chart on a terminal of the given height.
func chartHeight(height int) int { return min(max(height/3, minChartHeight+1), 14) }

func (p progressModel) trendSection(width, height int, charts bool) []string {
	s, d := p.env.Styles, p.data
	if len(d.trends) == 0 {
		return []string{s.Subtitle.Render("Exercises"), s.Muted.Render("No exercises done in this period.")}
	}
	t := d.trends[p.exercise]
	unit, what := "s", "best hold"
	if t.reps {
		unit, what = "reps", "most reps"
	}
	head := fmt.Sprintf("‹ %s › %s per session (%s) · %d/%d", kit.Clean(t.name), what, unit, p.exercise+1, len(d.trends))
	out := textLines(s.Subtitle, head, width)
	if charts {
		c := lineChart(s, width, chartHeight(height), chartMax(t.points), d.now.Location(),
			chartSeries{name: "best", points: t.points, style: s.Accent})
		if c != "" {
			out = append(out, strings.Split(c, "\n")...)
		}
	}
	first, last := t.points[0].Value, t.points[len(t.points)-1].Value
	best := first
	for _, pt := range t.points {
		best = max(best, pt.Value)
	}
	out = append(out, textLines(s.Text, fmt.Sprintf("first %s · latest %s · best %s %s · %s",
		trimFloat(first), trimFloat(last), trimFloat(best), unit, kit.Plural(len(t.points), "session", "sessions")), width)...)
	return out
}

func (p progressModel) painSection(width, height int, charts bool) []string {
	s, d := p.env.Styles, p.data
	if len(d.painBefore) == 0 {
		return nil
	}
	out := []string{s.Subtitle.Render("Pain before and after (0–10), effort")}
	if charts {
		c := lineChart(s, width, chartHeight(height), 10, d.now.Location(),
			chartSeries{name: "before", points: d.painBefore, style: s.Warn},
			chartSeries{name: "after", points: d.painAfter, style: s.Accent})
		if c != "" {
			out = append(out, strings.Split(c, "\n")...)
		}
	}
	out = append(out, s.Text.Render("before "+seriesText(d.painBefore)))
	if len(d.painAfter) > 0 {
		out = append(out, s.Text.Render("after  "+seriesText(d.painAfter)))
	}
	if len(d.effort) > 0 {
		if charts {
			c := lineChart(s, width, chartHeight(height), 10, d.now.Location(),
				chartSeries{name: "effort", points: d.effort, style: s.Accent})
			if c != "" {
				out = append(out, s.Subtitle.Render("Effort (0–10)"))
				out = append(out, strings.Split(c, "\n")...)
			}
		}
		out = append(out, s.Text.Render("effort "+seriesText(d.effort)))
	}
	return out
}

// seriesText sums up a 0–10 series: its average and latest value.
func seriesText(ps []progress.Point) string {
	sum := 0.0
	for _, pt := range ps {
		sum += pt.Value
	}
	return fmt.Sprintf("avg %.1f · latest %s", sum/float64(len(ps)), trimFloat(ps[len(ps)-1].Value))
}

// Calendar cells, like a contribution graph: nothing, one session, two or more; blank ahead.
const (
	calNone   = "·"
	calOne    = "▒"
	calMore   = "█"
	calFuture = " "
)

var weekdayLabels = [7]string{"Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"}

func (p progressModel) calendarSection(width int) []string {
	s, d := p.env.Styles, p.data
	if len(d.calendar) == 0 {
		return nil
	}
	first := d.calendar[0][0].Date
	out := textLines(s.Subtitle, fmt.Sprintf("Last %d weeks, from %s", len(d.calendar), first.Format("2 Jan")), width)
	for day := range 7 {
		var b strings.Builder
		b.WriteString(s.Muted.Render(weekdayLabels[day]))
		for _, week := range d.calendar {
			c := week[day]
			b.WriteByte(' ')
			switch {
			case c.Future:
				b.WriteString(calFuture)
			case c.Sessions == 0:
				b.WriteString(s.Muted.Render(calNone))
			case c.Sessions == 1:
				b.WriteString(s.Accent.Render(calOne))
			default:
				b.WriteString(s.Accent.Render(calMore))
			}
		}
		out = append(out, b.String())
	}
	out = append(out, textLines(s.Muted, calNone+" none  "+calOne+" 1  "+calMore+" 2+ sessions", width)...)
	out = append(out, s.Text.Render(fmt.Sprintf("Streak: %s now, best %s",
		kit.Plural(d.current, "day", "days"), kit.Plural(d.best, "day", "days"))))
	return out
}

// weeksShown is how many of the latest weeks are listed against the targets.
const weeksShown = 4

func (p progressModel) weeksSection(width int) []string {
	s, d := p.env.Styles, p.data
	if len(d.weeks) == 0 {
		return nil
	}
	t := d.targets
	met := 0
	for _, w := range d.weeks {
		if w.Met(t) {
			met++
		}
	}
	out := textLines(s.Subtitle, fmt.Sprintf("Days per week against targets (met %d of %d weeks)", met, len(d.weeks)), width)
	for _, w := range d.weeks[max(len(d.weeks)-weeksShown, 0):] {
		mark := " "
		if w.Met(t) {
			mark = "✓"
		}
		out = append(out, s.Text.Render(fmt.Sprintf("%s %-6s %2d× S %d/%d B %d/%d P %d/%d F %d/%d", mark,
			w.Start.Format("2 Jan"), w.Sessions, w.StrengthDays, t.StrengthDays, w.BalanceDays, t.BalanceDays,
			w.PostureDays, t.PostureDays, w.StretchDays, t.StretchDays)))
	}
	out = append(out, textLines(s.Muted, "S strength · B balance · P posture · F flexibility", width)...)
	return out
}

func (p progressModel) plannedSection(width int) []string {
	s, d := p.env.Styles, p.data
	if len(d.planned) == 0 {
		return nil
	}
	out := []string{s.Subtitle.Render("Sets planned and done")}
	nameW := min(max(width-16, 8), 28)
	for _, a := range d.planned {
		// A long name wraps in its column, the numbers beside its first line.
		name := kit.Wrap(kit.Clean(a.Name), nameW)
		line := fmt.Sprintf("%-*s %3d/%-3d", nameW, name[0], a.Done, a.Planned)
		var extra []string
		if a.EndedEarly > 0 {
			extra = append(extra, fmt.Sprintf("%d early", a.EndedEarly))
		}
		if a.Skipped > 0 {
			extra = append(extra, fmt.Sprintf("%d skipped", a.Skipped))
		}
		var more []string
		if e := strings.Join(extra, ", "); e != "" && kit.Within(line+" "+e, width) {
			line += " " + e
		} else if e != "" {
			more = []string{"  " + e} // under the name, rather than cut at the edge
		}
		out = append(out, s.Text.Render(strings.TrimRight(line, " ")))
		for _, l := range append(name[1:], more...) {
			out = append(out, textLines(s.Text, "  "+strings.TrimSpace(l), width)...)
		}
	}
	return out
}

// stanceShown is how many of the latest stance tests are listed after the baseline.
const stanceShown = 4

func (p progressModel) stanceSection(width int) []string {
	s, d := p.env.Styles, p.data
	out := []string{s.Subtitle.Render("Single-leg stance, best per side")}
	if len(d.stance) == 0 {
		return append(out, textLines(s.Muted, "No stance test in this period.", width)...)
	}
	base := d.stance[0]
	line := func(r progress.StanceResult, label string) string {
		return fmt.Sprintf("%-6s L %-7s R %-7s %s", r.At.In(d.now.Location()).Format("2 Jan"),
			stanceSide(r.HasLeft, r.Left), stanceSide(r.HasRight, r.Right), label)
	}
	out = append(out, s.Text.Render(line(base, "baseline")))
	rest := d.stance[1:]
	for i, r := range rest[max(len(rest)-stanceShown, 0):] {
		label := ""
		if i == len(rest[max(len(rest)-stanceShown, 0):])-1 {
			if l, rt, ok := progress.StanceChange(d.stance); ok {
				label = fmt.Sprintf("%+.1f / %+.1f s", l, rt)
			}
		}
		st := s.Text
		if r.Concern() {
			st = s.Warn
		}
		out = append(out, st.Render(line(r, label)))
	}
	if len(d.norms) == 0 {
		return append(out, textLines(s.Muted, "No age on the profile, so no age norm to compare with.", width)...)
	}
	for _, n := range d.norms {
		out = append(out, textLines(s.Muted, fmt.Sprintf("Age %s: mean %s s (%s)", n.Band, trimFloat(n.MeanSeconds), n.Source), width)...)
	}
	return out
}

func stanceSide(ok bool, v float64) string {
	if !ok {
		return "—"
	}
	return fmt.Sprintf("%.1f s", v)
}

func (p progressModel) suggestionSection(width int) []string {
	s, d := p.env.Styles, p.data
	out := []string{s.Subtitle.Render("Suggestions")}
	if len(d.suggestions) == 0 {
		return append(out, textLines(s.Muted, "None yet: keep going at your current doses.", width)...)
	}
	for _, sg := range d.suggestions {
		st := s.Text
		if sg.Kind == progress.SuggestStepBack {
			st = s.Warn
		}
		for _, l := range kit.BulletLines(kit.Clean(sg.Text), width) {
			out = append(out, st.Render(l))
		}
	}
	return append(out, textLines(s.Muted, "Talk them over with your therapist; nothing changes by itself.", width)...)
}
