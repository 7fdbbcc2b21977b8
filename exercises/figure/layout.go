package figure

import "strings"

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

// arrow sits between the two figures of a Pair.
const arrow = " -> "

// Pair draws two poses side by side in w × h cells with an arrow between them, at one scale: the
// brief's start and end. Each line is exactly w cells. It gives no lines when each figure's half
// would be smaller than the minimum.
func Pair(a, b Pose, w, h int) []string {
	fw := (w - len(arrow)) / 2
	if !Fits(fw, h) {
		return nil
	}
	f := FrameOf(a, b)
	left, right := RenderIn(a, f, fw, h), RenderIn(b, f, fw, h)
	pad := strings.Repeat(" ", w-2*fw-len(arrow))
	blank := strings.Repeat(" ", len(arrow))
	out := make([]string, h)
	for i := range h {
		mid := blank
		if i == h/2 {
			mid = arrow
		}
		out[i] = left[i] + mid + right[i] + pad
	}
	return out
}
