package report

import (
	"bytes"

	"upright/exercises/figure"
)

// Size of an exercise's picture in the report: small beside its heading, still clear on paper.
const (
	figureW = 160
	figureH = 64
)

// figureHTML writes the exercise's start and end poses as inline SVG, drawn from the same pose
// data as the figure on screen; nothing for an exercise without poses (a custom one).
func figureHTML(b *bytes.Buffer, id string) {
	set, ok := figure.For(id)
	if !ok {
		return
	}
	b.WriteString(`<div class="pose">`)
	b.WriteString(figure.PairSVG(set.Start, set.End, figureW, figureH))
	b.WriteString("</div>\n")
}
