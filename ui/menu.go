package ui

import (
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
)

// menu is a vertical list with a cursor, used by every screen that offers choices.
type menu struct {
	items  []string
	cursor int
}

func (mn menu) update(k keyMap, msg tea.Msg) menu {
	km, ok := msg.(tea.KeyMsg)
	if !ok || len(mn.items) == 0 {
		return mn
	}
	switch {
	case key.Matches(km, k.Up):
		mn.cursor = (mn.cursor + len(mn.items) - 1) % len(mn.items)
	case key.Matches(km, k.Down):
		mn.cursor = (mn.cursor + 1) % len(mn.items)
	}
	return mn
}

// view draws the items that fit in height rows, scrolled so the cursor is visible.
func (mn menu) view(s Styles, width, height int) string {
	if height < 1 || len(mn.items) == 0 {
		return ""
	}
	start := 0
	if mn.cursor >= height {
		start = mn.cursor - height + 1
	}
	var b strings.Builder
	for i := start; i < len(mn.items) && i < start+height; i++ {
		if i > start {
			b.WriteByte('\n')
		}
		if i == mn.cursor {
			b.WriteString(s.Selected.Render(clip("› "+mn.items[i], width)))
		} else {
			b.WriteString(s.Text.Render(clip("  "+mn.items[i], width)))
		}
	}
	return b.String()
}

// page lays out a screen: a title, then blocks separated by blank lines when there is room.
func page(s Styles, width, height int, title string, blocks ...string) string {
	pad := 1
	if width < compactWidth || height < compactHeight {
		pad = 0
	}
	inner := width - 2*pad
	var lines []string
	if title != "" {
		lines = append(lines, s.Title.Render(clip(title, inner)))
	}
	for _, b := range blocks {
		if b == "" {
			continue
		}
		if len(lines) > 0 && height >= compactHeight {
			lines = append(lines, "")
		}
		lines = append(lines, strings.Split(b, "\n")...)
	}
	if pad > 0 {
		for i := range lines {
			lines[i] = strings.Repeat(" ", pad) + lines[i]
		}
	}
	return fitBlock(strings.Join(lines, "\n"), width, height)
}

// paragraph wraps text to the page's inner width in one style.
func paragraph(st interface{ Render(...string) string }, text string, width int) string {
	inner := width - 2
	if width < compactWidth {
		inner = width
	}
	lines := wrap(text, max(inner, 1))
	for i := range lines {
		lines[i] = st.Render(lines[i])
	}
	return strings.Join(lines, "\n")
}
