package main

import (
	"errors"
	"fmt"
	"slices"
	"sync"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"upright/exercises"
	sessionprofile "upright/session/profile"
	"upright/session/record"
	"upright/store"
	"upright/ui"
)

// A patient's interactive session over SSH: the same screens as on their own machine, on their
// own profile only. The screens are locked (ui.Options.Locked) and, underneath, so is the
// storage they are given: whatever a screen asks, nothing of another profile reaches it.

// runPatient runs the app for the patient's own profile on the session's terminal.
func runPatient(rs remoteSession) int {
	return rs.runScreens(func() (ui.Options, error) {
		opts, err := patientOptions(rs.Store, rs.Profile)
		opts.After = rs.act.after
		if s, ok := opts.Store.(patientStorage); ok {
			s.observe = rs.act.observe
			opts.Store = s
		}
		return opts, err
	})
}

// runScreens runs the app with the options made by opts on the session's terminal, and returns
// the session's exit status.
func (rs remoteSession) runScreens(opts func() (ui.Options, error)) int {
	term, giveBack, err := rs.Terminal()
	if err != nil {
		fmt.Fprintln(rs.sess.Stderr(), "upright: "+err.Error())
		return exitUsage
	}
	var once sync.Once
	done := func() { once.Do(giveBack) }
	defer done()
	o, err := opts()
	if err == nil {
		err = runOn(term, o, rs.Store, rs.stopOn)
	}
	var coded exitCodeError
	switch {
	case errors.As(err, &coded):
		return coded.code
	case err != nil:
		done() // the client's screen back first, so the line is read on a clean terminal
		fmt.Fprintln(rs.sess.Stderr(), "upright: "+oneLineErr(err))
		return exitError
	}
	return exitOK
}

// patientOptions are the app's options for a patient's own profile, locked to it.
func patientOptions(st *store.Store, own string) (ui.Options, error) {
	opts := ui.Options{Profile: own, Locked: true, Now: now}
	p, err := st.Profile(own)
	if err != nil {
		return opts, err
	}
	err = openProfile(st, p, &opts)
	opts.Store = patientStorage{storage: storage{st}, own: own}
	return opts, err
}

// stopOn stops the program as a closed terminal does when the server stops, the client goes away
// or the connection is idle: the session in progress is kept, to be offered on the next
// connection.
func (rs remoteSession) stopOn(p *tea.Program) (stop func()) {
	done := make(chan struct{})
	go func() {
		msg := ui.Shutdown()
		select {
		case <-rs.Stopping:
		case <-rs.sess.Context().Done():
		case <-rs.act.idle:
			msg = ui.Hangup() // nobody chose to stop: a session under way is offered on the next connection
		case <-done:
			return
		}
		p.Send(msg)
		select {
		case <-time.After(3 * time.Second):
			p.Kill()
		case <-done:
		}
	}()
	return func() { close(done) }
}

// errNotYours is what a patient's screens get for anything outside their own profile.
var errNotYours = errors.New("over the clinic server this connection opens your own profile only")

// patientStorage is the storage a patient's screens get: their own profile's sessions and data,
// the built-in and their prescribed routines, and no writing of routines or files.
type patientStorage struct {
	storage
	own     string
	observe *saveObserver
}

func (s patientStorage) mine(profile string) error {
	if profile != s.own {
		return errNotYours
	}
	return nil
}

func (s patientStorage) SaveCheckpoint(rec record.Record, routineTOML []byte) error {
	if err := s.mine(rec.Profile); err != nil {
		return err
	}
	err := s.storage.SaveCheckpoint(rec, routineTOML)
	if err == nil && s.observe != nil && s.observe.Saved != nil {
		s.observe.Saved(rec, now())
	}
	return err
}

func (s patientStorage) FinishSession(rec record.Record) error {
	if err := s.mine(rec.Profile); err != nil {
		return err
	}
	return s.storage.FinishSession(rec)
}

func (s patientStorage) DiscardCheckpoint(profile string) error {
	if err := s.mine(profile); err != nil {
		return err
	}
	return s.storage.DiscardCheckpoint(profile)
}

func (s patientStorage) KeepInterrupted(profile string, now time.Time) error {
	if err := s.mine(profile); err != nil {
		return err
	}
	return s.storage.KeepInterrupted(profile, now)
}

func (s patientStorage) Sessions(profile string, q ui.SessionQuery) ([]record.Record, error) {
	if err := s.mine(profile); err != nil {
		return nil, err
	}
	return s.storage.Sessions(profile, q)
}

// SavedRoutines are the routines this patient may see: the clinic's library and their own, never
// another patient's (exercises.Routine.Seen, the rule the picker and `routines --profile` use).
func (s patientStorage) SavedRoutines() ([]exercises.Routine, error) {
	all, err := s.storage.SavedRoutines()
	return slices.DeleteFunc(all, func(r exercises.Routine) bool { return !r.Seen(s.own) }), err
}

func (s patientStorage) SaveRoutine(ui.RoutineSave) (exercises.Routine, error) {
	return exercises.Routine{}, errors.New("over the clinic server routines are made by your therapist")
}

func (s patientStorage) ExportRoutine(string, []byte) error {
	return errors.New("over the clinic server nothing is written to the server's files")
}

func (s patientStorage) MarkFirstRunDone(profile string) error {
	if err := s.mine(profile); err != nil {
		return err
	}
	return s.storage.MarkFirstRunDone(profile)
}

// Profiles is the patient's own profile alone.
func (s patientStorage) Profiles() ([]sessionprofile.Profile, error) {
	p, err := s.Profile(s.own)
	if err != nil {
		return nil, err
	}
	return []sessionprofile.Profile{p.Profile}, nil
}

func (s patientStorage) CreateProfile(string, time.Time) (sessionprofile.Profile, error) {
	return sessionprofile.Profile{}, errNotYours
}

func (s patientStorage) SaveProfile(p sessionprofile.Profile) error {
	if err := s.mine(p.Name); err != nil {
		return err
	}
	return s.storage.SaveProfile(p)
}

func (s patientStorage) RenameProfile(string, string) error { return errNotYours }

func (s patientStorage) DeleteProfile(string) error { return errNotYours }

// SetLastProfile is the server's own setting, which no connection changes.
func (s patientStorage) SetLastProfile(string) error { return nil }
