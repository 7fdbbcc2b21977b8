package kit

import "strings"

// Bullets draws items as a bulleted list in one style, wrapped to the page's inner width as
// Paragraph wraps: the lines after an item's first start under its text, not under its bullet,
// so a wrapped item still reads as one (cues, safety lines, cards, the check-in's red flags).
func Bullets(st interface{ Render(...string) string }, items []string, width int) string {
	var lines []string
	for _, it := range items {
		lines = append(lines, BulletLines(it, innerWidth(width))...)
	}
	for i := range lines {
		lines[i] = st.Render(lines[i])
	}
	return strings.Join(lines, "\n")
}

// BulletLines wraps one item to width cells: "· " and the text, its later lines indented to the
// text. Too narrow for an indent to leave room, it wraps as plain text.
func BulletLines(text string, width int) []string {
	const bullet, hang = "· ", "  "
	if width < len(hang)+4 {
		return Wrap(bullet+text, max(width, 1))
	}
	lines := Wrap(text, width-len(hang))
	for i := range lines {
		if i == 0 {
			lines[i] = bullet + lines[i]
		} else {
			lines[i] = hang + lines[i]
		}
	}
	return lines
}

// innerWidth is the width inside a page's margins: a compact page has none.
func innerWidth(width int) int {
	if width < CompactWidth {
		return max(width, 1)
	}
	return max(width-2, 1)
}
