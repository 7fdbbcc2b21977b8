package kit

import (
	"io"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"upright/exercises"
	sessionprofile "upright/session/profile"
	"upright/session/record"
)

// Storage is what the screens need from the database. *store.Store is adapted to it in main;
// tests use a fake. Every call runs inside a tea.Cmd, never in Update or View.
type Storage interface {
	SaveCheckpoint(rec record.Record, routineTOML []byte) error
	FinishSession(rec record.Record) error
	// ResolveCheckpoint ends a profile's unfinished session the way the person chose instead of
	// resuming it: discarded, or kept as an interrupted session (at now) with what was done.
	ResolveCheckpoint(profile string, fate CheckpointFate, now time.Time) error
	// Sessions lists a profile's finished sessions that match q, newest first. It is the one
	// read of history the screens have: the last session, a page of history, a period's scan.
	Sessions(profile string, q SessionQuery) ([]record.Record, error)
	SavedRoutines() ([]exercises.Routine, error)
	// SaveRoutine stores a routine built on screen for its owner, or as a change of the saved
	// routine it replaces, and returns the routine it says.
	SaveRoutine(save RoutineSave) (exercises.Routine, error)
	// ExportRoutine writes a routine file at path atomically: the whole file or none of it.
	ExportRoutine(path string, src []byte) error
	MarkFirstRunDone(profile string) error
	// Profiles lists every profile by name.
	Profiles() ([]sessionprofile.Profile, error)
	// UseProfile makes name the profile in use, the one the next start opens on, and returns it
	// as stored. With create it makes the profile first, and fails when the name is taken.
	UseProfile(name string, create bool, now time.Time) (sessionprofile.Profile, error)
	// SaveProfile replaces a profile's data, keeping what the store knows and the screens do not.
	SaveProfile(p sessionprofile.Profile) error
	RenameProfile(oldName, newName string) error
	// DeleteProfile erases a profile with its sessions and intake.
	DeleteProfile(name string) error
}

// CheckpointFate is what becomes of an unfinished session the person chose not to resume.
type CheckpointFate int

const (
	// DiscardCheckpoint deletes it: nothing of it is stored.
	DiscardCheckpoint CheckpointFate = iota
	// KeepInterrupted stores it as an interrupted session with the sets that were done.
	KeepInterrupted
)

// SessionQuery bounds a read of sessions. Zero fields do not bound it.
type SessionQuery struct {
	Since time.Time // started at or after
	Until time.Time // started before
	Limit int       // at most this many, the newest
}

// Active is the part of the run that changes while it lasts: whose profile is open and whether
// this is a demonstration. Only the root changes it, on messages; screens read a copy.
type Active struct {
	// Profile names the active profile; Data is its prescription, intake and program (the zero
	// value when none is loaded).
	Profile string
	Data    sessionprofile.Profile
	// AgeBand ("70-79") lets the stance test show its norm.
	AgeBand string
	// Demo is a demonstration: nothing is saved from now on.
	Demo bool
}

// Env is what every screen shares: what was fixed at startup, the styles, the terminal's size,
// and a view of the active state.
type Env struct {
	// Store is the database; nil when started as a demonstration, with nothing to read.
	Store Storage
	Now   func() time.Time
	NewID func() string
	// After schedules a message after a delay (tea.Tick, or a fake clock in tests).
	After func(d time.Duration, msg tea.Msg) tea.Cmd
	Bell  io.Writer
	Speak func(text string)
	Quiet bool
	Voice bool
	// Clinic is the clinic server's view of every patient, on a therapist's connection; else nil.
	Clinic Clinic
	// Locked keeps the run on the active profile: screens offer no way to another profile.
	Locked bool
	// Routine is the routine named at startup, which the welcome leads to.
	Routine *exercises.Routine
	Styles  Styles
	// Loc is the person's time zone, read once, so views show local times without the clock.
	Loc *time.Location
	// Width and Height are the terminal's last size, for screens that scroll by a page; the root
	// sets them.
	Width, Height int

	active func() Active
}

// WithActive sets where the env reads the active state from: the root's own copy, which only the
// root writes.
func (e *Env) WithActive(read func() Active) *Env {
	e.active = read
	return e
}

// Active is the active state as the root holds it now.
func (e *Env) Active() Active {
	if e.active == nil {
		return Active{}
	}
	return e.active()
}

// SessionWriter is where a session's sets are saved: nowhere in a demonstration, which can be
// switched on from home with a database open.
func (e *Env) SessionWriter() Storage {
	if e.Active().Demo {
		return nil
	}
	return e.Store
}
