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
	help := -1
	for _, b := range bindings {
		if b.Help().Key == kit.Help.Binding().Help().Key {
			help = len(keys)
		}
		keys = append(keys, b)
	}
	if scrolls {
		at := min(1, len(keys))
		scroll := key.NewBinding(key.WithKeys("pgdown"), key.WithHelp("↑↓ pgdn", "scroll"))
		keys = append(keys[:at], append([]key.Binding{scroll}, keys[at:]...)...)
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
		tail = st.Accent.Render("?") + " " + st.Help.Render("all keys")
	}
	room := width - lipgloss.Width(tail)
	if tail != "" {
		room -= lipgloss.Width(sep)
	}
	var kept []string
	used := 0
	for i, s := range all {
		if i == help {
			continue
		}
		w := lipgloss.Width(s)
		if len(kept) > 0 {
			w += lipgloss.Width(sep)
		}
		if used+w > room {
			continue
		}
		kept, used = append(kept, s), used+w
	}
	if tail != "" {
		kept = append(kept, tail)
	}
	return kit.Clip(strings.Join(kept, sep), width)
}
