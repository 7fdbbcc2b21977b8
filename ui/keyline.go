package ui

import (
	"strings"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/lipgloss"

	"upright/ui/kit"
)

// scrollState is where a screen taller than the terminal is scrolled to, for its key line: the
// scroll key offers the way to what is out of view, never a way there is not.
type scrollState int

const (
	scrollNone   scrollState = iota // the screen fits, or a list follows its highlight with ↑/↓
	scrollBelow                     // more is below
	scrollBottom                    // at the bottom: only what is above is out of view
)

// scrollBinding is the key the key line offers for the scroll state, and false for none.
func scrollBinding(s scrollState) (key.Binding, bool) {
	switch s {
	case scrollBelow:
		return key.NewBinding(key.WithKeys("pgdown"), key.WithHelp("↓", "more")), true
	case scrollBottom:
		return key.NewBinding(key.WithKeys("pgup"), key.WithHelp("↑", "more")), true
	case scrollNone:
	}
	return key.Binding{}, false
}

// keyLine draws the key line in width cells, in one style at every width: "key word" entries
// joined by " • ", "? keys" last. It never cuts a key in half and never collapses to "…": when not
// every key fits, the screen's first key and the scroll key stay (their words dropped, the first
// key's first, only when even they would not fit), "? keys" (or "?") comes next, then the others
// in their order while they fit.
func keyLine(st kit.Styles, bindings []key.Binding, scroll scrollState, width int) string {
	var keys []key.Binding
	help, at := -1, -1
	for _, b := range bindings {
		if b.Help().Key == kit.Help.Binding().Help().Key {
			help = len(keys)
		}
		keys = append(keys, b)
	}
	if b, ok := scrollBinding(scroll); ok {
		at = min(1, len(keys))
		keys = append(keys[:at], append([]key.Binding{b}, keys[at:]...)...)
		if help >= at {
			help++
		}
	}
	sep := st.Help.Render(" • ")
	full := func(b key.Binding) string {
		return st.Accent.Render(b.Help().Key) + " " + st.Help.Render(b.Help().Desc)
	}
	all := make([]string, len(keys))
	for i, b := range keys {
		all[i] = full(b)
	}
	if line := strings.Join(all, sep); lipgloss.Width(line) <= width || width <= 0 {
		return line
	}
	// Which keys are kept, and in which form: the first (what the screen is for) and the scroll
	// key (without it the rest of the screen is out of reach) whatever else goes.
	kept := make([]string, len(keys))
	first := 0
	if first == at || first == help {
		first = -1
	}
	for _, i := range []int{first, at} {
		if i >= 0 {
			kept[i] = all[i]
		}
	}
	tail := ""
	if help >= 0 {
		tail = st.Accent.Render("?") + " " + st.Help.Render("keys")
	}
	width2 := func(extra string) int {
		n, parts := 0, 0
		for _, s := range kept {
			if s != "" {
				n, parts = n+lipgloss.Width(s), parts+1
			}
		}
		if extra != "" {
			n, parts = n+lipgloss.Width(extra), parts+1
		}
		return n + max(parts-1, 0)*lipgloss.Width(sep)
	}
	bare, least := st.Accent.Render("?"), ""
	if help >= 0 {
		least = bare
	}
	for _, i := range []int{first, at} {
		// Words go, the first key's first, only where the kept keys and "?" do not fit with them.
		if i >= 0 && width2(least) > width {
			kept[i] = st.Accent.Render(keys[i].Help().Key)
		}
	}
	if tail != "" && width2(tail) > width {
		tail = bare
	}
	if tail != "" && width2(tail) > width {
		tail = ""
	}
	for i, s := range all {
		if i == help || kept[i] != "" {
			continue
		}
		kept[i] = s
		if width2(tail) > width {
			kept[i] = ""
		}
	}
	var out []string
	for _, s := range kept {
		if s != "" {
			out = append(out, s)
		}
	}
	if tail != "" {
		out = append(out, tail)
	}
	return kit.Clip(strings.Join(out, sep), width)
}
