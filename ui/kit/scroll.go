package kit

import (
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
)

// The scroll keys: the root offers them on every screen taller than the terminal. ↑/↓ go to a
// screen that answers to them itself (a list); pgup/pgdn always scroll.
var (
	ScrollUp   = newKey(slotUp, "↑", "scroll", "up")
	ScrollDown = newKey(slotDown, "↓", "scroll", "down")
	ScrollKeys = []*Key{PageDown, PageUp, ScrollUp, ScrollDown}
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

// Offers reports whether k holds o.
func (k Keys) Offers(o *Key) bool { return contains(k.on, o) }

// PrevQuestion goes back one question where ← has no other use (a yes/no question, a list).
var PrevQuestion = newKey(slotEscape, "esc/←", "previous question", "esc", "left")
