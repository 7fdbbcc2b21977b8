package kittest

import (
	"errors"
	"slices"
	"sync"
	"time"

	"upright/exercises"
	sessionprofile "upright/session/profile"
	"upright/session/record"
	"upright/ui/kit"
)

// HistoryPage is how many sessions the history screen reads at a time; the fake counts what it
// hands out for reads of that size.
const HistoryPage = 50

// ErrFake is what a FakeStore told to fail returns.
var ErrFake = errors.New("disk full (fake)")

// FakeStore is a Storage that keeps everything in memory and records every call. Commands run
// on their own goroutines under teatest, so every method takes the lock.
type FakeStore struct {
	mu sync.Mutex

	// fail makes every write return ErrFake.
	fail bool

	Checkpoints []record.Record // every SaveCheckpoint, in order
	RoutineTOML [][]byte
	Finished    []record.Record // every FinishSession that succeeded, in order
	FinishTries int
	Discards    int
	Kept        int
	FirstRun    int
	// sessions are what Sessions answers from (newest first).
	Recs  []record.Record
	Saved []exercises.Routine
	// queries are every Sessions query, in order; paged counts the records handed out for pages
	// of history.
	Queries []kit.SessionQuery
	Paged   int
	// people are the profiles by name (fake_profiles_test.go); profileSaves is every
	// SaveProfile, deleted every DeleteProfile, last the last SetLastProfile.
	People       map[string]sessionprofile.Profile
	ProfileSaves []sessionprofile.Profile
	Deleted      []string
	Last         string
}

// others keeps the records of profile only, as the store's per-profile buckets do. Records with
// no profile are the default profile's, as the first tests made them.
func others(recs []record.Record, profile string) []record.Record {
	return slices.DeleteFunc(slices.Clone(recs), func(r record.Record) bool {
		return r.Profile != profile && !(r.Profile == "" && profile == "default")
	})
}

var _ kit.Storage = (*FakeStore)(nil)

// SetFail makes every write fail with ErrFake, or succeed again.
func (f *FakeStore) SetFail(fail bool) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.fail = fail
}

// SaveCheckpoint records the session so far.
func (f *FakeStore) SaveCheckpoint(rec record.Record, routineTOML []byte) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.fail {
		return ErrFake
	}
	f.Checkpoints = append(f.Checkpoints, rec)
	f.RoutineTOML = append(f.RoutineTOML, slices.Clone(routineTOML))
	return nil
}

// FinishSession records a finished session and lists it first.
func (f *FakeStore) FinishSession(rec record.Record) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.FinishTries++
	if f.fail {
		return ErrFake
	}
	f.Finished = append(f.Finished, rec)
	f.Recs = append([]record.Record{rec}, f.Recs...)
	return nil
}

// ResolveCheckpoint counts a checkpoint discarded or kept as interrupted.
func (f *FakeStore) ResolveCheckpoint(_ string, fate kit.CheckpointFate, _ time.Time) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.fail {
		return ErrFake
	}
	if fate == kit.KeepInterrupted {
		f.Kept++
	} else {
		f.Discards++
	}
	return nil
}

// Sessions answers a query like the store's: newest first, within the bounds, at most Limit.
// It records every query, and counts what it hands out for pages of history, so tests can check
// that nothing loads the whole history.
func (f *FakeStore) Sessions(profile string, q kit.SessionQuery) ([]record.Record, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.Queries = append(f.Queries, q)
	var out []record.Record
	for _, r := range others(f.Recs, profile) {
		if r.StartedAt.Before(q.Since) || !q.Until.IsZero() && !r.StartedAt.Before(q.Until) {
			continue
		}
		if q.Limit > 0 && len(out) >= q.Limit {
			break
		}
		out = append(out, r)
	}
	if q.Limit == HistoryPage {
		f.Paged += len(out)
	}
	return out, nil
}

// pages are the upper bounds of the history screen's page reads, in order.
func (f *FakeStore) Pages() []time.Time {
	var out []time.Time
	for _, q := range f.queriesWhere(func(q kit.SessionQuery) bool { return q.Limit == HistoryPage }) {
		out = append(out, q.Until)
	}
	return out
}

// scans are the starts of the unbounded period reads (this week, a progress period), in order.
func (f *FakeStore) Scans() []time.Time {
	var out []time.Time
	for _, q := range f.queriesWhere(func(q kit.SessionQuery) bool { return q.Limit == 0 && q.Until.IsZero() }) {
		out = append(out, q.Since)
	}
	return out
}

// between are the bounds of the range reads (the older part of a longer period), in order.
func (f *FakeStore) Between() [][2]time.Time {
	var out [][2]time.Time
	for _, q := range f.queriesWhere(func(q kit.SessionQuery) bool { return q.Limit == 0 && !q.Until.IsZero() }) {
		out = append(out, [2]time.Time{q.Since, q.Until})
	}
	return out
}

func (f *FakeStore) queriesWhere(keep func(kit.SessionQuery) bool) []kit.SessionQuery {
	f.mu.Lock()
	defer f.mu.Unlock()
	var out []kit.SessionQuery
	for _, q := range f.Queries {
		if keep(q) {
			out = append(out, q)
		}
	}
	return out
}

// SavedRoutines lists the routines saved so far.
func (f *FakeStore) SavedRoutines() ([]exercises.Routine, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	return slices.Clone(f.Saved), nil
}

// MarkFirstRunDone counts the call.
func (f *FakeStore) MarkFirstRunDone(string) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.FirstRun++
	return nil
}

// snapshot returns copies of what was recorded, for assertions.
func (f *FakeStore) Snapshot() (checkpoints, finished []record.Record) {
	f.mu.Lock()
	defer f.mu.Unlock()
	return slices.Clone(f.Checkpoints), slices.Clone(f.Finished)
}

// calls counts every write the store received.
func (f *FakeStore) Calls() int {
	f.mu.Lock()
	defer f.mu.Unlock()
	return len(f.Checkpoints) + f.FinishTries + f.Discards + f.Kept + f.FirstRun
}

// Locked runs fn holding the store's lock, for a test reading fields that commands may write.
func (f *FakeStore) Locked(fn func()) {
	f.mu.Lock()
	defer f.mu.Unlock()
	fn()
}
