package report

import (
	"bytes"
	"fmt"
	"strings"

	"upright/exercises"
	"upright/progress"
)

// stanceRow is one line of the stance table: when, each side, each side against the first result,
// and whether a side is under the concern threshold.
type stanceRow struct {
	when, left, right, dLeft, dRight string
	concern                          bool
}

// stanceRows are the intake's baseline, the first test of the period and its latest tests; omitted
// counts the tests between, which only the chart shows.
func (d reportData) stanceRows() (rows []stanceRow, omitted int) {
	tests := d.stance
	if p := d.in.Person; p != nil && p.Intake != nil && (p.Intake.StanceLeft > 0 || p.Intake.StanceRight > 0) {
		in := p.Intake
		base := progress.StanceResult{At: in.RecordedAt, Left: in.StanceLeft, Right: in.StanceRight,
			HasLeft: in.StanceLeft > 0, HasRight: in.StanceRight > 0}
		tests = append([]progress.StanceResult{base}, tests...)
	}
	if len(tests) == 0 {
		return nil, 0
	}
	first := tests[0]
	show := func(i int, r progress.StanceResult) stanceRow {
		row := stanceRow{when: stamp(r.At, d.loc), left: side(r.HasLeft, secs(r.Left)), right: side(r.HasRight, secs(r.Right)),
			dLeft: "first", dRight: "first", concern: r.Concern()}
		if i == 0 && len(tests) > len(d.stance) {
			row.when = "intake " + day(r.At, d.loc)
		}
		if i > 0 {
			row.dLeft = side(r.HasLeft && first.HasLeft, signed(r.Left-first.Left))
			row.dRight = side(r.HasRight && first.HasRight, signed(r.Right-first.Right))
		}
		return row
	}
	rows = append(rows, show(0, first))
	from := max(1, len(tests)-recentTests)
	omitted = from - 1
	for i := from; i < len(tests); i++ {
		rows = append(rows, show(i, tests[i]))
	}
	return rows, omitted
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

// stanceSeries are the chart's lines: each side's best per test (or per week when there are
// many), and the first published norm as a flat line.
func (d reportData) stanceSeries() []series {
	var left, right []progress.Point
	for _, r := range d.stance {
		if r.HasLeft {
			left = append(left, progress.Point{At: r.At, Value: r.Left})
		}
		if r.HasRight {
			right = append(right, progress.Point{At: r.At, Value: r.Right})
		}
	}
	if len(d.stance) > maxChartPoints {
		left, right = bestPerSpan(left, d.weeks), bestPerSpan(right, d.weeks)
	}
	ss := []series{{name: "left", color: "#1f6feb", points: left}, {name: "right", color: "#bf3989", dashed: true, points: right}}
	if len(d.norms) > 0 && len(d.stance) > 0 {
		n := d.norms[0]
		lo, hi := d.stance[0].At, d.stance[len(d.stance)-1].At
		ss = append(ss, series{name: "norm " + n.Band, color: "#57606a", dashed: true, flat: true,
			points: []progress.Point{{At: lo, Value: n.MeanSeconds}, {At: hi, Value: n.MeanSeconds}}})
	}
	return ss
}

func side(ok bool, s string) string {
	if !ok {
		return "–"
	}
	return s
}

func (d reportData) testsHTML(b *bytes.Buffer) {
	b.WriteString("<section id=\"tests\">\n<h2>Function tests</h2>\n<h3>Single-leg stance test</h3>\n")
	b.WriteString("<p>" + esc(d.normsText()) + "</p>\n")
	rows, omitted := d.stanceRows()
	if len(rows) == 0 {
		b.WriteString("<p>No test in this period.</p>\n")
	} else {
		if len(d.stance) > 0 {
			lineChart(b, "Single-leg stance, best per side", "seconds", 0, d.loc, d.stanceSeries()...)
			b.WriteString("\n")
		}
		b.WriteString("<table>\n<tr><th>Test</th><th>Left</th><th>Right</th><th>Left vs first</th><th>Right vs first</th><th>Under 5 s</th></tr>\n")
		for i, r := range rows {
			if i == 1 && omitted > 0 {
				fmt.Fprintf(b, "<tr><td colspan=\"6\" class=\"muted\">%s in between, shown in the chart</td></tr>\n", exercises.Count(omitted, "test", "tests"))
			}
			concern := "no"
			if r.concern {
				concern = "<span class=\"concern\">yes</span>"
			}
			fmt.Fprintf(b, "<tr><td>%s</td><td class=\"n\">%s</td><td class=\"n\">%s</td><td class=\"n\">%s</td><td class=\"n\">%s</td><td>%s</td></tr>\n",
				r.when, r.left, r.right, r.dLeft, r.dRight, concern)
		}
		b.WriteString("</table>\n")
	}
	for _, t := range d.tests {
		trendHTML(b, t, d)
	}
	b.WriteString("</section>\n")
}
