package workout

import (
	"strings"

	"upright/ui/kit"
)

// briefLayout is the narrowing chosen for a brief: its parts from the from-th to before the
// to-th wrapped to narrow columns. It is kept for the page and size it was chosen for, as a
// brief is drawn again on every key and the choice takes a few dozen layouts.
type briefLayout struct {
	page             string // the brief at the full width
	width, height    int
	narrow, from, to int
}

// briefWithFigure is the brief with its start and end poses. The text is laid out at the full
// width and the figures take the blank corner it leaves; when the page has rows to spare (as at
// 80x24), the blocks beside the corner are wrapped narrower instead, if that frees a taller
// corner and the whole page still fits the height. The text stays whole and on screen either way,
// and never narrower than the narrowest screen upright lays out.
func (s sessionModel) briefWithFigure(width, height int) string {
	parts, counted := s.briefParts()
	page := s.briefView(parts, width, height, width, 0, 0)
	if s.fig == nil || width < figureMinWidth || height < figureMinHeight {
		return s.withFigure(page, width, height)
	}
	c := &s.fig.brief
	if c.page != page || c.width != width || c.height != height {
		*c = briefLayout{page: page, width: width, height: height}
		c.narrow, c.from, c.to = s.narrowBrief(parts, counted, page, width, height)
	}
	if c.from < c.to {
		page = s.briefView(parts, width, height, c.narrow, c.from, c.to)
	}
	return s.withFigure(page, width, height)
}

// narrowBrief finds the tallest figure the brief can have beside its text, and the fewest
// blocks to narrow for it: none (from == to) when narrowing gains nothing. The where-line and
// dose, and what is above them, stay at the full width (a narrower width would shorten the
// where-line rather than wrap it), and so does the prompt under them all.
func (s sessionModel) narrowBrief(parts []func(w int) string, counted int, page string, width, height int) (narrow, from, to int) {
	best := 0
	if sp, ok := kit.FreeSpot(strings.Split(page, "\n"), width, height, 1, figureMaxRows, kit.PairWidth); ok {
		best = sp.H
	}
	for h := figureMaxRows; h > best; h-- {
		// A narrowed line, its indent, the gap and the margin leave the figure its width.
		narrow := width - kit.PairWidth(h) - 4
		if narrow < kit.CompactWidth {
			continue
		}
		// The last part, "Press enter…", is what to do next: it stays on one line.
		last := len(parts) - 1
		for from := last - 1; from > counted; from-- {
			if strings.Count(s.briefView(parts, width, height, narrow, from, last), "\n") >= height {
				break // narrowing more only makes the page taller
			}
			for to := from + 1; to <= last; to++ {
				lines := strings.Split(s.briefView(parts, width, height, narrow, from, to), "\n")
				if sp, ok := kit.FreeSpot(lines, width, height, 1, figureMaxRows, kit.PairWidth); ok && sp.H >= h && len(lines) <= height {
					return narrow, from, to
				}
			}
		}
	}
	return 0, 0, 0
}
