package kit

import (
	"fmt"
	"strings"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
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
	// Page is how many entries pgup and pgdn move the cursor, where the screen offers them: the
	// rows of the list one sees (Env.ListPage for a list the root scrolls whole). The screen sets
	// it before Update, from the terminal's size.
	Page int
}

// Update moves the cursor with ↑ and ↓, when keys offer them, wrapping at the ends, and a page
// with pgup and pgdn (PageMove): the highlight moves with the page, never left behind off screen.
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
	case keys.Matches(km, PageUp, PageDown):
		mn.Cursor = PageMove(mn.Cursor, len(mn.Items), mn.Page, keys.Matches(km, PageUp))
	}
	return mn
}

// View draws the items that fit in height rows with the cursor in view (ListWindow), and a mark
// counting those cut off above or below.
func (mn Menu) View(s Styles, width, height int) string {
	start, end, above, below := ListWindow(len(mn.Items), mn.Cursor, height)
	if start == end {
		return ""
	}
	if end-start < len(mn.Items) && height == 1 {
		// No row for a mark: the highlighted entry says where it is, "3/32", at its end.
		at := fmt.Sprintf(" %d/%d", mn.Cursor+1, len(mn.Items))
		item := Clip(CursorMark+mn.Items[mn.Cursor], max(width-lipgloss.Width(at), 1))
		return s.Selected.Render(Clip(item+at, width))
	}
	top, bottom := MoreMarks(s, above, below, end-start, height, width)
	rows := top
	for i := start; i < end; i++ {
		if i == mn.Cursor {
			rows = append(rows, s.Selected.Render(Clip(CursorMark+mn.Items[i], width)))
		} else {
			rows = append(rows, s.Text.Render(Clip("  "+mn.Items[i], width)))
		}
	}
	return strings.Join(append(rows, bottom...), "\n")
}

// Page lays out a screen: a title, then blocks separated by blank lines when there is room.
func Page(s Styles, width, height int, title string, blocks ...string) string {
	pad := 1
	if width < CompactWidth || height < CompactHeight {
		pad = 0
	}
	inner := width - 2*pad
	var lines []string
	if title != "" {
		lines = append(lines, s.Title.Render(Clip(title, inner)))
	}
	for _, b := range blocks {
		if b == "" {
			continue
		}
		if len(lines) > 0 && height >= CompactHeight {
			lines = append(lines, "")
		}
		lines = append(lines, strings.Split(b, "\n")...)
	}
	if pad > 0 {
		for i := range lines {
			lines[i] = strings.Repeat(" ", pad) + lines[i]
		}
	}
	// Not cut to height: the root shows a page taller than the terminal in a window that scrolls.
	return FitBlock(strings.Join(lines, "\n"), width, len(lines))
}

// Paragraph wraps text to the page's inner width in one style.
func Paragraph(st interface{ Render(...string) string }, text string, width int) string {
	inner := width - 2
	if width < CompactWidth {
		inner = width
	}
	lines := Wrap(text, max(inner, 1))
	for i := range lines {
		lines[i] = st.Render(lines[i])
	}
	return strings.Join(lines, "\n")
}
