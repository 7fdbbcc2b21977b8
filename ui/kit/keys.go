package kit

import (
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
)

// slot is where a key sits in the help: its place on the key line and its column in the full help.
// Keys that do the same kind of thing sit in the same place on every screen, whatever their label.
type slot int

const (
	slotEnter slot = iota
	slotSpace
	slotUp
	slotDown
	slotPause
	slotSkip
	slotBack
	slotEndNow
	slotUndo
	slotMoreRest
	slotLessRest
	slotSkipAll
	slotPain
	slotDigit
	slotLower
	slotHigher
	slotYes
	slotNo
	slotPresenter
	slotHelp
	slotQuit
	slotEscape
	slotForceQuit
	slotPeriod
	slotPrevItem
	slotNextItem
	slotPageUp
	slotPageDown
	slotAdjust
	slotAdd
	slotRemove
	slotMove
	slotSave
	slotExport
	slotChange
	slotRename
	slotEdit
	slotNextField
	slotPrevField
)

// shortOrder is the order of the key line.
var shortOrder = []slot{slotEnter, slotSpace, slotPause, slotSkip, slotBack, slotEndNow, slotUndo,
	slotMoreRest, slotLessRest, slotDigit, slotYes, slotNo, slotPeriod, slotPrevItem, slotNextItem,
	slotAdjust, slotAdd, slotRemove, slotMove, slotSave, slotExport, slotChange, slotRename, slotEdit,
	slotNextField, slotPrevField, slotUp, slotDown, slotEscape, slotHelp, slotQuit}

// fullColumns are the columns of the full help (?), each in its order.
var fullColumns = [][]slot{
	{slotEnter, slotSpace, slotUp, slotDown, slotEscape},
	{slotPause, slotSkip, slotBack, slotEndNow, slotSkipAll},
	{slotUndo, slotMoreRest, slotLessRest, slotPain, slotPresenter},
	{slotDigit, slotLower, slotHigher, slotYes, slotNo},
	{slotPeriod, slotPrevItem, slotNextItem, slotPageUp, slotPageDown},
	{slotAdjust, slotAdd, slotRemove, slotMove, slotSave, slotExport, slotChange},
	{slotRename, slotEdit, slotNextField, slotPrevField},
	{slotHelp, slotQuit, slotForceQuit},
}

// Key is one key binding with its help text, declared once by the screen that offers it. Its
// label never changes: a screen that says something else for the same key declares another Key.
type Key struct {
	b    key.Binding
	slot slot
}

func newKey(s slot, help, desc string, keys ...string) *Key {
	return &Key{b: key.NewBinding(key.WithKeys(keys...), key.WithHelp(help, desc)), slot: s}
}

// Binding is the key's bubbles binding, for help rendering.
func (k *Key) Binding() key.Binding { return k.b }

// The keys upright answers to: this file is the one table of them. The …Key functions make a key
// with a screen's own label; the variables below are keys with one label everywhere.

// EnterKey confirms or chooses.
func EnterKey(desc string) *Key { return newKey(slotEnter, "enter", desc, "enter") }

// SpaceKey counts, ticks or starts.
func SpaceKey(desc string) *Key { return newKey(slotSpace, "space", desc, " ") }

// PauseKey pauses or resumes the clock.
func PauseKey(desc string) *Key { return newKey(slotPause, "p", desc, "p") }

// SkipKey skips ahead: an exercise, a set or a countdown.
func SkipKey(desc string) *Key { return newKey(slotSkip, "n", desc, "n", "right") }

// DigitKey sets a rating, or marks a report.
func DigitKey(desc string) *Key {
	return newKey(slotDigit, "0-9 ←→", desc, "0", "1", "2", "3", "4", "5", "6", "7", "8", "9")
}

// YesKey answers yes.
func YesKey(desc string) *Key { return newKey(slotYes, "y", desc, "y") }

// NoKey answers no.
func NoKey(desc string) *Key { return newKey(slotNo, "n", desc, "n") }

// EscapeKey goes back or cancels.
func EscapeKey(desc string) *Key { return newKey(slotEscape, "esc", desc, "esc") }

// NextItemKey moves to the next item of a list shown one at a time.
func NextItemKey(desc string) *Key { return newKey(slotNextItem, "→/tab", desc, "right", "tab") }

// AddKey adds an item.
func AddKey(desc string) *Key { return newKey(slotAdd, "a", desc, "a") }

// RemoveKey removes an item.
func RemoveKey(desc string) *Key { return newKey(slotRemove, "x", desc, "x", "delete") }

// The keys whose label is the same wherever they are offered.
var (
	Rate      = DigitKey("rate")
	Yes       = YesKey("yes")
	No        = NoKey("no")
	Escape    = EscapeKey("back")
	Up        = newKey(slotUp, "↑", "up", "up", "k")
	Down      = newKey(slotDown, "↓", "down", "down", "j")
	Back      = newKey(slotBack, "b", "back", "b", "left")
	EndNow    = newKey(slotEndNow, "e", "end set", "e")
	Undo      = newKey(slotUndo, "u", "undo", "u", "backspace")
	MoreRest  = newKey(slotMoreRest, "+", "15s more", "+", "=")
	LessRest  = newKey(slotLessRest, "-", "15s less", "-", "_")
	SkipAll   = newKey(slotSkipAll, "s", "skip exercise", "s")
	Pain      = newKey(slotPain, "!", "report pain", "!")
	Lower     = newKey(slotLower, "←", "less", "left", "h")
	Higher    = newKey(slotHigher, "→", "more", "right", "l")
	Presenter = newKey(slotPresenter, "f", "big view", "f")
	Help      = newKey(slotHelp, "?", "help", "?")
	Quit      = newKey(slotQuit, "q", "quit", "q")
	ForceQuit = newKey(slotForceQuit, "ctrl+c", "quit now", "ctrl+c")
	Period    = newKey(slotPeriod, "1-4", "period", "1", "2", "3", "4")
	PrevItem  = newKey(slotPrevItem, "←", "previous", "left", "shift+tab")
	PageUp    = newKey(slotPageUp, "pgup", "page up", "pgup")
	PageDown  = newKey(slotPageDown, "pgdn", "page down", "pgdown")
	Adjust    = newKey(slotAdjust, "←→", "change", "left", "right", "h", "l", "-", "+")
	Move      = newKey(slotMove, "K/J", "move", "K", "J", "shift+up", "shift+down")
	Save      = newKey(slotSave, "w", "save", "w", "ctrl+s")
	Export    = newKey(slotExport, "o", "export", "o")
	Change    = newKey(slotChange, "e", "edit in the builder", "e")
	Rename    = newKey(slotRename, "r", "rename", "r")
	Edit      = newKey(slotEdit, "i", "intake", "i")
	NextField = newKey(slotNextField, "tab/↓", "next field", "tab", "down")
	PrevField = newKey(slotPrevField, "↑", "previous field", "shift+tab", "up")
)

// Keys is what a screen answers to in one state, with its help laid out once: a screen keeps one
// Keys value per state, so the key line costs nothing to look up on every frame.
type Keys struct {
	on    []*Key
	short []key.Binding
	full  [][]key.Binding
}

// On is the keys given, and help, quit and quit-now, which every screen offers unless it says not.
func On(keys ...*Key) Keys {
	return only(append(keys, Help, Quit, ForceQuit))
}

// Without is k less the keys given (a screen taking text gives up q and ?).
func (k Keys) Without(drop ...*Key) Keys {
	var keep []*Key
	for _, o := range k.on {
		if !contains(drop, o) {
			keep = append(keep, o)
		}
	}
	return only(keep)
}

func only(keys []*Key) Keys {
	k := Keys{on: keys}
	bySlot := map[slot]*Key{}
	for _, o := range keys {
		bySlot[o.slot] = o
	}
	for _, s := range shortOrder {
		if o, ok := bySlot[s]; ok {
			k.short = append(k.short, o.b)
		}
	}
	for _, col := range fullColumns {
		var group []key.Binding
		for _, s := range col {
			if o, ok := bySlot[s]; ok {
				group = append(group, o.b)
			}
		}
		if group != nil {
			k.full = append(k.full, group)
		}
	}
	return k
}

func contains(keys []*Key, k *Key) bool {
	for _, o := range keys {
		if o == k {
			return true
		}
	}
	return false
}

// Matches reports whether msg is one of the keys given that k offers: a key a screen does not
// offer in its state does nothing there.
func (k Keys) Matches(msg tea.KeyMsg, keys ...*Key) bool {
	for _, o := range keys {
		if contains(k.on, o) && key.Matches(msg, o.b) {
			return true
		}
	}
	return false
}

// ShortHelp is the key line, in help order.
func (k Keys) ShortHelp() []key.Binding { return k.short }

// FullHelp is the full help's columns.
func (k Keys) FullHelp() [][]key.Binding { return k.full }
