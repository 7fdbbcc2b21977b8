package figure

import (
	"math"
	"strings"
)

// Render draws the pose in a w × h block of terminal cells, framed on the pose alone. Each
// line is exactly w cells: Braille dot patterns where the figure is, spaces elsewhere. Plain
// text: no escape sequences and no colour, so it reads the same with NO_COLOR, on a monochrome
// terminal, in tmux or over ssh. A block smaller than one cell gives no lines.
func Render(p Pose, w, h int) []string { return RenderIn(p, FrameOf(p), w, h) }

// RenderIn draws the pose within the given frame (see FrameOf): the frame to use while a figure
// moves, so every frame of the movement has the same scale and floor.
func RenderIn(p Pose, f Frame, w, h int) []string {
	if w < 1 || h < 1 {
		return nil
	}
	c := canvas{w: w, h: h, dots: make([]uint8, w*h)}
	s := shapeOf(p)
	m := newMapping(f, 2*w, 4*h)
	for _, l := range s.lines {
		x0, y0 := m.dot(l.a)
		x1, y1 := m.dot(l.b)
		c.line(x0, y0, x1, y1)
	}
	cx, cy := m.dot(s.head)
	c.circle(cx, cy, int(math.Round(s.r*m.scale)))
	if s.floor {
		_, fy := m.dot(Point{0, 0})
		c.line(0, fy, 2*w-1, fy)
	}
	return c.lines()
}

// canvas is a grid of Braille cells, one byte of eight dots per cell.
type canvas struct {
	w, h int
	dots []uint8
}

// brailleBit is the bit of a dot in a Braille cell, by row (0–3) and column (0–1): the Unicode
// block numbers dots down the left column, down the right, then the bottom pair.
var brailleBit = [4][2]uint8{{0x01, 0x08}, {0x02, 0x10}, {0x04, 0x20}, {0x40, 0x80}}

// set turns on one dot; dots outside the canvas are dropped, so a pose that leaves its frame is
// clipped rather than wrapped.
func (c *canvas) set(x, y int) {
	if x < 0 || y < 0 || x >= 2*c.w || y >= 4*c.h {
		return
	}
	c.dots[(y/4)*c.w+x/2] |= brailleBit[y%4][x%2]
}

// line draws with Bresenham's algorithm: integer steps, one dot per step along the longer axis.
func (c *canvas) line(x0, y0, x1, y1 int) {
	dx, dy := abs(x1-x0), -abs(y1-y0)
	sx, sy := sign(x1-x0), sign(y1-y0)
	e := dx + dy
	for {
		c.set(x0, y0)
		if x0 == x1 && y0 == y1 {
			return
		}
		if e2 := 2 * e; e2 >= dy {
			e += dy
			x0 += sx
		} else {
			e += dx
			y0 += sy
		}
	}
}

// circle draws the head with the midpoint circle algorithm; a radius under one dot is a single
// dot ring of the smallest size so the head never disappears.
func (c *canvas) circle(cx, cy, r int) {
	r = max(r, 1)
	x, y, d := r, 0, 1-r
	for x >= y {
		for _, p := range [8][2]int{{x, y}, {y, x}, {-y, x}, {-x, y}, {-x, -y}, {-y, -x}, {y, -x}, {x, -y}} {
			c.set(cx+p[0], cy+p[1])
		}
		y++
		if d < 0 {
			d += 2*y + 1
		} else {
			x--
			d += 2*(y-x) + 1
		}
	}
}

// lines spells the canvas: a Braille pattern for each cell with a dot, a space for each without,
// so screen readers and copy-paste see blank space as blank. The rows share one string so a
// frame costs one allocation for its text however tall it is.
func (c *canvas) lines() []string {
	var b strings.Builder
	b.Grow(3 * c.w * c.h)
	ends := make([]int, c.h)
	for row := range c.h {
		for _, d := range c.dots[row*c.w : (row+1)*c.w] {
			if d == 0 {
				b.WriteByte(' ')
			} else {
				b.WriteRune(rune(0x2800 + int(d)))
			}
		}
		ends[row] = b.Len()
	}
	all := b.String()
	out := make([]string, c.h)
	start := 0
	for row, end := range ends {
		out[row], start = all[start:end], end
	}
	return out
}

func abs(v int) int {
	if v < 0 {
		return -v
	}
	return v
}

func sign(v int) int {
	switch {
	case v < 0:
		return -1
	case v > 0:
		return 1
	}
	return 0
}
