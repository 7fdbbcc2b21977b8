package kit

import (
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
)

// The scroll keys: the root scrolls a screen taller than the terminal with them, and with
// PageUp and PageDown, wherever the screen does not answer to the key itself (a list's ↑/↓).
var (
	ScrollUp   = newKey(slotUp, "↑", "scroll", "up")
	ScrollDown = newKey(slotDown, "↓", "scroll", "down")
)

// Answers reports whether any key k offers matches msg: the root scrolls with ↑/↓ only where the
// screen does not use them.
func (k Keys) Answers(msg tea.KeyMsg) bool {
	for _, o := range k.on {
		if key.Matches(msg, o.b) {
			return true
		}
	}
	return false
}

// PrevQuestion goes back one question where ← has no other use (a yes/no question, a list).
var PrevQuestion = newKey(slotEscape, "esc/←", "previous question", "esc", "left")
