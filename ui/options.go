// Package ui is upright's terminal interface: one root model that routes between small screen
// models, each answering to the keys in keys.go and drawn with the styles in styles.go. It reaches
// storage only through the Storage interface, and reads the time only through Options.Now.
package ui

import (
	"crypto/rand"
	"encoding/hex"
	"io"
	"os"
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
	DiscardCheckpoint(profile string) error
	KeepInterrupted(profile string, now time.Time) error
	RecentSessions(profile string, limit int) ([]record.Record, error)
	// SessionsPage lists at most limit sessions that started before before (zero: no bound),
	// newest first: the history screen pages through years with it instead of loading them all.
	SessionsPage(profile string, before time.Time, limit int) ([]record.Record, error)
	// SessionsSince lists every session that started at or after since (zero: all), newest first.
	SessionsSince(profile string, since time.Time) ([]record.Record, error)
	// SessionsBetween lists the sessions that started in [since, until) (zero since: from the
	// first), newest first: the older part of a longer period, when the newer part is loaded.
	SessionsBetween(profile string, since, until time.Time) ([]record.Record, error)
	SavedRoutines() ([]exercises.Routine, error)
	MarkFirstRunDone(profile string) error
	// SaveRoutine stores a routine file's source, as `upright routine add` does, and returns
	// the routine it says.
	SaveRoutine(src []byte) (exercises.Routine, error)
	// ExportRoutine writes a routine file at path atomically: the whole file or none of it.
	ExportRoutine(path string, src []byte) error
	// Profiles lists every profile by name; CreateProfile fails when the name is taken.
	Profiles() ([]sessionprofile.Profile, error)
	CreateProfile(name string, now time.Time) (sessionprofile.Profile, error)
	// SaveProfile replaces a profile's data, keeping what the store knows and the screens do not.
	SaveProfile(p sessionprofile.Profile) error
	RenameProfile(oldName, newName string) error
	// DeleteProfile erases a profile with its sessions and intake.
	DeleteProfile(name string) error
	SetLastProfile(name string) error
}

// Resumable is an unfinished session found at start, with the routine it followed.
type Resumable struct {
	Record  record.Record
	Routine exercises.Routine
}

// Options configure the app. The zero value of every field but Store is usable.
type Options struct {
	// Store is the database; nil runs without saving anything (as --demo does).
	Store   Storage
	Profile string
	// ProfileData is the active profile's prescription, intake and program; switching profiles
	// replaces it. The zero value is a profile with none of them.
	ProfileData sessionprofile.Profile
	// FirstRun shows the welcome and safety screen first.
	FirstRun bool
	// Resume is an unfinished session to offer before anything else.
	Resume *Resumable
	// Routine, when set, skips home and the picker: the check-in comes first.
	Routine *exercises.Routine
	Demo    bool
	Quiet   bool
	Voice   bool
	// AgeBand ("70-79") lets the stance test show its norm.
	AgeBand string
	// Now is the clock; tests set it.
	Now func() time.Time
	// Bell receives the terminal bell; nil writes to standard output.
	Bell io.Writer
	// Speak says a cue aloud; nil finds the system's speech program when Voice is set.
	Speak func(text string)
	// Notice is shown once on the first screen (such as --voice finding no speech program).
	Notice string
	// NewID names a new session.
	NewID func() string
	// After schedules a message after a delay; tea.Tick by default. Tests pass one that moves a
	// fake clock forward instead of waiting, so whole sessions run in milliseconds.
	After func(d time.Duration, msg tea.Msg) tea.Cmd
}

func (o *Options) fillDefaults() {
	if o.Now == nil {
		o.Now = time.Now
	}
	if o.Profile == "" {
		o.Profile = "default"
	}
	if o.Bell == nil {
		o.Bell = os.Stdout
	}
	if o.NewID == nil {
		o.NewID = randomID
	}
	if o.Demo {
		o.Store = nil
	}
	if o.After == nil {
		o.After = func(d time.Duration, msg tea.Msg) tea.Cmd {
			return tea.Tick(d, func(time.Time) tea.Msg { return msg })
		}
	}
}

func randomID() string {
	var b [8]byte
	if _, err := rand.Read(b[:]); err != nil {
		return "session"
	}
	return hex.EncodeToString(b[:])
}
