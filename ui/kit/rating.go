package kit

import (
	"fmt"
	"strings"

	tea "github.com/charmbracelet/bubbletea"
)

// Rating is a 0–10 answer: a digit sets it, ←/→ move it (→ reaches 10).
type Rating struct{ Value int }

// Update takes the rating keys (Rate, Lower, Higher) that keys offers.
func (r Rating) Update(keys Keys, msg tea.Msg) Rating {
	km, ok := msg.(tea.KeyMsg)
	if !ok {
		return r
	}
	switch {
	case keys.Matches(km, Rate):
		r.Value = int(km.String()[0] - '0')
	case keys.Matches(km, Lower):
		r.Value = max(r.Value-1, 0)
	case keys.Matches(km, Higher):
		r.Value = min(r.Value+1, 10)
	}
	return r
}

// Answer turns y/n (Yes, No), when keys offers them, into a yes/no answer, leaving it as it was for other keys.
func Answer(keys Keys, km tea.KeyMsg, current bool) bool {
	switch {
	case keys.Matches(km, Yes):
		return true
	case keys.Matches(km, No):
		return false
	}
	return current
}

// View draws the scale with the chosen value marked, and the value in words for screen readers.
func (r Rating) View(s Styles, width int, low, high string) string {
	var b strings.Builder
	for i := 0; i <= 10; i++ {
		if i > 0 {
			b.WriteByte(' ')
		}
		if i == r.Value {
			b.WriteString(s.Selected.Render(fmt.Sprintf("[%d]", i)))
		} else {
			b.WriteString(s.Muted.Render(fmt.Sprint(i)))
		}
	}
	scale := b.String()
	if width < 34 {
		scale = s.Selected.Render(fmt.Sprintf("‹ %d ›", r.Value))
	}
	// The legend and the answer wrap on a narrow terminal: what the ends of the scale mean is
	// part of the question, never cut.
	legend := Paragraph(s.Muted, fmt.Sprintf("0 = %s, 10 = %s", low, high), width)
	return scale + "\n" + legend + "\n" + Paragraph(s.Text, fmt.Sprintf("Your answer: %d out of 10", r.Value), width)
}

// yesNoHint is short enough for the narrowest terminal upright draws on: y and n answer at once
// wherever a yes/no question is asked.
const yesNoHint = "y / n to answer"

// YesNoView shows a yes/no answer with the current choice, "no" being the safe default.
func YesNoView(s Styles, yes bool) string {
	if yes {
		return s.Selected.Render("[yes]") + "  " + s.Muted.Render("no") + "\n" + s.Muted.Render(yesNoHint)
	}
	return s.Muted.Render("yes") + "  " + s.Selected.Render("[no]") + "\n" + s.Muted.Render(yesNoHint)
}
