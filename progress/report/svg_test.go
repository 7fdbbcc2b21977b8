package report

import (
	"bytes"
	"strings"
	"testing"
	"time"
	"upright/progress"
)

func TestAxisScale(t *testing.T) {
	tests := []struct{ max, nice, step float64 }{
		{0, 1, 0.2},
		{3, 5, 1},
		{7, 10, 2},
		{10, 10, 2},
		{12, 20, 5},
		{45, 50, 10},
	}
	for _, tt := range tests {
		n := niceMax(tt.max)
		if n != tt.nice {
			t.Errorf("niceMax(%v) = %v, want %v", tt.max, n, tt.nice)
		}
		if s := tickStep(n); s != tt.step {
			t.Errorf("tickStep(%v) = %v, want %v", n, s, tt.step)
		}
	}
}

func TestLineChartLabels(t *testing.T) {
	t0 := at(t, "2026-12-04T17:00:00Z")
	var b bytes.Buffer
	lineChart(&b, "one point", "s", 0, est, series{name: "x", color: "#000", points: []progress.Point{{At: t0, Value: 12}}})
	out := b.String()
	checkSVG(t, out, 1)
	if strings.Count(out, "2026-12-04") != 2 { // the axis label and the point's title
		t.Errorf("a one-point chart should label its day once on the axis:\n%s", out)
	}
	b.Reset()
	lineChart(&b, "two points", "s", 0, est, series{name: "x", color: "#000", points: []progress.Point{{At: t0, Value: 1}, {At: t0.Add(72 * time.Hour), Value: 2}}})
	out = b.String()
	if !strings.Contains(out, ">2026-12-04</text>") || !strings.Contains(out, ">2026-12-07</text>") {
		t.Errorf("the axis is not labelled with the first and last day:\n%s", out)
	}
}
