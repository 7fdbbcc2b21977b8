package main

import (
	"time"

	"upright/exercises"
	"upright/session"
	"upright/store"
)

// storage adapts *store.Store to the small interface the screens declare (ui.Storage), so the
// ui package never imports the database.
type storage struct{ *store.Store }

func (s storage) RecentSessions(profile string, limit int) ([]session.Record, error) {
	recs, _, err := s.Sessions(profile, store.Query{Limit: limit})
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
	return store.WriteFileAtomic(path, src, 0o644)
}

func (s storage) MarkFirstRunDone(profile string) error {
	p, err := s.Profile(profile)
	if err != nil {
		return err
	}
	p.FirstRunDone = true
	return s.SaveProfile(p)
}

// CountSince is promoted from *store.Store; the assertion keeps the adapter honest.
var _ interface {
	CountSince(string, time.Time) (int, error)
} = storage{}
