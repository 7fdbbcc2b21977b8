package ui

import (
	"errors"
	"slices"
	"sync"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"upright/exercises"
	"upright/session"
)

// errFake is what a fakeStore told to fail returns.
var errFake = errors.New("disk full (fake)")

// fakeStore is a Storage that keeps everything in memory and records every call. Commands run
// on their own goroutines under teatest, so every method takes the lock.
type fakeStore struct {
	mu sync.Mutex

	// fail makes every write return errFake.
	fail bool

	checkpoints []session.Record // every SaveCheckpoint, in order
	routineTOML [][]byte
	finished    []session.Record // every FinishSession that succeeded, in order
	finishTries int
	discards    int
	kept        int
	firstRun    int
	// sessions are returned by RecentSessions (newest first) and counted by CountSince.
	sessions []session.Record
	saved    []exercises.Routine
}

var _ Storage = (*fakeStore)(nil)

func (f *fakeStore) setFail(fail bool) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.fail = fail
}

func (f *fakeStore) SaveCheckpoint(rec session.Record, routineTOML []byte) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.fail {
		return errFake
	}
	f.checkpoints = append(f.checkpoints, rec)
	f.routineTOML = append(f.routineTOML, slices.Clone(routineTOML))
	return nil
}

func (f *fakeStore) FinishSession(rec session.Record) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.finishTries++
	if f.fail {
		return errFake
	}
	f.finished = append(f.finished, rec)
	f.sessions = append([]session.Record{rec}, f.sessions...)
	return nil
}

func (f *fakeStore) DiscardCheckpoint(string) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.fail {
		return errFake
	}
	f.discards++
	return nil
}

func (f *fakeStore) KeepInterrupted(string, time.Time) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.fail {
		return errFake
	}
	f.kept++
	return nil
}

func (f *fakeStore) RecentSessions(_ string, limit int) ([]session.Record, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	n := min(limit, len(f.sessions))
	return slices.Clone(f.sessions[:n]), nil
}

func (f *fakeStore) CountSince(_ string, since time.Time) (int, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	n := 0
	for _, r := range f.sessions {
		if !r.StartedAt.Before(since) {
			n++
		}
	}
	return n, nil
}

func (f *fakeStore) SavedRoutines() ([]exercises.Routine, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	return slices.Clone(f.saved), nil
}

func (f *fakeStore) MarkFirstRunDone(string) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.firstRun++
	return nil
}

// snapshot returns copies of what was recorded, for assertions.
func (f *fakeStore) snapshot() (checkpoints, finished []session.Record) {
	f.mu.Lock()
	defer f.mu.Unlock()
	return slices.Clone(f.checkpoints), slices.Clone(f.finished)
}

// calls counts every write the store received.
func (f *fakeStore) calls() int {
	f.mu.Lock()
	defer f.mu.Unlock()
	return len(f.checkpoints) + f.finishTries + f.discards + f.kept + f.firstRun
}

// fakeClock is the time the UI sees; only the test (and fakeAfter) moves it.
type fakeClock struct {
	mu sync.Mutex
	t  time.Time
}

func newFakeClock(t time.Time) *fakeClock { return &fakeClock{t: t} }

func (c *fakeClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

func (c *fakeClock) Advance(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.t = c.t.Add(d)
}

// After is Options.After for tests: the wait happens at once, by moving the clock forward, so
// the tick arrives exactly at the moment it was scheduled for and whole sessions run in
// milliseconds. The clock moves when the tick is scheduled (inside Update), which keeps runs
// deterministic even under teatest, where commands run on other goroutines.
func (c *fakeClock) After(d time.Duration, msg tea.Msg) tea.Cmd {
	c.Advance(d)
	return func() tea.Msg { return msg }
}
