package kit

import (
	"slices"
	"testing"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
)

func labels(bs []key.Binding) []string {
	var out []string
	for _, b := range bs {
		out = append(out, b.Help().Key+" "+b.Help().Desc)
	}
	return out
}

// The help lays keys out by what they do, whatever order a screen lists them in.
func TestKeysLayOutTheHelpBySlot(t *testing.T) {
	k := On(Escape, Up, EnterKey("go"))
	if got, want := labels(k.ShortHelp()), []string{"enter go", "↑ up", "esc back", "? help", "q quit"}; !slices.Equal(got, want) {
		t.Errorf("key line %q, want %q", got, want)
	}
	var cols [][]string
	for _, c := range k.FullHelp() {
		cols = append(cols, labels(c))
	}
	want := [][]string{{"enter go", "↑ up", "esc back"}, {"? help", "q quit", "ctrl+c quit now"}}
	if !slices.EqualFunc(cols, want, slices.Equal) {
		t.Errorf("full help %q, want %q (empty columns left out)", cols, want)
	}
}

// A key not offered in a state does nothing there, even when another offered key shares it.
func TestKeysMatchOnlyWhatIsOffered(t *testing.T) {
	n := tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("n")}
	skip := SkipKey("skip")
	k := On(No)
	if !k.Matches(n, No) || k.Matches(n, skip) {
		t.Errorf("n with only No offered: No %v, Skip %v", k.Matches(n, No), k.Matches(n, skip))
	}
	q := tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("q")}
	if !k.Matches(q, Quit) || k.Without(Quit).Matches(q, Quit) {
		t.Error("q must match where quit is offered and nowhere else")
	}
	if got := labels(k.Without(Quit, Help).ShortHelp()); !slices.Equal(got, []string{"n no"}) {
		t.Errorf("without q and ?, the key line is %q", got)
	}
}

// Two screens' keys on the same binding keep their own labels: nothing is relabelled, so no
// label passes from one screen to the next.
func TestKeyLabelsStayWithTheirScreen(t *testing.T) {
	start := On(EnterKey("start"))
	home := On(EnterKey("home"))
	if start.ShortHelp()[0].Help().Desc != "start" || home.ShortHelp()[0].Help().Desc != "home" {
		t.Errorf("labels %q and %q, want start and home", labels(start.ShortHelp()), labels(home.ShortHelp()))
	}
}
