package workout

import (
	"strings"

	"upright/exercises/figure"
	"upright/ui/kit"
)

// briefLayout is the narrowing chosen for a brief: its parts from the from-th to before the
// to-th wrapped to narrow columns. It is kept for the page and size it was chosen for, as a
// brief is drawn again on every key and the choice takes a few dozen layouts.
type briefLayout struct {
	page             string // the brief at the full width
	width, height    int
	narrow, from, to int
	// top is the first row the figures may take: the blank under the where-line and dose, so
	// they sit beside the description, cues and safety they illustrate.
	top int
}

// briefWithFigure is the brief with its start and end poses. The text is laid out at the full
// width and the figures take the blank corner it leaves above the prompt; when the page has rows
// to spare (as at 80x24), the blocks beside the corner are wrapped narrower instead, if that
// frees room for larger figures and the whole page still fits the height. The text stays whole
// and on screen either way, and never narrower than the narrowest screen upright lays out.
func (s sessionModel) briefWithFigure(width, height int) string {
	parts, counted := s.briefParts()
	page := s.briefView(parts, width, height, width, 0, 0)
	if s.fig == nil || width < figureMinWidth || height < figureMinHeight {
		return s.withFigure(page, width, height)
	}
	c := &s.fig.brief
	if c.page != page || c.width != width || c.height != height {
		prefix := s.briefView(parts[:counted+1], width, height, width, 0, 0)
		*c = briefLayout{page: page, width: width, height: height, top: strings.Count(prefix, "\n") + 1}
		c.narrow, c.from, c.to = s.narrowBrief(parts, counted, page, width, height, c.top)
	}
	if c.from < c.to {
		page = s.briefView(parts, width, height, c.narrow, c.from, c.to)
	}
	return s.withFigure(page, width, height)
}

// pairSpot is where the brief's two poses go on a laid-out page, and how: the block, beside the
// text and above the prompt (the figures illustrate the cues, not the key line), in the layout
// that draws them largest (side by side for standing figures, stacked for lying ones), and each
// figure's rows. The frame is the exercise's, so the block is sized by its aspect.
func pairSpot(lines []string, top, width int, f figure.Frame) (sp kit.Spot, l figure.Layout, rows int, ok bool) {
	above := promptRow(lines)
	if top >= above {
		return sp, l, 0, false
	}
	for _, try := range []figure.Layout{figure.LayoutSide, figure.LayoutStacked} {
		maxH := figureMaxRows
		if try == figure.LayoutStacked {
			maxH = 2*figureMaxRows + 1
		}
		got, found := kit.FreeSpot(lines[top:above], width, above-top, 1, maxH, func(h int) int { return figure.PairWidth(f, try, h) })
		if r := figure.PairRows(try, got.H); found && r >= figure.MinRows(f) && r > rows {
			got.Row += top
			sp, l, rows, ok = got, try, r, true
		}
	}
	return sp, l, rows, ok
}

// promptRow is the row of the page's last line of text, the brief's "Press enter…": a figure
// ends above it.
func promptRow(lines []string) int {
	for i := len(lines) - 1; i >= 0; i-- {
		if strings.TrimSpace(lines[i]) != "" {
			return i
		}
	}
	return 0
}

// narrowBrief finds the largest figures the brief can have beside its text, and the fewest
// blocks to narrow for them: none (from == to) when narrowing gains nothing. The where-line and
// dose, and what is above them, stay at the full width (a narrower width would shorten the
// where-line rather than wrap it), and so does the prompt under them all.
func (s sessionModel) narrowBrief(parts []func(w int) string, counted int, page string, width, height, top int) (narrow, from, to int) {
	set, _, _, ok := s.figureNow()
	if !ok {
		return 0, 0, 0
	}
	f := figure.FrameOf(set.Start, set.End)
	_, _, best, _ := pairSpot(strings.Split(page, "\n"), top, width, f)
	for rows := figureMaxRows; rows > best; rows-- {
		for _, l := range []figure.Layout{figure.LayoutSide, figure.LayoutStacked} {
			h := rows
			if l == figure.LayoutStacked {
				h = 2*rows + 1
			}
			// A narrowed line, its indent, the gap and the margin leave the figure its width.
			narrow := width - figure.PairWidth(f, l, h) - 4
			if narrow < kit.CompactWidth || h > height {
				continue
			}
			if from, to, ok := s.narrowFor(parts, counted, width, height, narrow, rows, top, f); ok {
				return narrow, from, to
			}
		}
	}
	return 0, 0, 0
}

// narrowFor finds the fewest blocks to wrap at narrow for the brief's figures to be drawn rows
// high with the page still within height.
func (s sessionModel) narrowFor(parts []func(w int) string, counted, width, height, narrow, rows, top int, f figure.Frame) (from, to int, ok bool) {
	// The last part, "Press enter…", is what to do next: it stays on one line.
	last := len(parts) - 1
	for from := last - 1; from > counted; from-- {
		if strings.Count(s.briefView(parts, width, height, narrow, from, last), "\n") >= height {
			break // narrowing more only makes the page taller
		}
		for to := from + 1; to <= last; to++ {
			lines := strings.Split(s.briefView(parts, width, height, narrow, from, to), "\n")
			if _, _, got, ok := pairSpot(lines, top, width, f); ok && got >= rows && len(lines) <= height {
				return from, to, true
			}
		}
	}
	return 0, 0, false
}
