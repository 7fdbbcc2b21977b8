package display

import (
	"fmt"
	"io"
	"os"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
)

type counter struct{ n int }

func (c counter) Init() tea.Cmd { return nil }
func (c counter) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if _, ok := msg.(tea.KeyMsg); ok {
		c.n++
	}
	return c, nil
}
func (c counter) View() string { return fmt.Sprintf("count %d\nbelow", c.n) }

// TestWrappedModelDrawsEachUpdate: the wrapper passes messages on, draws the view after each
// update once it knows the size, and hands back the model it wraps.
func TestWrappedModelDrawsEachUpdate(t *testing.T) {
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	term := &Terminal{out: w}
	var m tea.Model = term.Wrap(counter{})
	m, _ = m.Update(tea.KeyMsg{Type: tea.KeyEnter}) // no size yet: nothing drawn
	m, _ = m.Update(tea.WindowSizeMsg{Width: 12, Height: 3})
	m, _ = m.Update(tea.KeyMsg{Type: tea.KeyEnter})
	_ = w.Close()
	b, err := io.ReadAll(r)
	if err != nil {
		t.Fatal(err)
	}
	screen := newVT(12, 3)
	_, _ = screen.Write(b)
	if got := screen.String(); !strings.HasPrefix(got, "count 2     \nbelow") || len(screen.errors) > 0 {
		t.Errorf("screen after two keys:\n%s(errors %v)", got, screen.errors)
	}
	if m.View() != "" {
		t.Errorf("the wrapper's own view is %q, want nothing (the program runs without a renderer)", m.View())
	}
	if c, ok := Unwrap(m).(counter); !ok || c.n != 2 {
		t.Errorf("Unwrap gave %#v, want the counter at 2", Unwrap(m))
	}
}
