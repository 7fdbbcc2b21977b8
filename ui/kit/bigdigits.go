package kit

import (
	"bytes"
	"unicode/utf8"
)

// bigGlyphs is a 5-row block font for the countdown and rep count: large enough to read from
// across a room, and every glyph is drawn from the same full-block rune so it needs no colour.
var bigGlyphs = map[rune][5]string{
	'0': {"█████", "█   █", "█   █", "█   █", "█████"},
	'1': {"  ██ ", "   █ ", "   █ ", "   █ ", "  ███"},
	'2': {"█████", "    █", "█████", "█    ", "█████"},
	'3': {"█████", "    █", " ████", "    █", "█████"},
	'4': {"█   █", "█   █", "█████", "    █", "    █"},
	'5': {"█████", "█    ", "█████", "    █", "█████"},
	'6': {"█████", "█    ", "█████", "█   █", "█████"},
	'7': {"█████", "    █", "   █ ", "  █  ", "  █  "},
	'8': {"█████", "█   █", "█████", "█   █", "█████"},
	'9': {"█████", "█   █", "█████", "    █", "█████"},
	':': {"   ", " █ ", "   ", " █ ", "   "},
	'/': {"    █", "   █ ", "  █  ", " █   ", "█    "},
	' ': {"  ", "  ", "  ", "  ", "  "},
}

// BigHeight is the height of big text at scale 1.
const BigHeight = 5

// BigWidth is how many cells text takes at a scale, gaps included.
func BigWidth(text string, scale int) int {
	w := 0
	n := 0
	for _, r := range text {
		g, ok := bigGlyphs[r]
		if !ok {
			continue
		}
		w += len([]rune(g[0])) * scale
		n++
	}
	if n > 1 {
		w += (n - 1) * scale
	}
	return w
}

// RenderBig draws text in the block font, each cell repeated scale times across and down.
// Characters without a glyph are left out; callers always show the plain value too.
// A countdown draws its digits every second: each row is built in one buffer, and the block is
// one string.
func RenderBig(text string, scale int) string {
	if scale < 1 {
		scale = 1
	}
	glyphs := make([][5]string, 0, 8)
	for _, r := range text {
		if g, ok := bigGlyphs[r]; ok {
			glyphs = append(glyphs, g)
		}
	}
	// A glyph row is at most five three-byte blocks and its gap.
	row := make([]byte, 0, len(glyphs)*16*scale)
	out := make([]byte, 0, BigHeight*scale*(cap(row)+1))
	for i := range BigHeight {
		row = row[:0]
		for k, g := range glyphs {
			if k > 0 {
				for range scale {
					row = append(row, ' ')
				}
			}
			for _, c := range g[i] {
				for range scale {
					row = utf8.AppendRune(row, c)
				}
			}
		}
		row = bytes.TrimRight(row, " ")
		for j := range scale {
			if i > 0 || j > 0 {
				out = append(out, '\n')
			}
			out = append(out, row...)
		}
	}
	return string(out)
}

// BigScaleFor picks the largest scale at which text fits in width×height, up to 10, or 0 if even
// scale 1 does not fit (the caller then shows plain text). Width and height grow in step with
// the scale.
func BigScaleFor(text string, width, height int) int {
	one := BigWidth(text, 1)
	best := 0
	for s := 1; s <= 10; s++ {
		if one*s <= width && BigHeight*s <= height {
			best = s
		}
	}
	return best
}
