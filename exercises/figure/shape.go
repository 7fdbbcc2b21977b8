package figure

import "math"

// Frame is the part of the world a drawing shows. Y0 is the floor, so the floor line is the
// bottom row of every drawing.
type Frame struct{ X0, Y0, X1, Y1 float64 }

// frameMargin keeps hands and head off the drawing's edge.
const frameMargin = 4.0

// shape is a pose ready to draw: strokes and the head circle in world units, mirrored if the
// pose asks for it.
type shape struct {
	lines []segment
	head  Point
	r     float64
	floor bool
}

func shapeOf(p Pose) shape {
	b := Place(p)
	lines := make([]segment, 0, 32)
	lines = b.strokes(lines)
	lines = propStrokes(lines, p.Props, &b)
	s := shape{lines: lines, head: b.Head, r: b.HeadR, floor: hasFloor(p.Props)}
	if p.Mirror {
		for i := range s.lines {
			s.lines[i].a.X, s.lines[i].b.X = -s.lines[i].a.X, -s.lines[i].b.X
		}
		s.head.X = -s.head.X
	}
	return s
}

// FrameOf returns the frame that holds every one of the poses with a margin, so that a figure
// moving between them (Interpolate) is drawn at one scale and does not jump.
func FrameOf(poses ...Pose) Frame {
	f := Frame{X0: math.Inf(1), Y0: 0, X1: math.Inf(-1), Y1: math.Inf(-1)}
	for _, p := range poses {
		s := shapeOf(p)
		grow := func(q Point) {
			f.X0, f.X1 = min(f.X0, q.X), max(f.X1, q.X)
			f.Y1 = max(f.Y1, q.Y)
		}
		for _, l := range s.lines {
			grow(l.a)
			grow(l.b)
		}
		grow(Point{s.head.X - s.r, s.head.Y + s.r})
		grow(Point{s.head.X + s.r, s.head.Y + s.r})
	}
	if math.IsInf(f.X0, 0) {
		return Frame{X0: -50, X1: 50, Y1: 100}
	}
	return Frame{X0: f.X0 - frameMargin, Y0: 0, X1: f.X1 + frameMargin, Y1: f.Y1 + frameMargin}
}

// mapping turns world points into dot coordinates of a dw × dh grid: the frame is scaled to fit
// (dots are square, as two Braille columns and four rows fill about a square of a terminal
// cell pair), centred across and resting on the bottom row.
type mapping struct {
	scale, offX, bottom float64
	frame               Frame
}

func newMapping(f Frame, dw, dh int) mapping {
	fw, fh := max(f.X1-f.X0, 1), max(f.Y1-f.Y0, 1)
	s := min(float64(dw-1)/fw, float64(dh-1)/fh)
	return mapping{scale: s, offX: (float64(dw-1) - fw*s) / 2, bottom: float64(dh - 1), frame: f}
}

func (m mapping) dot(p Point) (int, int) {
	x := (p.X-m.frame.X0)*m.scale + m.offX
	y := m.bottom - (p.Y-m.frame.Y0)*m.scale
	return int(math.Round(x)), int(math.Round(y))
}
