package report

import (
	"bytes"
	"regexp"
	"strings"
	"testing"
	"time"

	"upright/progress"
)

// The line chart's plot area runs from x 44 to 628 and from y 24 (the top of the axis) to 172
// (zero): the first session sits at the left edge, the last at the right, a value at the axis'
// top at the top, zero at the bottom, and a value above a fixed top is drawn at the top rather
// than off the chart.
func TestLineChartPlacesPointsInThePlot(t *testing.T) {
	t0 := at(t, "2026-12-01T15:00:00Z")
	pts := []progress.Point{{At: t0, Value: 0}, {At: t0.Add(48 * time.Hour), Value: 5}, {At: t0.Add(96 * time.Hour), Value: 10}}
	var b bytes.Buffer
	lineChart(&b, "pain", "0–10", 10, est, series{name: "pain", color: "#000", points: pts})
	out := b.String()
	if want := `points="44.0,172.0 336.0,98.0 628.0,24.0"`; !strings.Contains(out, want) {
		t.Errorf("line %s not drawn:\n%s", want, out)
	}
	circles := regexp.MustCompile(`<circle cx="([0-9.]+)" cy="([0-9.]+)"`).FindAllStringSubmatch(out, -1)
	want := [][2]string{{"44.0", "172.0"}, {"336.0", "98.0"}, {"628.0", "24.0"}}
	if len(circles) != len(want) {
		t.Fatalf("%d points drawn, want %d:\n%s", len(circles), len(want), out)
	}
	for i, c := range circles {
		if c[1] != want[i][0] || c[2] != want[i][1] {
			t.Errorf("point %d at (%s, %s), want (%s, %s)", i, c[1], c[2], want[i][0], want[i][1])
		}
	}
	if !strings.Contains(out, `<title>pain 2026-12-03 10:00: 5</title>`) {
		t.Errorf("the middle point's title does not say its local time and value:\n%s", out)
	}

	b.Reset()
	lineChart(&b, "capped", "s", 10, est, series{name: "held", color: "#000", points: []progress.Point{{At: t0, Value: 30}, {At: t0.Add(time.Hour), Value: 2.5}}})
	if out := b.String(); !strings.Contains(out, `points="44.0,24.0 628.0,135.0"`) {
		t.Errorf("a value over the axis' top is not drawn at the top:\n%s", out)
	}
}

// The y axis has a labelled line at every step from 0 to its top, the label just left of the
// plot and level with its line; with no fixed top the axis reaches the data's rounded maximum.
func TestLineChartGrid(t *testing.T) {
	t0 := at(t, "2026-12-01T15:00:00Z")
	var b bytes.Buffer
	lineChart(&b, "reps", "reps", 0, est, series{name: "reps", color: "#000", points: []progress.Point{{At: t0, Value: 3}, {At: t0.Add(time.Hour), Value: 7}}})
	out := b.String()
	labels := regexp.MustCompile(`<text x="40.0" y="([0-9.]+)" font-size="10" text-anchor="end">([0-9.]+)</text>`).FindAllStringSubmatch(out, -1)
	want := [][2]string{{"175.0", "0"}, {"145.4", "2"}, {"115.8", "4"}, {"86.2", "6"}, {"56.6", "8"}, {"27.0", "10"}}
	if len(labels) != len(want) {
		t.Fatalf("axis labels %q, want 0 to 10 by 2", labels)
	}
	for i, l := range labels {
		if l[1] != want[i][0] || l[2] != want[i][1] {
			t.Errorf("label %d: %q at y %s, want %q at %s", i, l[2], l[1], want[i][1], want[i][0])
		}
	}
	if n := strings.Count(out, `stroke="#ddd"`); n != 6 {
		t.Errorf("%d grid lines, want 6", n)
	}
	if !strings.Contains(out, `<line x1="44.0" y1="24.0" x2="628.0" y2="24.0" stroke="#ddd"`) {
		t.Errorf("the top grid line does not span the plot:\n%s", out)
	}
}

// One day's sessions are centred; two series get a legend, side by side, and a reference line
// (a norm) has no points of its own.
func TestLineChartOneDayLegendAndNormLine(t *testing.T) {
	t0 := at(t, "2026-12-01T15:00:00Z")
	var b bytes.Buffer
	lineChart(&b, "stance", "seconds", 20, est,
		series{name: "left", color: "#111", points: []progress.Point{{At: t0, Value: 10}}},
		series{name: "right", color: "#222", dashed: true, points: []progress.Point{{At: t0, Value: 20}}},
		series{name: "norm", color: "#333", flat: true, points: []progress.Point{{At: t0, Value: 5}}})
	out := b.String()
	for _, want := range []string{
		`<circle cx="336.0" cy="98.0" r="3" fill="#111">`,
		`<circle cx="336.0" cy="24.0" r="3" fill="#222">`,
		`<text x="336.0" y="192.0" font-size="10" text-anchor="middle">2026-12-01</text>`,
		`<rect x="124.0" y="6" width="10" height="10" fill="#111"/><text x="138.0" y="15" font-size="10">left</text>`,
		`<rect x="244.0" y="6" width="10" height="10" fill="#222"/><text x="258.0" y="15" font-size="10">right</text>`,
		`<rect x="364.0" y="6"`,
		`stroke="#222" stroke-dasharray="5 3" points="336.0,24.0"`,
		`stroke="#333" points="336.0,135.0"`,
	} {
		if !strings.Contains(out, want) {
			t.Errorf("no %s in:\n%s", want, out)
		}
	}
	if strings.Count(out, "<circle") != 2 {
		t.Errorf("the norm line got points:\n%s", out)
	}
	b.Reset()
	lineChart(&b, "alone", "s", 0, est, series{name: "only", color: "#111", points: []progress.Point{{At: t0, Value: 1}}})
	if strings.Contains(b.String(), "<rect") {
		t.Error("a chart of one series has a legend")
	}
}

// The axis top is the data's maximum rounded up to 1, 2 or 5 times a power of ten, and at
// least 1.
func TestNiceMaxRoundsUp(t *testing.T) {
	for _, c := range []struct{ v, want float64 }{
		{-3, 1}, {0.5, 1}, {1, 1}, {1.5, 2}, {2, 2}, {2.1, 5}, {5, 5}, {5.1, 10}, {10, 10}, {11, 20}, {60, 100}, {101, 200}, {1000, 1000},
	} {
		if got := niceMax(c.v); got != c.want {
			t.Errorf("niceMax(%v) = %v, want %v", c.v, got, c.want)
		}
	}
	for _, c := range []struct{ top, want float64 }{{1, 0.2}, {2, 0.5}, {5, 1}, {20, 5}, {100, 20}, {200, 50}, {500, 100}, {1000, 200}} {
		if got := tickStep(c.top); got != c.want {
			t.Errorf("tickStep(%v) = %v, want %v", c.top, got, c.want)
		}
	}
}
