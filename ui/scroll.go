package ui

import (
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"

	"upright/ui/kit"
)

// A screen draws all of its content; when that is taller than the terminal the root shows a window
// of it with a mark saying there is more, and scrolls it with pgup/pgdn (and ↑/↓ where the screen
// does not use them), so no safety text or answer line is ever out of reach (issue 18).

// scroll is how far the current screen is scrolled, for the keys it was scrolled under: a screen
// in another state (the next question, the next phase) starts at the top again.
type scroll struct {
	offset int
	under  []key.Binding
}

// window cuts body to height lines at the scroll offset, the last line being the mark; it
// reports whether there is more below, or the body was taller than height and is at its bottom.
func (m Model) window(body string, width, height int) (string, scrollState) {
	if height < 2 || strings.Count(body, "\n") < height {
		return body, scrollNone // it fits: the usual case, every second of a countdown
	}
	lines := strings.Split(body, "\n")
	room := height - 1
	off := min(max(m.scrollOffset(), 0), len(lines)-room)
	above, below := off > 0, off+room < len(lines)
	mark := "↓ more below"
	switch {
	case above && below:
		mark = "↕ more below"
		if both := "↑ more above · ↓ more below"; lipgloss.Width(both) <= width {
			mark = both
		}
	case above:
		mark = "↑ more above"
	}
	if key := " · pgdn"; below && lipgloss.Width(mark+key) <= width {
		mark += key
	} else if key := " · pgup"; !below && lipgloss.Width(mark+key) <= width {
		mark += key
	}
	out := append(append([]string{}, lines[off:off+room]...), m.env.Styles.Accent.Render(kit.Clip(mark, width)))
	state := scrollBottom
	if below {
		state = scrollBelow
	}
	return strings.Join(out, "\n"), state
}

// scrollOffset is the offset for the screen's present state: zero after it has moved on.
func (m Model) scrollOffset() int {
	if !sameSlice(m.scroll.under, m.screen.Keys().ShortHelp()) {
		return 0
	}
	return m.scroll.offset
}

// scrollKey scrolls a screen taller than the terminal; it reports false for a key that is not a
// scroll key there, which the screen then gets.
func (m Model) scrollKey(msg tea.KeyMsg) (Model, bool) {
	keys := m.screen.Keys()
	var step int
	page := max(m.bodyHeight()-2, 1)
	switch {
	case key.Matches(msg, kit.PageDown.Binding()) && !keys.Answers(msg):
		step = page
	case key.Matches(msg, kit.PageUp.Binding()) && !keys.Answers(msg):
		step = -page
	case key.Matches(msg, kit.ScrollDown.Binding()) && !keys.Answers(msg):
		step = 1
	case key.Matches(msg, kit.ScrollUp.Binding()) && !keys.Answers(msg):
		step = -1
	default:
		return m, false
	}
	bh := m.bodyHeight()
	lines := strings.Count(m.screen.View(m.width, bh), "\n") + 1
	if lines <= bh {
		return m, false
	}
	m.scroll = scroll{offset: min(max(m.scrollOffset()+step, 0), lines-(bh-1)), under: keys.ShortHelp()}
	return m, true
}

// keepFocus scrolls a Focused screen so its focus is in view: a list's highlighted item stays on
// screen however far down the list the person moves, with the marks saying what is above and below.
func (m Model) keepFocus() Model {
	top, bottom, bh, ok := m.focus()
	if !ok { // before drawing the view: a running step's tick pays for nothing here
		return m
	}
	lines := strings.Count(m.screen.View(m.width, max(bh, 0)), "\n") + 1
	if lines <= bh {
		return m
	}
	room := bh - 1 // the last row is the mark
	off := min(max(m.scrollOffset(), 0), lines-room)
	if bottom >= off+room {
		off = bottom - room + 1
	}
	switch {
	case top <= off && bottom < room:
		// Back up to where the first page holds it (the list's first entries, a wrap from the
		// last entry to the first, pgup onto the window's top row): the page shows from its top,
		// title and all.
		off = 0
	case top < off: // an item taller than the window shows from its start
		off = top
	}
	m.scroll = scroll{offset: max(off, 0), under: m.screen.Keys().ShortHelp()}
	return m
}

// focusInView reports whether a Focused screen's focus shows in the window, in part at least (true for a screen
// that follows nothing, or a page that fits).
func (m Model) focusInView() bool {
	top, bottom, bh, ok := m.focus()
	if !ok {
		return true
	}
	off := m.scrollOffset() // any line of it will do: a flag taller than the window is read in parts
	return bottom >= off && top < off+bh-1
}

// focus is what a Focused screen asks to keep in view, in the body's bh rows; ok is false when
// the screen follows nothing now, help covers it, or the body is too small to scroll.
func (m Model) focus() (top, bottom, bh int, ok bool) {
	f, isFocused := m.screen.(kit.Focused)
	if !isFocused || m.showHelp {
		return 0, 0, 0, false
	}
	bh = m.bodyHeight()
	if bh < 2 {
		return 0, 0, bh, false
	}
	top, bottom, ok = f.Focus(m.width, bh)
	return top, bottom, bh, ok
}
