package main

import (
	"fmt"
	"time"

	"upright/exercises"
	sessionprofile "upright/session/profile"
	"upright/session/record"
	"upright/store"
	"upright/ui"
)

// storage adapts *store.Store to the small interface the screens declare (ui.Storage), so the
// ui package never imports the database.
type storage struct{ *store.Store }

func (s storage) RecentSessions(profile string, limit int) ([]record.Record, error) {
	recs, _, err := s.Sessions(profile, store.Query{Limit: limit})
	return recs, err
}

// SessionsPage reads one page of history: the limit newest sessions that started before before.
// Damaged records are skipped here as in RecentSessions; `upright check` reports them.
func (s storage) SessionsPage(profile string, before time.Time, limit int) ([]record.Record, error) {
	recs, _, err := s.Sessions(profile, store.Query{Until: before, Limit: limit})
	return recs, err
}

// SessionsSince reads the sessions of a period in one scan, for the progress screen.
func (s storage) SessionsSince(profile string, since time.Time) ([]record.Record, error) {
	recs, _, err := s.Sessions(profile, store.Query{Since: since})
	return recs, err
}

// SessionsBetween reads the older part of a longer period in one scan.
func (s storage) SessionsBetween(profile string, since, until time.Time) ([]record.Record, error) {
	recs, _, err := s.Sessions(profile, store.Query{Since: since, Until: until})
	return recs, err
}

func (s storage) SavedRoutines() ([]exercises.Routine, error) {
	rs, _, err := s.Routines()
	return rs, err
}

// SaveRoutine stores a routine built on screen; "builder" names its source in errors, as a file
// name does for `upright routine add`.
func (s storage) SaveRoutine(src []byte) (exercises.Routine, error) {
	return s.Store.SaveRoutine(src, "builder")
}

// ExportRoutine writes a routine file for a patient to load with `upright routine add`.
func (s storage) ExportRoutine(path string, src []byte) error {
	return writeFileAtomic(path, src, 0o644)
}

func (s storage) MarkFirstRunDone(profile string) error {
	p, err := s.Profile(profile)
	if err != nil {
		return err
	}
	p.FirstRunDone = true
	return s.Store.SaveProfile(p)
}

// Profiles lists the profiles' shared data. A damaged profile is left out; `upright check`
// reports it.
func (s storage) Profiles() ([]sessionprofile.Profile, error) {
	ps, err := s.Store.Profiles()
	if err != nil && len(ps) == 0 {
		return nil, err
	}
	out := make([]sessionprofile.Profile, len(ps))
	for i, p := range ps {
		out[i] = p.Profile
	}
	return out, nil
}

// CreateProfile makes a new profile; a name already in use is refused, not reused.
func (s storage) CreateProfile(name string, now time.Time) (sessionprofile.Profile, error) {
	p, created, err := s.EnsureProfile(name, now)
	if err != nil {
		return sessionprofile.Profile{}, err
	}
	if !created {
		return sessionprofile.Profile{}, fmt.Errorf("a profile called %q already exists; choose another name", name)
	}
	return p.Profile, nil
}

// SaveProfile replaces the shared data of an existing profile, keeping its version and the
// fields a newer upright wrote.
func (s storage) SaveProfile(p sessionprofile.Profile) error {
	cur, err := s.Profile(p.Name)
	if err != nil {
		return err
	}
	cur.Profile = p
	return s.Store.SaveProfile(cur)
}

// storage must satisfy the screens' interface.
var _ ui.Storage = storage{}
