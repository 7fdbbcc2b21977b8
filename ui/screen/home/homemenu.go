package home

import (
	"strings"

	"upright/ui/kit"
)

// Home's menu is drawn whole for the root to scroll, each entry in the longest of its planned
// forms that fits the width ("Check-up tests — due: none in the last 8 weeks", then "Check-up
// tests — due", then "Check-up tests"), wrapped under itself when none does: an entry never ends
// in "…" (issue 18).

// fitForm is the first of forms (longest first) that fits width; when none does, the one to wrap:
// the full words at ordinary widths, the shortest form on a narrow terminal.
func fitForm(forms []string, width int) string {
	for _, f := range forms {
		if kit.Within(f, width) {
			return f
		}
	}
	if width >= kit.CompactWidth-2 {
		return forms[0]
	}
	return forms[len(forms)-1]
}

// menuLines draws the menu at width, and the lines of the highlighted entry (from, to).
func (h homeModel) menuLines(width int) (lines []string, from, to int) {
	s := h.env.Styles
	inner := max(width-len([]rune(kit.CursorMark)), 1)
	for i, forms := range h.forms {
		text := fitForm(forms, inner)
		parts := []string{text}
		if !kit.Within(text, inner) {
			parts = kit.Wrap(text, inner)
		}
		st, mark := s.Text, "  "
		if i == h.menu.Cursor {
			st, mark, from = s.Selected, kit.CursorMark, len(lines)
		}
		for j, p := range parts {
			if j > 0 {
				mark = "  " // a wrapped entry's later lines sit under its text
			}
			lines = append(lines, st.Render(mark+p))
		}
		if i == h.menu.Cursor {
			to = len(lines) - 1
		}
	}
	return lines, from, to
}

// menuView is the menu, whole, at width.
func (h homeModel) menuView(width int) string {
	lines, _, _ := h.menuLines(width)
	return strings.Join(lines, "\n")
}
