package report

import (
	"bytes"
	"fmt"
	"math"
	"strconv"
	"time"

	"upright/exercises"
	"upright/progress"
)

// series is one line of a chart.
type series struct {
	name, color string
	dashed      bool
	flat        bool // a reference line (a norm): drawn without points
	points      []progress.Point
}

// The chart's size and margins, in SVG user units.
const (
	chartW, chartH                               = 640.0, 200.0
	chartLeft, chartRight, chartTop, chartBottom = 44.0, 12.0, 24.0, 28.0
)

// niceMax rounds v up to 1, 2 or 5 times a power of ten so the axis has round ticks.
func niceMax(v float64) float64 {
	if v <= 1 {
		return 1
	}
	p := math.Pow(10, math.Floor(math.Log10(v)))
	for _, m := range []float64{1, 2, 5, 10} {
		if v <= m*p {
			return m * p
		}
	}
	return 10 * p
}

// tickStep is 1, 2 or 5 times a power of ten, giving at most six ticks from 0 to yMax.
func tickStep(yMax float64) float64 {
	p := math.Pow(10, math.Floor(math.Log10(yMax/5)))
	for _, m := range []float64{1, 2, 5, 10} {
		if yMax/(m*p) <= 5+1e-9 {
			return m * p
		}
	}
	return 10 * p
}

// tickLabel spells an axis value with as many decimals as the step has, so float noise
// (0.30000000000000004) and long fractions never reach a label.
func tickLabel(v, step float64) string {
	decimals := max(0, int(math.Ceil(-math.Log10(step)-1e-9)))
	return strconv.FormatFloat(v, 'f', decimals, 64)
}

// lineChart draws the series against time on a y axis from 0 to yMax (0: the data's maximum,
// rounded). Every point also carries a <title> with its date and value, for screen readers.
func lineChart(b *bytes.Buffer, label, unit string, yMax float64, loc *time.Location, ss ...series) {
	var lo, hi time.Time
	maxV := 0.0
	for _, s := range ss {
		for _, p := range s.points {
			if lo.IsZero() || p.At.Before(lo) {
				lo = p.At
			}
			if hi.IsZero() || p.At.After(hi) {
				hi = p.At
			}
			maxV = max(maxV, p.Value)
		}
	}
	if yMax <= 0 {
		yMax = niceMax(maxV)
	}
	first, last := lo, hi
	if !hi.After(lo) { // one day: centre it
		lo, hi = lo.Add(-12*time.Hour), hi.Add(12*time.Hour)
	}
	plotW, plotH := chartW-chartLeft-chartRight, chartH-chartTop-chartBottom
	x := func(t time.Time) float64 {
		return chartLeft + plotW*float64(t.Sub(lo))/float64(hi.Sub(lo))
	}
	y := func(v float64) float64 { return chartTop + plotH*(1-min(v, yMax)/yMax) }

	fmt.Fprintf(b, `<svg xmlns="http://www.w3.org/2000/svg" class="chart" viewBox="0 0 %s %s" role="img" aria-label="%s">`,
		num(chartW), num(chartH), esc(label))
	fmt.Fprintf(b, `<title>%s</title>`, esc(label))
	step := tickStep(yMax)
	for i := 0; float64(i)*step <= yMax*(1+1e-9); i++ {
		v := float64(i) * step
		fmt.Fprintf(b, `<line x1="%.1f" y1="%.1f" x2="%.1f" y2="%.1f" stroke="#ddd" stroke-width="1"/>`,
			chartLeft, y(v), chartW-chartRight, y(v))
		fmt.Fprintf(b, `<text x="%.1f" y="%.1f" font-size="10" text-anchor="end">%s</text>`,
			chartLeft-4, y(v)+3, tickLabel(v, step))
	}
	fmt.Fprintf(b, `<text x="4" y="12" font-size="10">%s</text>`, esc(unit))
	switch {
	case last.After(first):
		fmt.Fprintf(b, `<text x="%.1f" y="%.1f" font-size="10">%s</text>`, chartLeft, chartH-8, day(first, loc))
		fmt.Fprintf(b, `<text x="%.1f" y="%.1f" font-size="10" text-anchor="end">%s</text>`,
			chartW-chartRight, chartH-8, day(last, loc))
	case !first.IsZero():
		fmt.Fprintf(b, `<text x="%.1f" y="%.1f" font-size="10" text-anchor="middle">%s</text>`, x(first), chartH-8, day(first, loc))
	}
	if len(ss) > 1 {
		lx := chartLeft + 80
		for _, s := range ss {
			fmt.Fprintf(b, `<rect x="%.1f" y="6" width="10" height="10" fill="%s"/><text x="%.1f" y="15" font-size="10">%s</text>`,
				lx, s.color, lx+14, esc(s.name))
			lx += 120
		}
	}
	for _, s := range ss {
		dash := ""
		if s.dashed {
			dash = ` stroke-dasharray="5 3"`
		}
		b.WriteString(`<polyline fill="none" stroke-width="2" stroke="` + s.color + `"` + dash + ` points="`)
		for i, p := range s.points {
			if i > 0 {
				b.WriteByte(' ')
			}
			fmt.Fprintf(b, "%.1f,%.1f", x(p.At), y(p.Value))
		}
		b.WriteString(`"/>`)
		if s.flat {
			continue
		}
		for _, p := range s.points {
			fmt.Fprintf(b, `<circle cx="%.1f" cy="%.1f" r="3" fill="%s"><title>%s %s: %s</title></circle>`,
				x(p.At), y(p.Value), s.color, esc(s.name), stamp(p.At, loc), one(p.Value))
		}
	}
	b.WriteString(`</svg>`)
}

// The calendar's cell size and the colours by sessions per day.
const (
	cellSize, cellGap = 14.0, 3.0
	calLeft, calTop   = 34.0, 16.0
)

var calColors = [...]string{"#ebedf0", "#9be9a8", "#40c463", "#216e39"}

// calendarSVG draws the calendar as a contribution graph: a column per week, Monday at the top.
func calendarSVG(b *bytes.Buffer, rows [][7]progress.Day, loc *time.Location) {
	w := calLeft + float64(len(rows))*(cellSize+cellGap) + 12 // room for the last month's name
	h := calTop + 7*(cellSize+cellGap)
	fmt.Fprintf(b, `<svg xmlns="http://www.w3.org/2000/svg" class="calendar" viewBox="0 0 %s %s" width="%s" height="%s" role="img" aria-label="Sessions per day, last %d weeks">`,
		num(w), num(h), num(w*1.5), num(h*1.5), len(rows))
	fmt.Fprintf(b, `<title>Sessions per day, last %d weeks</title>`, len(rows))
	for i, name := range []string{"Mon", "", "Wed", "", "Fri", "", "Sun"} {
		if name != "" {
			fmt.Fprintf(b, `<text x="0" y="%.1f" font-size="9">%s</text>`, calTop+float64(i)*(cellSize+cellGap)+10, name)
		}
	}
	lastMonth := time.Month(0)
	for c, row := range rows {
		cx := calLeft + float64(c)*(cellSize+cellGap)
		if m := row[0].Date.Month(); m != lastMonth {
			fmt.Fprintf(b, `<text x="%.1f" y="10" font-size="9">%s</text>`, cx, row[0].Date.Format("Jan"))
			lastMonth = m
		}
		for r, d := range row {
			cy := calTop + float64(r)*(cellSize+cellGap)
			fill, extra := calColors[min(d.Sessions, len(calColors)-1)], ""
			if d.Future {
				fill, extra = "none", ` stroke="#ccc" stroke-dasharray="2 2"`
			}
			what := exercises.Count(d.Sessions, "session", "sessions")
			if d.Sessions > 0 {
				what += ", " + d.Areas.String()
			}
			if d.Future {
				what = "to come"
			}
			fmt.Fprintf(b, `<rect x="%.1f" y="%.1f" width="%s" height="%s" rx="2" fill="%s"%s><title>%s: %s</title></rect>`,
				cx, cy, num(cellSize), num(cellSize), fill, extra, day(d.Date, loc), what)
		}
	}
	b.WriteString(`</svg>`)
}
