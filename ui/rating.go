package ui

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
)

// rating is a 0–10 answer: a digit sets it, ←/→ move it (→ reaches 10).
type rating struct{ value int }

func (r rating) update(k keyMap, msg tea.Msg) rating {
	km, ok := msg.(tea.KeyMsg)
	if !ok {
		return r
	}
	switch {
	case key.Matches(km, k.Digit):
		r.value = int(km.String()[0] - '0')
	case key.Matches(km, k.Lower):
		r.value = max(r.value-1, 0)
	case key.Matches(km, k.Higher):
		r.value = min(r.value+1, 10)
	}
	return r
}

// view draws the scale with the chosen value marked, and the value in words for screen readers.
func (r rating) view(s Styles, width int, low, high string) string {
	var b strings.Builder
	for i := 0; i <= 10; i++ {
		if i > 0 {
			b.WriteByte(' ')
		}
		if i == r.value {
			b.WriteString(s.Selected.Render(fmt.Sprintf("[%d]", i)))
		} else {
			b.WriteString(s.Muted.Render(fmt.Sprint(i)))
		}
	}
	scale := b.String()
	if width < 34 {
		scale = s.Selected.Render(fmt.Sprintf("‹ %d ›", r.value))
	}
	legend := s.Muted.Render(clip(fmt.Sprintf("0 = %s, 10 = %s", low, high), width))
	return scale + "\n" + legend + "\n" + s.Text.Render(fmt.Sprintf("Your answer: %d out of 10", r.value))
}

// yesNoView shows a yes/no answer with the current choice, "no" being the safe default.
func yesNoView(s Styles, yes bool) string {
	if yes {
		return s.Selected.Render("[yes]") + "  " + s.Muted.Render("no") + "   " + s.Muted.Render("y / n, enter to confirm")
	}
	return s.Muted.Render("yes") + "  " + s.Selected.Render("[no]") + "   " + s.Muted.Render("y / n, enter to confirm")
}
