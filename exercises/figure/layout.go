package figure

import (
	"math"
	"strings"
)

// MinWidth and MinHeight are the smallest block, in terminal cells, a figure is drawn in: below
// it a person is no longer recognisable, and the space is better left to the text.
const (
	MinWidth  = 12
	MinHeight = 6
)

// Fits reports whether a w × h block of cells is big enough for a figure. Screens lay out their
// text first and offer the figure what is left: the figure gives way to the text, never the
// reverse.
func Fits(w, h int) bool { return w >= MinWidth && h >= MinHeight }

// Beside returns the figure's block for a screen totalW × totalH whose text needs textW columns
// and a gap of gap columns: the largest block of square dots (twice as wide as high) in what is
// left, and false when that is smaller than the minimum, so the screen shows the text alone.
func Beside(totalW, totalH, textW, gap int) (w, h int, ok bool) {
	return square(totalW-textW-gap, totalH)
}

// Below is Beside for a figure under the text: textH rows of text and gap rows between.
func Below(totalW, totalH, textH, gap int) (w, h int, ok bool) {
	return square(totalW, totalH-textH-gap)
}

// square fits a block twice as wide as high (square in dots) into w × h.
func square(w, h int) (int, int, bool) {
	h = min(h, w/2)
	w = 2 * h
	if !Fits(w, h) {
		return 0, 0, false
	}
	return w, h, true
}

// Aspect is the frame's width over its height: about 0.7 for a person standing at a counter, 2
// to 3 for one lying on the floor.
func (f Frame) Aspect() float64 { return max(f.X1-f.X0, 1) / max(f.Y1-f.Y0, 1) }

// Width is the columns a figure in frame f needs to be drawn h rows high: a cell is two dots
// wide and four high, so a frame of aspect a takes 2·a·h cells, and never fewer than MinWidth.
// Sizing by the aspect lets a lying figure be as wide as it is long and a standing one narrow.
func Width(f Frame, h int) int { return max(MinWidth, int(math.Ceil(2*f.Aspect()*float64(h)))) }

// MinRows is the fewest rows a figure in frame f is drawn in: MinHeight for a standing figure,
// fewer (down to 4) for a wide one, which stays recognisable while it is long enough, about twice
// a standing figure's minimum height in dots from head to feet.
func MinRows(f Frame) int {
	return min(MinHeight, max(4, int(math.Ceil(2*MinHeight/f.Aspect()))))
}

// Layout is how a pair of poses shares its block.
type Layout int

// The layouts. Side by side suits standing figures, which are tall; stacked, start above end,
// suits lying ones, which are wide: beside a column of text there is room for them to be long.
const (
	LayoutSide Layout = iota
	LayoutStacked
)

// arrow sits between the two figures of a side-by-side pair, stackArrow between stacked ones.
const (
	arrow      = " -> "
	stackArrow = "↓"
)

// PairWidth is the columns a pair of figures in frame f needs for a block h rows high laid out
// as l, so that each figure is drawn its full PairRows high.
func PairWidth(f Frame, l Layout, h int) int {
	if l == LayoutStacked {
		return Width(f, PairRows(l, h))
	}
	return 2*Width(f, h) + len(arrow)
}

// PairRows is how many rows each figure of a pair takes in a block h rows high laid out as l:
// all of them side by side; stacked, half of what the arrow's row leaves.
func PairRows(l Layout, h int) int {
	if l == LayoutStacked {
		return (h - 1) / 2
	}
	return h
}

// Pair draws two poses in w × h cells with an arrow between them, at one scale: the brief's
// start and end. It takes the layout that draws the figures larger in that block (see PairIn).
func Pair(a, b Pose, w, h int) []string {
	f := FrameOf(a, b)
	if drawnRows(f, LayoutStacked, w, h) > drawnRows(f, LayoutSide, w, h) {
		return PairIn(a, b, LayoutStacked, w, h)
	}
	return PairIn(a, b, LayoutSide, w, h)
}

// drawnRows is how many rows each figure of a pair in frame f actually fills in w × h laid out
// as l: the block's rows, or fewer when its width limits the figure first.
func drawnRows(f Frame, l Layout, w, h int) int {
	fw, fh := w, PairRows(l, h)
	if l == LayoutSide {
		fw = (w - len(arrow)) / 2
	}
	if fw < MinWidth || fh < MinRows(f) {
		return 0
	}
	return min(fh, int(float64(fw)/(2*f.Aspect())))
}

// PairIn draws two poses in w × h cells laid out as l, with an arrow between them, at one
// scale. Each line is exactly w cells. Side by side, the arrow sits at the figures' vertical
// middle; stacked, on the row between them. It gives no lines when a figure's share would be
// smaller than the minimum (MinWidth, and MinRows of the two poses' frame).
func PairIn(a, b Pose, l Layout, w, h int) []string {
	f := FrameOf(a, b)
	if l == LayoutStacked {
		fh := PairRows(l, h)
		if w < MinWidth || fh < MinRows(f) {
			return nil
		}
		out := make([]string, 0, h)
		out = append(out, RenderIn(a, f, w, fh)...)
		mid := w / 2
		out = append(out, strings.Repeat(" ", mid)+stackArrow+strings.Repeat(" ", w-mid-1))
		out = append(out, RenderIn(b, f, w, fh)...)
		for len(out) < h {
			out = append([]string{strings.Repeat(" ", w)}, out...)
		}
		return out
	}
	fw := (w - len(arrow)) / 2
	if fw < MinWidth || h < MinRows(f) {
		return nil
	}
	left, right := RenderIn(a, f, fw, h), RenderIn(b, f, fw, h)
	pad := strings.Repeat(" ", w-2*fw-len(arrow))
	blank := strings.Repeat(" ", len(arrow))
	at := middleRow(f, fw, h)
	out := make([]string, h)
	for i := range h {
		mid := blank
		if i == at {
			mid = arrow
		}
		out[i] = left[i] + mid + right[i] + pad
	}
	return out
}

// middleRow is the row half way up the figures a frame puts in w × h cells: they rest on the
// bottom row and rise as high as the frame's scale takes them, which for a wide frame is less
// than the block.
func middleRow(f Frame, w, h int) int {
	m := newMapping(f, 2*w, 4*h)
	top := int(math.Floor((m.bottom - (f.Y1-f.Y0)*m.scale) / 4))
	return (max(top, 0) + h) / 2
}
