package progress

import (
	"strings"

	"upright/ui/kit"
)

// textLines is text in one style, whole, wrapped to width: a source name, a norm or a note is read
// to its end, never cut with "…" (the root scrolls the page). Lines after the first hang two
// cells in from the first line's indent, so a wrapped entry reads as one.
func textLines(st interface{ Render(...string) string }, text string, width int) []string {
	if kit.Within(text, width) {
		return []string{st.Render(text)}
	}
	body := strings.TrimLeft(text, " ")
	indent := len(text) - len(body)
	hang := indent + 2
	if 2*hang > width {
		indent, hang = 0, 0
	}
	lines := kit.Wrap(body, max(width-hang, 1))
	for i, l := range lines {
		pad := hang
		if i == 0 {
			pad = indent
		}
		lines[i] = st.Render(strings.Repeat(" ", pad) + l)
	}
	return lines
}
