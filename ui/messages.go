package ui

import (
	tea "github.com/charmbracelet/bubbletea"

	"upright/exercises"
	sessionprofile "upright/session/profile"
	sessionrecord "upright/session/record"
)

// navMsg asks the root to move to another screen, carrying what that screen needs.
type navMsg struct {
	to      screenID
	routine *exercises.Routine
	checkin sessionrecord.Checkin
	advice  sessionrecord.Advice
	record  *sessionrecord.Record
	resume  *Resumable
	// save is a finished record to keep: the root holds it until the store confirms it.
	save *sessionrecord.Record
	// profile is the profile the intake form edits; after is where the readiness questions lead.
	profile *sessionprofile.Profile
	after   *navMsg
}

func navigate(msg navMsg) tea.Cmd { return func() tea.Msg { return msg } }

// shutdownMsg is sent by main's signal handler (SIGTERM, SIGHUP, SIGINT).
type shutdownMsg struct{}

// Shutdown is the message main sends when a signal asks upright to stop.
func Shutdown() tea.Msg { return shutdownMsg{} }

// errMsg carries a failure to show on screen.
type errMsg struct{ err error }

func (e errMsg) Error() string { return e.err.Error() }
