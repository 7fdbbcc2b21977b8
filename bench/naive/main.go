// Command naive is a naive bubbletea countdown, for context in the UI benchmark: the bubbles timer
// component at its default one-second interval and bubbletea's default renderer, with no attention
// paid to when the display changes.
package main

import (
	"fmt"
	"os"
	"strconv"
	"time"

	"github.com/charmbracelet/bubbles/timer"
	tea "github.com/charmbracelet/bubbletea"
)

type model struct {
	timer timer.Model
	total time.Duration
	done  bool
}

func (m model) Init() tea.Cmd { return m.timer.Init() }

func (m model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case timer.TimeoutMsg:
		m.done = true
		return m, nil
	case tea.KeyMsg:
		if msg.String() == "ctrl+c" {
			return m, tea.Quit
		}
	}
	var cmd tea.Cmd
	m.timer, cmd = m.timer.Update(msg)
	return m, cmd
}

func (m model) View() string {
	if m.done {
		return "Check-out\n"
	}
	s := int(m.timer.Timeout / time.Second)
	t := int(m.total / time.Second)
	return fmt.Sprintf("%d:%02d left of %d:%02d\n", s/60, s%60, t/60, t%60)
}

func main() {
	secs := 30
	if len(os.Args) > 1 {
		if n, err := strconv.Atoi(os.Args[1]); err == nil && n > 0 {
			secs = n
		}
	}
	total := time.Duration(secs) * time.Second
	if _, err := tea.NewProgram(model{timer: timer.New(total), total: total}, tea.WithAltScreen()).Run(); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
