package progress

import (
	"math"
	"strconv"
	"strings"
	"time"

	tslc "github.com/NimbleMarkets/ntcharts/linechart/timeserieslinechart"
	"github.com/charmbracelet/lipgloss"

	"upright/progress"
	"upright/ui/kit"
)

// chartSeries is one line of a chart: its points and the style it is drawn in.
type chartSeries struct {
	name   string
	points []progress.Point
	style  lipgloss.Style
}

// Charts are drawn with ntcharts' time-series line chart, a maintained chart library built on
// bubbletea v1, so axes, scaling and line runes are not hand-drawn here. Below this size a chart
// says nothing, and the screen shows numbers instead.
const (
	minChartWidth  = 24
	minChartHeight = 4
)

// lineChart draws series in a width×height block, y from 0 to yMax, with dates on the x axis in
// loc's calendar. The x axis spans the points, first to last: a line never runs on past the data
// to the edge of a period. It returns "" when the block is too small or there is nothing to draw.
func lineChart(s kit.Styles, width, height int, yMax float64, loc *time.Location, series ...chartSeries) string {
	from, to, ok := seriesSpan(series)
	if width < minChartWidth || height < minChartHeight || !ok {
		return ""
	}
	dates := func(_ int, v float64) string { return time.Unix(int64(v), 0).In(loc).Format("2 Jan") }
	values := func(_ int, v float64) string { return trimFloat(v) }
	c := tslc.New(width, height,
		tslc.WithTimeRange(from, to),
		tslc.WithYRange(0, yMax),
		tslc.WithXYSteps(max(width/14, 1), max(height/3, 1)),
		tslc.WithXLabelFormatter(dates),
		tslc.WithYLabelFormatter(values),
		tslc.WithAxesStyles(s.Muted, s.Muted),
	)
	var names []string
	for _, sr := range series {
		if len(sr.points) == 0 {
			continue
		}
		names = append(names, sr.name)
		c.SetDataSetStyle(sr.name, sr.style)
		for _, p := range sr.points {
			c.PushDataSet(sr.name, tslc.TimePoint{Time: p.At, Value: p.Value})
		}
	}
	if len(names) == 0 {
		return ""
	}
	c.DrawBrailleDataSets(names)
	return strings.TrimRight(c.View(), "\n")
}

// seriesSpan is the time from the first point to the last, widened to a day around a single one.
func seriesSpan(series []chartSeries) (from, to time.Time, ok bool) {
	for _, sr := range series {
		for _, p := range sr.points {
			if !ok || p.At.Before(from) {
				from = p.At
			}
			if !ok || p.At.After(to) {
				to = p.At
			}
			ok = true
		}
	}
	if ok && !to.After(from) {
		from, to = from.Add(-12*time.Hour), to.Add(12*time.Hour)
	}
	return from, to, ok
}

// chartMax is a round top for a chart's y axis that holds every point.
func chartMax(series ...[]progress.Point) float64 {
	top := 0.0
	for _, ps := range series {
		for _, p := range ps {
			top = max(top, p.Value)
		}
	}
	if top <= 0 {
		return 1
	}
	step := math.Pow(10, math.Floor(math.Log10(top)))
	for _, m := range []float64{1, 2, 5, 10} {
		if top <= m*step {
			return m * step
		}
	}
	return 10 * step
}

// trimFloat writes a value without a trailing ".0".
func trimFloat(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }
