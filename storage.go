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
// ui package never imports the database. Methods whose signatures already match (saving a
// checkpoint, finishing a session, renaming, deleting) come from the embedded store as they are; the rest translate and drop what the screens do not use. Damaged records are skipped
// here: `upright check` reports them.
type storage struct{ *store.Store }

// Sessions is the screens' one read of history.
func (s storage) Sessions(profile string, q ui.SessionQuery) ([]record.Record, error) {
	recs, _, err := s.Store.Sessions(profile, store.Query{Since: q.Since, Until: q.Until, Limit: q.Limit})
	return recs, err
}

func (s storage) SavedRoutines() ([]exercises.Routine, error) {
	rs, _, err := s.Routines()
	return rs, err
}

// SaveRoutine stores a routine built on screen; "builder" names its source in errors, as a file
// name does for `upright routine add`. A routine never saved must not take a saved one's id.
func (s storage) SaveRoutine(save ui.RoutineSave) (exercises.Routine, error) {
	return s.Store.SaveRoutine(save.Src, store.RoutineSave{File: "builder", Owner: save.Owner,
		Replaces: save.Replaces, New: save.Replaces == ""})
}

// ExportRoutine writes a routine file for a patient to load with `upright routine add`.
func (s storage) ExportRoutine(path string, src []byte) error {
	return writeFileAtomic(path, src, 0o644)
}

// MarkFirstRunDone reads the profile afresh, so only the one flag changes.
func (s storage) MarkFirstRunDone(profile string) error {
	p, err := s.Profile(profile)
	if err != nil {
		return err
	}
	p.FirstRunDone = true
	return s.Store.SaveProfile(p)
}

// Profiles lists the profiles' shared data. A damaged profile is left out.
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

// UseProfile remembers name as the profile the next start opens on, after making it when create
// is set: a name already in use is then refused, not reused.
func (s storage) UseProfile(name string, create bool, now time.Time) (sessionprofile.Profile, error) {
	var p store.Profile
	var err error
	if create {
		var created bool
		p, created, err = s.EnsureProfile(name, now)
		if err == nil && !created {
			err = fmt.Errorf("a profile called %q already exists; choose another name", name)
		}
	} else {
		p, err = s.Profile(name)
	}
	if err != nil {
		return sessionprofile.Profile{}, err
	}
	return p.Profile, s.SetLastProfile(name)
}

// ResolveCheckpoint is the store's KeepInterrupted or DiscardCheckpoint, as the person chose.
func (s storage) ResolveCheckpoint(profile string, fate ui.CheckpointFate, now time.Time) error {
	if fate == ui.KeepInterrupted {
		return s.KeepInterrupted(profile, now)
	}
	return s.DiscardCheckpoint(profile)
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
