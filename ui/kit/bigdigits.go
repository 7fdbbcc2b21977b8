package kit

import "strings"

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
func RenderBig(text string, scale int) string {
	if scale < 1 {
		scale = 1
	}
	rows := make([]strings.Builder, BigHeight)
	first := true
	for _, r := range text {
		g, ok := bigGlyphs[r]
		if !ok {
			continue
		}
		for i := range rows {
			if !first {
				rows[i].WriteString(strings.Repeat(" ", scale))
			}
			for _, c := range g[i] {
				rows[i].WriteString(strings.Repeat(string(c), scale))
			}
		}
		first = false
	}
	var out []string
	for i := range rows {
		line := strings.TrimRight(rows[i].String(), " ")
		for range scale {
			out = append(out, line)
		}
	}
	return strings.Join(out, "\n")
}

// BigScaleFor picks the largest scale at which text fits in width×height, or 0 if even
// scale 1 does not fit (the caller then shows plain text).
func BigScaleFor(text string, width, height int) int {
	best := 0
	for s := 1; s <= 10; s++ {
		if BigWidth(text, s) <= width && BigHeight*s <= height {
			best = s
		}
	}
	return best
}
