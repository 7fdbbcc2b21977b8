package main

import (
	"fmt"
	"sync"

	tea "github.com/charmbracelet/bubbletea"
)

// guard wraps the screens so that a bug in Update, View or a command ends the program in order
// (terminal restored, one line on stderr, exit 1) instead of bubbletea's recovery, which prints a
// stack trace over the patient's terminal. The sets already done are in the checkpoint: the next
// start offers them.
type guard struct {
	inner tea.Model
	state *guardState
}

// guardState is shared by every copy of the guard: View cannot return a changed model, and
// commands run on other goroutines.
type guardState struct {
	mu    sync.Mutex
	value any
	send  func(tea.Msg) // set once the program exists; tells the loop to quit after a View panic
}

// panicMsg carries a panic out of a command or a View to Update, which quits.
type panicMsg struct{}

func newGuard(m tea.Model) guard { return guard{inner: m, state: &guardState{}} }

// panicked returns the first recovered panic, or nil.
func (g guard) panicked() any {
	g.state.mu.Lock()
	defer g.state.mu.Unlock()
	return g.state.value
}

// record keeps the first panic and reports whether it was the first.
func (g guard) record(r any) bool {
	g.state.mu.Lock()
	defer g.state.mu.Unlock()
	if g.state.value != nil {
		return false
	}
	g.state.value = fmt.Sprint(r)
	return true
}

func (g guard) Init() (cmd tea.Cmd) {
	defer func() {
		if r := recover(); r != nil {
			g.record(r)
			cmd = tea.Quit
		}
	}()
	return g.wrap(g.inner.Init())
}

// Update passes the message on; after a panic it only waits for the quit it asked for.
func (g guard) Update(msg tea.Msg) (model tea.Model, cmd tea.Cmd) {
	if _, ok := msg.(panicMsg); ok || g.panicked() != nil {
		return g, tea.Quit
	}
	defer func() {
		if r := recover(); r != nil {
			g.record(r)
			model, cmd = g, tea.Quit
		}
	}()
	next, c := g.inner.Update(msg)
	g.inner = next
	return g, g.wrap(c)
}

// View draws the screens; after a panic it draws nothing, and the program is already quitting.
func (g guard) View() (view string) {
	if g.panicked() != nil {
		return ""
	}
	defer func() {
		if r := recover(); r != nil {
			view = ""
			if g.record(r) && g.state.send != nil {
				go g.state.send(panicMsg{}) // View runs on the event loop, which Send would block
			}
		}
	}()
	return g.inner.View()
}

// wrap makes a command report a panic as a message; a batch's commands are wrapped one by one.
func (g guard) wrap(cmd tea.Cmd) tea.Cmd {
	if cmd == nil {
		return nil
	}
	return func() (msg tea.Msg) {
		defer func() {
			if r := recover(); r != nil {
				g.record(r)
				msg = panicMsg{}
			}
		}()
		msg = cmd()
		if batch, ok := msg.(tea.BatchMsg); ok {
			wrapped := make(tea.BatchMsg, len(batch))
			for i, c := range batch {
				wrapped[i] = g.wrap(c)
			}
			return wrapped
		}
		return msg
	}
}
