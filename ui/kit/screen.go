package kit

import (
	tea "github.com/charmbracelet/bubbletea"

	"upright/session/record"
)

// Screen is one screen of upright. The root shows one at a time, passes it every message it does
// not handle itself, and draws its view above the key line built from its keys.
type Screen interface {
	// Update handles a message and returns the screen as it is now. A screen never changes
	// another: it returns a nav message and the root moves.
	Update(msg tea.Msg) (Screen, tea.Cmd)
	// View draws the screen in width × height cells, from its fields alone.
	View(width, height int) string
	// Keys is what the screen answers to in its state, with the help for it. It is asked on
	// every frame: return a value built once, not a new one.
	Keys() Keys
	// Typing reports that the screen takes free text, where every printable key is input
	// (the root then leaves ? alone).
	Typing() bool
}

// Ender is a screen holding work that must not be lost when the program stops at once (ctrl+c,
// a signal): End closes it and returns the record to keep, or nil.
type Ender interface {
	End() *record.Record
}

// CoverMsg tells the screen showing that the root laid something over it (On: the help) or took
// it away, so a running clock stops while the person cannot see it.
type CoverMsg struct{ On bool }

// Hangup is what the root asks of an Ender when the terminal went away (SIGHUP) or the program
// was told to stop (SIGTERM), rather than a person quitting: Suspend leaves the work resumable and
// returns what to keep as finished, or nil when the stored checkpoint already holds it.
type Hangup interface {
	Suspend() *record.Record
}

// SuspendMsg tells the screen showing that upright is about to be put in the shell's background
// (ctrl+z): a running clock pauses, and stays paused when it comes back.
type SuspendMsg struct{}

// Focused is a screen with a part that must stay in view, such as a list's highlighted item: the
// root scrolls a view taller than the terminal so that lines top to bottom of View(width, height)
// show, and its more-above and more-below marks say what is out of view. ok is false when nothing
// needs following in the screen's present state.
type Focused interface {
	Focus(width, height int) (top, bottom int, ok bool)
}
