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
