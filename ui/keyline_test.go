package ui

import (
	"strings"
	"testing"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/x/ansi"

	"upright/ui/kit"
)

// lastLine is a view's key line, its styles stripped.
func lastLine(view string) string {
	lines := strings.Split(view, "\n")
	return ansi.Strip(lines[len(lines)-1])
}

// The key line keeps one style at every width ("key word" entries joined by " • ", "?" last),
// offers the scroll key that leads to what is out of view, and never cuts a key.
func TestKeyLineRules(t *testing.T) {
	b := func(k, word string) key.Binding { return key.NewBinding(key.WithKeys(k), key.WithHelp(k, word)) }
	keys := []key.Binding{b("enter", "confirm"), b("y", "yes"), b("n", "no"), kit.Help.Binding()}
	st := kit.DefaultStyles()
	for _, tc := range []struct {
		name   string
		scroll scrollState
		width  int
		want   string
	}{
		{"all fit", scrollNone, 80, "enter confirm • y yes • n no • ? help"},
		{"more below", scrollBelow, 80, "enter confirm • ↓ more • y yes • n no • ? help"},
		{"at the bottom", scrollBottom, 80, "enter confirm • ↑ more • y yes • n no • ? help"},
		{"narrow: first and scroll kept", scrollBelow, 40, "enter confirm • ↓ more • y yes • ? keys"},
		{"31 columns", scrollBelow, 31, "enter confirm • ↓ more • ? keys"},
		{"30 columns: ? without its word", scrollBelow, 30, "enter confirm • ↓ more • ?"},
		{"20 columns: the first key's word goes first", scrollBelow, 20, "enter • ↓ more • ?"},
		{"20 columns, nothing to scroll", scrollNone, 20, "enter confirm • ?"},
		{"13 columns", scrollBelow, 13, "enter • ↓ • ?"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := ansi.Strip(keyLine(st, keys, tc.scroll, tc.width))
			if got != tc.want {
				t.Errorf("got  %q\nwant %q", got, tc.want)
			}
			if ansi.StringWidth(got) > tc.width || strings.Contains(got, "…") {
				t.Errorf("%q is wider than %d or cut", got, tc.width)
			}
		})
	}
}
