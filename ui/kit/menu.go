package kit

import (
	"strings"

	tea "github.com/charmbracelet/bubbletea"
)

// Compact layouts start below this size: the countdown and the key line at least.
const (
	CompactWidth  = 40
	CompactHeight = 12
)

// Menu is a vertical list with a cursor, used by every screen that offers choices.
type Menu struct {
	Items  []string
	Cursor int
}

// Update moves the cursor with ↑ and ↓, when keys offers them, wrapping at the ends.
func (mn Menu) Update(keys Keys, msg tea.Msg) Menu {
	km, ok := msg.(tea.KeyMsg)
	if !ok || len(mn.Items) == 0 {
		return mn
	}
	switch {
	case keys.Matches(km, Up):
		mn.Cursor = (mn.Cursor + len(mn.Items) - 1) % len(mn.Items)
	case keys.Matches(km, Down):
		mn.Cursor = (mn.Cursor + 1) % len(mn.Items)
	}
	return mn
}

// View draws the items that fit in height rows, scrolled so the cursor is visible.
func (mn Menu) View(s Styles, width, height int) string {
	if height < 1 || len(mn.Items) == 0 {
		return ""
	}
	start := 0
	if mn.Cursor >= height {
		start = mn.Cursor - height + 1
	}
	var b strings.Builder
	for i := start; i < len(mn.Items) && i < start+height; i++ {
		if i > start {
			b.WriteByte('\n')
		}
		if i == mn.Cursor {
			b.WriteString(s.Selected.Render(Clip(CursorMark+mn.Items[i], width)))
		} else {
			b.WriteString(s.Text.Render(Clip("  "+mn.Items[i], width)))
		}
	}
	return b.String()
}

// Page lays out a screen: a title, then blocks separated by blank lines when there is room.
// Each line is written once, indented and fitted to the width as it goes: a countdown lays out
// its page every second.
func Page(s Styles, width, height int, title string, blocks ...string) string {
	if width < 1 {
		return ""
	}
	pad := " "
	if width < CompactWidth || height < CompactHeight {
		pad = ""
	}
	var b strings.Builder
	size := len(title) + 32
	for _, bl := range blocks {
		size += len(bl) + (strings.Count(bl, "\n")+2)*(len(pad)+1)
	}
	b.Grow(size)
	if title != "" {
		writeLines(&b, "", pad+s.Title.Render(Clip(title, width-2*len(pad))), width)
	}
	for _, bl := range blocks {
		if bl == "" {
			continue
		}
		if b.Len() > 0 {
			b.WriteByte('\n')
			if height >= CompactHeight {
				b.WriteString(pad) // the blank line between blocks, indented as every line is
				b.WriteByte('\n')
			}
		}
		writeLines(&b, pad, bl, width)
	}
	// Not cut to height: the root shows a page taller than the terminal in a window that scrolls.
	return b.String()
}

// Paragraph wraps text to the page's inner width in one style.
func Paragraph(st interface{ Render(...string) string }, text string, width int) string {
	lines := Wrap(text, innerWidth(width))
	for i := range lines {
		lines[i] = st.Render(lines[i])
	}
	return strings.Join(lines, "\n")
}
