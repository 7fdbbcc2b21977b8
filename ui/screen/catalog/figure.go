package catalog

import (
	"strings"

	"upright/exercises/figure"
	"upright/ui/kit"
)

// Below this size the card's text needs every cell.
const (
	figureMinWidth  = 60
	figureMinHeight = 16
	figureMaxRows   = 10
)

// withFigure puts the exercise's start and end poses in the blank space the card's text leaves,
// when there is enough; the card is drawn on a key press, so the figure is drawn with it.
func withFigure(page, id string, width, height int) string {
	set, ok := figure.For(id)
	if !ok || width < figureMinWidth || height < figureMinHeight {
		return page
	}
	lines := strings.Split(page, "\n")
	sp, ok := kit.FreeSpot(lines, width, height, 1, figureMaxRows, kit.PairWidth)
	if !ok {
		return page
	}
	out, _ := kit.Overlay(page, figure.Pair(set.Start, set.End, sp.W, sp.H), sp)
	return out
}
