package ui

import (
	"strings"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/lipgloss"

	"upright/ui/kit"
)

// keyLine draws the key line in width cells. It never cuts a key in half and never collapses to
// "…": when not every key fits, the keys come in their order of importance (the screen's first),
// those that do not fit are left out, and "? all keys" says where the rest are. On a screen
// taller than the terminal the scroll key comes second.
func keyLine(st kit.Styles, bindings []key.Binding, scrolls bool, width int) string {
	var keys []key.Binding
	help, scroll := -1, -1
	for _, b := range bindings {
		if b.Help().Key == kit.Help.Binding().Help().Key {
			help = len(keys)
		}
		keys = append(keys, b)
	}
	if scrolls {
		at := min(1, len(keys))
		b := key.NewBinding(key.WithKeys("pgdown"), key.WithHelp("↓", "more"))
		keys, scroll = append(keys[:at], append([]key.Binding{b}, keys[at:]...)...), at
		if help >= at {
			help++
		}
	}
	item := func(b key.Binding) string {
		return st.Accent.Render(b.Help().Key) + " " + st.Help.Render(b.Help().Desc)
	}
	sep := st.Help.Render(" • ")
	var all []string
	for _, b := range keys {
		all = append(all, item(b))
	}
	if line := strings.Join(all, sep); lipgloss.Width(line) <= width || width <= 0 {
		return line
	}
	tail := ""
	if help >= 0 {
		tail = st.Accent.Render("?") + " " + st.Help.Render("keys")
	}
	// The screen's first key and the scroll key are kept whatever else goes: the first is what
	// the screen is for, and without the scroll key the rest of it is out of reach. "? keys" comes
	// next, then the others in their order while they fit.
	first := 0
	if first == scroll || first == help {
		first = -1
	}
	var kept []string
	used := 0
	for i, s := range all {
		if i == first || i == scroll {
			used += lipgloss.Width(s) + lipgloss.Width(sep)
		}
	}
	if tail != "" && used+lipgloss.Width(tail) > width {
		tail = st.Accent.Render("?") // the key alone, where its word does not fit
	}
	if tail != "" && used+lipgloss.Width(tail) > width {
		tail = ""
	}
	room := width - lipgloss.Width(tail)
	for i, s := range all {
		switch {
		case i == help:
			continue
		case i == first || i == scroll:
			kept = append(kept, s)
			continue
		}
		if w := lipgloss.Width(s) + lipgloss.Width(sep); used+w <= room {
			kept, used = append(kept, s), used+w
		}
	}
	if tail != "" {
		kept = append(kept, tail)
	}
	if line := strings.Join(kept, sep); lipgloss.Width(line) <= width {
		return line
	}
	return bareKeys(st, keys, help, width)
}

// bareKeys is the key line on a terminal too narrow for even two keys with their words: the keys
// alone, whole, as many as fit, "?" last.
func bareKeys(st kit.Styles, keys []key.Binding, help, width int) string {
	sep := st.Help.Render(" ")
	var kept []string
	used := 0
	if help >= 0 {
		used = 2
	}
	for i, b := range keys {
		s := st.Accent.Render(b.Help().Key)
		if i == help || used+lipgloss.Width(s)+1 > width {
			continue
		}
		kept, used = append(kept, s), used+lipgloss.Width(s)+1
	}
	if help >= 0 {
		kept = append(kept, st.Accent.Render("?"))
	}
	return kit.Clip(strings.Join(kept, sep), width)
}
