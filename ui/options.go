package ui

import (
	"crypto/rand"
	"encoding/hex"
	"io"
	"os"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"upright/exercises"
	"upright/session/profile"
	"upright/session/record"
	"upright/ui/kit"
)

// Storage is what the screens need from the database; main adapts *store.Store to it.
type Storage = kit.Storage

// SessionQuery bounds Storage.Sessions.
type SessionQuery = kit.SessionQuery

// RoutineSave is a routine for Storage.SaveRoutine: source, owner, and the id it replaces.
type RoutineSave = kit.RoutineSave

// CheckpointFate is what Storage.ResolveCheckpoint does with an unfinished session.
type CheckpointFate = kit.CheckpointFate

// The fates of an unfinished session, as kit names them.
const (
	DiscardCheckpoint = kit.DiscardCheckpoint
	KeepInterrupted   = kit.KeepInterrupted
)

// Resumable is an unfinished session found at start, with the routine it followed.
type Resumable struct {
	Record  record.Record
	Routine exercises.Routine
	// Owner is the profile the session belongs to when it is not the one opening; resuming it
	// makes that profile the active one.
	Owner *profile.Profile
}

// Options configure the app. They are read once, by New: what changes while the program runs
// (the active profile, demonstration mode) the root model keeps, and changes on messages. The
// zero value of every field but Store is usable.
type Options struct {
	// Store is the database; nil runs without saving anything (as --demo does).
	Store   Storage
	Profile string
	// Locked keeps the run on Profile: no profile list, no switching, no routine builder (a
	// patient's own connection to the clinic server, where the others are not theirs to see).
	Locked bool
	// Clinic, on a therapist's connection to the clinic server, makes the dashboard of every
	// patient the first screen and the one Home leads to.
	Clinic kit.Clinic
	// ProfileData is the active profile's prescription, intake and program at start. The zero
	// value is a profile with none of them.
	ProfileData profile.Profile
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
	// Suspend puts upright in the shell's background (ctrl+z) and returns when it is brought
	// back; nil where there is no shell to return to (a remote session), and ctrl+z does nothing.
	Suspend func()
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

// env is the screens' shared context, built once from the options.
func (o Options) env() *kit.Env {
	return &kit.Env{Store: o.Store, Now: o.Now, NewID: o.NewID, After: o.After, Bell: o.Bell, Speak: o.Speak,
		Quiet: o.Quiet, Voice: o.Voice, Locked: o.Locked, Clinic: o.Clinic, Routine: o.Routine, Styles: kit.DefaultStyles(), Loc: o.Now().Location()}
}

func randomID() string {
	var b [8]byte
	if _, err := rand.Read(b[:]); err != nil {
		return "session"
	}
	return hex.EncodeToString(b[:])
}
