package figure

import (
	"math"
	"testing"
)

// The spine limits themselves are neutral; a degree past any of them is not.
func TestNeutralLimitsAreInclusive(t *testing.T) {
	for _, c := range []struct {
		spine, twist float64
		want         bool
	}{
		{NeutralFlexion, 0, true}, {NeutralFlexion + 1, 0, false},
		{-NeutralExtension, 0, true}, {-NeutralExtension - 1, 0, false},
		{0, NeutralTwist, true}, {0, -NeutralTwist, true}, {0, NeutralTwist + 1, false},
	} {
		if got := (Pose{Spine: c.spine, Twist: c.twist}).Neutral(); got != c.want {
			t.Errorf("spine %v, twist %v: Neutral %v, want %v", c.spine, c.twist, got, c.want)
		}
	}
}

// A canvas of one cell still draws; one with no width or height draws nothing.
func TestRenderSmallestSizes(t *testing.T) {
	s, _ := For("plank")
	if got := Render(s.End, 1, 1); len(got) != 1 {
		t.Errorf("1x1: %d lines, want 1", len(got))
	}
	if Render(s.End, 0, 4) != nil || Render(s.End, 4, 0) != nil {
		t.Error("a canvas with no width or height drew something")
	}
}

// A dot just past the right or bottom edge is dropped, not wrapped onto the next row.
func TestCanvasDropsDotsPastTheEdge(t *testing.T) {
	c := canvas{w: 2, h: 2, dots: make([]uint8, 4)}
	c.set(4, 0) // one past the right edge of row 0: would land in row 1's first cell
	c.set(0, 8) // one below the bottom
	c.set(-1, 0)
	c.set(0, -1)
	for i, d := range c.dots {
		if d != 0 {
			t.Errorf("cell %d lit by a dot outside the canvas", i)
		}
	}
	c.set(3, 7) // the last dot inside
	if c.dots[3] == 0 {
		t.Error("the bottom-right dot was dropped")
	}
}

// The head's circle: every dot lies within half a dot of the radius, and the ring is closed (each
// of its eight octants has its dots).
func TestCircleIsARing(t *testing.T) {
	for r := 2; r <= 12; r++ {
		const cx, cy = 20, 24
		c := canvas{w: 24, h: 14, dots: make([]uint8, 24*14)}
		c.circle(cx, cy, r)
		lit := 0
		octants := map[int]bool{}
		for y := range 4 * c.h {
			for x := range 2 * c.w {
				if c.dots[(y/4)*c.w+x/2]&brailleBit[y%4][x%2] == 0 {
					continue
				}
				lit++
				d := math.Hypot(float64(x-cx), float64(y-cy))
				if math.Abs(d-float64(r)) > 0.5 {
					t.Errorf("radius %d: dot (%d,%d) is %.2f from the centre", r, x, y, d)
				}
				a := math.Atan2(float64(y-cy), float64(x-cx))
				octants[int(math.Floor((a+math.Pi)/(math.Pi/4)))%8] = true
			}
		}
		// A midpoint circle lights about 8·r/√2 dots: each octant steps r/√2 times.
		if lit < 5*r || len(octants) != 8 {
			t.Errorf("radius %d: %d dots in %d octants; want a closed ring", r, lit, len(octants))
		}
	}
}
