package ui

import (
	"strings"

	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/lipgloss"

	"upright/ui/kit"
)

// The root model's drawing: the current screen, the key line, any error, fitted to the terminal.

func newHelp(s kit.Styles) help.Model {
	h := help.New()
	h.Styles.ShortKey, h.Styles.FullKey = s.Accent, s.Accent
	h.Styles.ShortDesc, h.Styles.FullDesc = s.Help, s.Help
	h.Styles.ShortSeparator, h.Styles.FullSeparator = s.Help, s.Help
	h.Styles.Ellipsis = s.Help
	return h
}

// View draws the current screen, the help line and any error, cut to the terminal. A screen
// taller than its room is shown in a window with a mark (scroll.go).
func (m Model) View() string {
	w, h := m.width, m.height
	if w < 1 || h < 1 {
		return ""
	}
	demo := m.st.active.Demo && h >= 3
	bodyHeight := m.bodyHeight()
	var body string
	scrolls := scrollNone
	if m.showHelp {
		body = m.fullHelpView(w)
	} else {
		body, scrolls = m.window(m.screen.View(w, max(bodyHeight, 0)), w, bodyHeight)
		if f, ok := m.screen.(kit.Focused); ok && scrolls != scrollNone {
			// A list that follows its highlight scrolls with its own ↑/↓: the key line keeps its
			// room for the list's keys (space to tick), and the mark still says pgdn.
			if _, _, follows := f.Focus(w, max(bodyHeight, 0)); follows {
				scrolls = scrollNone
			}
		}
	}
	// One string, written once: a countdown draws the whole frame every second.
	var b strings.Builder
	b.Grow(len(body) + 2*h + 512)
	if demo {
		b.WriteString(kit.Clip(m.env.Styles.BannerInk.Render("DEMO — nothing is saved"), w))
		b.WriteByte('\n')
	}
	kit.PadBlock(&b, kit.FitBlock(body, w, max(bodyHeight, 0)), max(bodyHeight, 0))
	if bodyHeight >= 0 {
		b.WriteByte('\n')
		b.WriteString(m.footerView(w, scrolls))
	}
	// The banner is clipped and the body and footer fitted to the width: only the height is left.
	return kit.FirstLines(b.String(), h)
}

// bodyHeight is the room the screen has: the terminal less the banner, any error and the key line.
func (m Model) bodyHeight() int {
	bh := m.height - lipgloss.Height(m.footerView(m.width, scrollNone))
	if m.st.active.Demo && m.height >= 3 {
		bh--
	}
	return bh
}

func (m Model) footerView(w int, scrolls scrollState) string {
	var lines []string
	if m.err != "" {
		lines = append(lines, kit.Wrap(m.env.Styles.Error.Render(kit.Clean(m.err)), w)...)
	}
	if m.height >= 3 {
		lines = append(lines, m.shortHelpView(scrolls))
	}
	return kit.FitBlock(strings.Join(lines, "\n"), w, max(m.height-1, 1))
}

// shortHelpView is the key line for the keys on offer now, rendered again only when they change.
// A screen keeps one set of keys per state, so the same set is the same slice.
func (m Model) shortHelpView(scrolls scrollState) string {
	st := m.st
	bindings := m.screen.Keys().ShortHelp()
	if !sameSlice(bindings, st.keyLineFor) || m.width != st.keyLineWidth || st.keyLine == "" || scrolls != st.keyLineScrolls {
		st.keyLine, st.keyLineFor, st.keyLineWidth, st.keyLineScrolls = keyLine(m.env.Styles, bindings, scrolls, m.width), bindings, m.width, scrolls
	}
	return st.keyLine
}

func sameSlice[T any](a, b []T) bool {
	return len(a) == len(b) && (len(a) == 0 || &a[0] == &b[0])
}

func (m Model) fullHelpView(w int) string {
	title := m.env.Styles.Title.Render("Keys")
	hm := m.st.help
	hm.Width = w
	return strings.Join([]string{title, "", hm.FullHelpView(m.screen.Keys().FullHelp()), "",
		m.env.Styles.Muted.Render("Press any key to go back.")}, "\n")
}
