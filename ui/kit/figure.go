package kit

import (
	"strings"

	"github.com/charmbracelet/x/ansi"

	"upright/exercises/figure"
)

// Spot is where a figure sits on a laid-out page: its top row, left column and size in cells.
type Spot struct{ Row, Col, W, H int }

// figureGap keeps a figure this many columns clear of the text beside it.
const figureGap = 2

// FreeSpot finds room for a figure in the blank right-hand part of a page that is already laid
// out: the tallest block whose rows all leave widthFor(h) columns free after their text, right
// aligned margin columns from the edge, at most maxH rows. The text is never moved or cut — the
// figure only takes space the text left — so the figure gives way to the text, never the reverse.
// A block under figure.MinHeight rows is no block.
func FreeSpot(lines []string, width, height, margin, maxH int, widthFor func(h int) int) (Spot, bool) {
	used := textWidths(lines, height)
	best := Spot{}
	for r0 := range used {
		widest := 0
		for r1 := r0; r1 < len(used) && r1-r0 < maxH; r1++ {
			widest = max(widest, used[r1])
			h := r1 - r0 + 1
			w := widthFor(h)
			if widest+figureGap+w+margin > width {
				break
			}
			if h >= figure.MinHeight && h > best.H {
				best = Spot{Row: r0, Col: width - margin - w, W: w, H: h}
			}
		}
	}
	return best, best.H > 0
}

// SpotFree reports whether a spot found on an earlier frame is still clear of this frame's text:
// a screen keeps its figure where it is while it can, so the figure does not wander.
func SpotFree(lines []string, sp Spot, height int) bool {
	if sp.H == 0 || sp.Row+sp.H > height {
		return false
	}
	for r := sp.Row; r < sp.Row+sp.H && r < len(lines); r++ {
		if visibleWidth(lines[r])+figureGap > sp.Col {
			return false
		}
	}
	return true
}

// Overlay writes the figure's lines into the page at the spot, adding rows when the page is
// shorter than the spot's foot. Text on those rows stays as it is; only blank space is replaced.
func Overlay(page string, block []string, sp Spot) string {
	lines := strings.Split(page, "\n")
	for len(lines) < sp.Row+len(block) {
		lines = append(lines, "")
	}
	for i, fl := range block {
		l := lines[sp.Row+i]
		w := visibleWidth(l)
		if w < ansi.StringWidth(l) {
			l = ansi.Truncate(l, w, "")
			if strings.ContainsRune(l, 0x1b) {
				l += "\x1b[0m" // the cut may drop the text's own reset
			}
		}
		lines[sp.Row+i] = l + strings.Repeat(" ", max(sp.Col-w, 0)) + fl
	}
	return strings.Join(lines, "\n")
}

// textWidths is each row's width without trailing blanks, for height rows.
func textWidths(lines []string, height int) []int {
	out := make([]int, height)
	for i := range min(len(lines), height) {
		out[i] = visibleWidth(lines[i])
	}
	return out
}

// visibleWidth is a line's width in cells up to its last non-blank character.
func visibleWidth(l string) int {
	if !strings.ContainsRune(l, 0x1b) {
		return ansi.StringWidth(strings.TrimRight(l, " "))
	}
	return ansi.StringWidth(strings.TrimRight(ansi.Strip(l), " "))
}

// PairWidth is the width of figure.Pair's block h rows high: two square-dotted figures and the
// arrow between them.
func PairWidth(h int) int { return 2*(2*h) + 4 }

// SingleWidth is the width of one square-dotted figure h rows high.
func SingleWidth(h int) int { return 2 * h }
