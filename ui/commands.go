package ui

import (
	"fmt"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"upright/exercises"
	"upright/session/record"
)

// Storage calls run here, inside commands, and come back as messages.

type homeDataMsg struct {
	recent []record.Record
}

type routinesMsg struct{ saved []exercises.Routine }

// savedMsg reports that a finished session reached the store.
type savedMsg struct{ id string }

// checkpointSavedMsg reports that the session so far reached the store.
type checkpointSavedMsg struct{ sets int }

// saveFailedMsg keeps the data to save: the screen shows the error and tries again.
type saveFailedMsg struct {
	err error
	rec record.Record
}

// loadHome loads the last session, and this week and today's routine (hometoday.go).
func loadHome(e *env) tea.Cmd {
	return tea.Batch(loadHomeData(e), loadToday(e))
}

func loadHomeData(e *env) tea.Cmd {
	st, profile := e.opts.Store, e.opts.Profile
	if st == nil {
		return nil
	}
	return func() tea.Msg {
		recent, err := st.RecentSessions(profile, 1)
		if err != nil {
			return errMsg{fmt.Errorf("load last session: %w", err)}
		}
		return homeDataMsg{recent: recent}
	}
}

// weekStart is the Monday 00:00 of now's week, in now's own location (the person's calendar).
func weekStart(now time.Time) time.Time {
	y, mo, d := now.Date()
	day := time.Date(y, mo, d, 0, 0, 0, 0, now.Location())
	offset := (int(day.Weekday()) + 6) % 7
	return day.AddDate(0, 0, -offset)
}

func loadRoutines(e *env) tea.Cmd {
	st := e.opts.Store
	if st == nil {
		return func() tea.Msg { return routinesMsg{} }
	}
	return func() tea.Msg {
		saved, err := st.SavedRoutines()
		if err != nil {
			return errMsg{fmt.Errorf("load saved routines: %w", err)}
		}
		return routinesMsg{saved: saved}
	}
}

// sessionWriter is where a session's sets are saved: nowhere in a demonstration, which can be
// switched on from home with a database open.
func (e *env) sessionWriter() Storage {
	if e.opts.Demo {
		return nil
	}
	return e.opts.Store
}

func saveCheckpoint(e *env, rec record.Record, routineTOML []byte) tea.Cmd {
	st := e.sessionWriter()
	if st == nil {
		return nil
	}
	return func() tea.Msg {
		if err := st.SaveCheckpoint(rec, routineTOML); err != nil {
			return saveFailedMsg{err: fmt.Errorf("save your set: %w", err), rec: rec}
		}
		return checkpointSavedMsg{sets: rec.SetsDone()}
	}
}

func saveFinished(e *env, rec record.Record) tea.Cmd {
	st := e.sessionWriter()
	if st == nil {
		return func() tea.Msg { return savedMsg{id: rec.ID} }
	}
	return func() tea.Msg {
		if err := st.FinishSession(rec); err != nil {
			return saveFailedMsg{err: fmt.Errorf("save the session: %w", err), rec: rec}
		}
		return savedMsg{id: rec.ID}
	}
}

func markFirstRun(e *env) tea.Cmd {
	st, profile := e.opts.Store, e.opts.Profile
	if st == nil {
		return nil
	}
	return func() tea.Msg {
		if err := st.MarkFirstRunDone(profile); err != nil {
			return errMsg{fmt.Errorf("remember the welcome was seen: %w", err)}
		}
		return nil
	}
}

// resolveCheckpoint keeps an unfinished session as interrupted, or discards it.
func resolveCheckpoint(e *env, keep bool) tea.Cmd {
	st, profile, now := e.opts.Store, e.opts.Profile, e.now()
	if st == nil {
		return navigate(navMsg{to: screenHome})
	}
	return func() tea.Msg {
		var err error
		if keep {
			err = st.KeepInterrupted(profile, now)
		} else {
			err = st.DiscardCheckpoint(profile)
		}
		if err != nil {
			return errMsg{fmt.Errorf("resolve the unfinished session: %w", err)}
		}
		return navMsg{to: screenHome}
	}
}
