package kit

import (
	"strings"

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

// Overlay writes the figure's lines into the page at the spot, adding rows when the page is
// shorter than the spot's foot, and reports whether it could: when a row's text reaches into the
// spot (a spot found on an earlier frame, and this frame's text is longer) it returns the page
// unchanged and false, and the screen looks for a new spot. Text is never moved or cut.
// A held figure is joined to each frame of a countdown, so this is one pass over the page that
// builds the new one in a single allocation, with no line split out on its own.
func Overlay(page string, block []string, sp Spot) (string, bool) {
	if len(block) != sp.H || sp.H == 0 {
		return page, false
	}
	size, rows := len(page)+sp.H, 0
	for rest, r := page, 0; ; r++ {
		line, next, found := strings.Cut(rest, "\n")
		if r >= sp.Row && r < sp.Row+sp.H {
			if textWidth(line)+figureGap > sp.Col {
				return page, false
			}
			size += sp.Col + len(block[r-sp.Row])
		}
		rows = r + 1
		if !found {
			break
		}
		rest = next
	}
	for r := rows; r < sp.Row+sp.H; r++ {
		size += sp.Col + len(block[r-sp.Row])
	}
	var b strings.Builder
	b.Grow(size)
	rest := page
	for r := 0; r < max(rows, sp.Row+sp.H); r++ {
		line := ""
		if r < rows {
			line, rest, _ = strings.Cut(rest, "\n")
		}
		if r > 0 {
			b.WriteByte('\n')
		}
		if r < sp.Row || r >= sp.Row+sp.H {
			b.WriteString(line)
			continue
		}
		line = strings.TrimRight(line, " ")
		b.WriteString(line)
		b.WriteString(spaces(sp.Col - textWidth(line)))
		b.WriteString(block[r-sp.Row])
	}
	return b.String(), true
}

// spaces is n blanks, without allocating for the usual widths.
func spaces(n int) string {
	const blanks = "                                                                                "
	if n <= 0 {
		return ""
	}
	if n <= len(blanks) {
		return blanks[:n]
	}
	return strings.Repeat(" ", n)
}

// textWidths is each row's text width, for height rows.
func textWidths(lines []string, height int) []int {
	out := make([]int, height)
	for i := range min(len(lines), height) {
		out[i] = textWidth(lines[i])
	}
	return out
}

// textWidth is the width in cells of a line up to its last plain trailing blank (blanks inside
// a style count: the figure never lands on styled cells). Escape sequences take no cells.
func textWidth(l string) int { return cells(strings.TrimRight(l, " "), true) }

// PairWidth is the width of figure.Pair's block h rows high: two square-dotted figures and the
// arrow between them.
func PairWidth(h int) int { return 2*(2*h) + 4 }

// SingleWidth is the width of one square-dotted figure h rows high.
func SingleWidth(h int) int { return 2 * h }
