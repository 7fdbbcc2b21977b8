package display

import tea "github.com/charmbracelet/bubbletea"

// drawn runs a model and draws its view on the terminal after every update. Its own View is
// empty: the program runs with tea.WithoutRenderer.
type drawn struct {
	inner tea.Model
	term  *Terminal
}

// Wrap returns m drawn on t; run it with tea.WithoutRenderer() and tea.WithInput(t.Input()).
func (t *Terminal) Wrap(m tea.Model) tea.Model { return drawn{inner: m, term: t} }

// Unwrap returns the model Wrap was given, from the model the program returned.
func Unwrap(m tea.Model) tea.Model {
	if d, ok := m.(drawn); ok {
		return d.inner
	}
	return m
}

// Init starts the model and asks for the window's size, which bubbletea does not send when it
// has no renderer.
func (d drawn) Init() tea.Cmd {
	size := func() tea.Msg { return d.term.Size() }
	return tea.Batch(d.inner.Init(), size)
}

func (d drawn) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if size, ok := msg.(tea.WindowSizeMsg); ok {
		d.term.screen.Resize(size.Width, size.Height)
	}
	next, cmd := d.inner.Update(msg)
	d.inner = next
	d.term.Draw(next.View())
	return d, cmd
}

func (d drawn) View() string { return "" }
