package kit

import (
	"fmt"

	tea "github.com/charmbracelet/bubbletea"

	"upright/exercises"
	"upright/session/profile"
	"upright/session/record"
)

// Storage calls that more than one screen makes run here, inside commands, and come back as
// messages; a screen's own loads live with the screen.

// ErrMsg carries a failure for the root to show on screen.
type ErrMsg struct{ Err error }

// Error is the failure's text.
func (e ErrMsg) Error() string { return e.Err.Error() }

// RoutinesMsg carries the saved routines.
type RoutinesMsg struct{ Saved []exercises.Routine }

// LoadRoutines reads the saved routines; with no database there are none.
func LoadRoutines(e *Env) tea.Cmd {
	st := e.Store
	if st == nil {
		return func() tea.Msg { return RoutinesMsg{} }
	}
	return func() tea.Msg {
		saved, err := st.SavedRoutines()
		if err != nil {
			return ErrMsg{fmt.Errorf("load saved routines: %w", err)}
		}
		return RoutinesMsg{Saved: saved}
	}
}

// CheckpointSavedMsg reports that the session so far reached the store.
type CheckpointSavedMsg struct{ Sets int }

// CheckpointFailedMsg reports that it did not; the next finished set tries again.
type CheckpointFailedMsg struct{ Err error }

// SaveCheckpoint keeps the session so far, so a crash or a closed terminal loses nothing done.
func SaveCheckpoint(e *Env, rec record.Record, routineTOML []byte) tea.Cmd {
	st := e.SessionWriter()
	if st == nil {
		return nil
	}
	return func() tea.Msg {
		if err := st.SaveCheckpoint(rec, routineTOML); err != nil {
			return CheckpointFailedMsg{Err: fmt.Errorf("save your set: %w", err)}
		}
		return CheckpointSavedMsg{Sets: rec.SetsDone()}
	}
}

// SavedMsg reports that a finished session reached the store (or, in a demonstration, would have).
type SavedMsg struct{ ID string }

// SaveFailedMsg reports that it did not; the root still holds the record.
type SaveFailedMsg struct {
	Err error
	ID  string
}

// SaveFinished stores a finished session.
func SaveFinished(e *Env, rec record.Record) tea.Cmd {
	st := e.SessionWriter()
	if st == nil {
		return func() tea.Msg { return SavedMsg{ID: rec.ID} }
	}
	return func() tea.Msg {
		if err := st.FinishSession(rec); err != nil {
			return SaveFailedMsg{Err: err, ID: rec.ID} // the store names what it was doing
		}
		return SavedMsg{ID: rec.ID}
	}
}

// ProfileSavedMsg reports that p reached the store; the root keeps it when it is the active one,
// then passes the message on to the screen.
type ProfileSavedMsg struct{ P profile.Profile }

// SaveProfile writes p; in a demonstration nothing is written, and the run carries on with p.
func SaveProfile(e *Env, p profile.Profile) tea.Cmd {
	st := e.Store
	if st == nil {
		return func() tea.Msg { return ProfileSavedMsg{P: p} }
	}
	return func() tea.Msg {
		if err := st.SaveProfile(p); err != nil {
			return ErrMsg{err} // the store names what it was doing
		}
		return ProfileSavedMsg{P: p}
	}
}
