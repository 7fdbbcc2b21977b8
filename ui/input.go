package ui

import (
	tea "github.com/charmbracelet/bubbletea"

	"upright/ui/kit"
)

// presses splits keys that arrived in one read: bubbletea v1 hands every printable character of
// a read to the program as one message, so "yy" typed fast (or a held key) would be one unknown
// key, and "up" typed into a form would read as the ↑ key. Each character is its own press.
// A paste stays whole: it is text, not presses.
func presses(msg tea.Msg) []tea.KeyMsg {
	km, ok := msg.(tea.KeyMsg)
	if !ok || km.Type != tea.KeyRunes || km.Paste || len(km.Runes) < 2 {
		return nil
	}
	out := make([]tea.KeyMsg, len(km.Runes))
	for i, r := range km.Runes {
		out[i] = tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune{r}, Alt: km.Alt}
	}
	return out
}

// each delivers keys one after the other, as separate presses.
func (m Model) each(keys []tea.KeyMsg) (tea.Model, tea.Cmd) {
	var cmds []tea.Cmd
	var next tea.Model = m
	for _, k := range keys {
		var cmd tea.Cmd
		next, cmd = next.Update(k)
		cmds = append(cmds, cmd)
	}
	return next, tea.Batch(cmds...)
}

// resumedMsg comes when upright is brought back from the shell's background.
type resumedMsg struct{}

// suspend stops the program for ctrl+z the way a shell expects. The screen hears first, so a
// running step is paused before the process stops and is still paused when it comes back.
func (m Model) suspend() (tea.Model, tea.Cmd) {
	next, cmd := m.forward(kit.SuspendMsg{})
	stop := m.st.suspend
	return next, tea.Sequence(cmd, func() tea.Msg { stop(); return resumedMsg{} })
}
