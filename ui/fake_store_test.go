package ui

import (
	"errors"
	"slices"
	"sync"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"upright/exercises"
	sessionprofile "upright/session/profile"
	"upright/session/record"
)

// errFake is what a fakeStore told to fail returns.
var errFake = errors.New("disk full (fake)")

// fakeStore is a Storage that keeps everything in memory and records every call. Commands run
// on their own goroutines under teatest, so every method takes the lock.
type fakeStore struct {
	mu sync.Mutex

	// fail makes every write return errFake.
	fail bool

	checkpoints []record.Record // every SaveCheckpoint, in order
	routineTOML [][]byte
	finished    []record.Record // every FinishSession that succeeded, in order
	finishTries int
	discards    int
	kept        int
	firstRun    int
	// sessions are returned by RecentSessions (newest first).
	sessions []record.Record
	saved    []exercises.Routine
	// pages and scans record the bounds of every SessionsPage and SessionsSince call; paged
	// counts the records SessionsPage returned.
	pages, scans []time.Time
	// between records the bounds of every SessionsBetween call.
	between [][2]time.Time
	paged   int
	// people are the profiles by name (fake_profiles_test.go); profileSaves is every
	// SaveProfile, deleted every DeleteProfile, last the last SetLastProfile.
	people       map[string]sessionprofile.Profile
	profileSaves []sessionprofile.Profile
	deleted      []string
	last         string
}

// others keeps the records of profile only, as the store's per-profile buckets do. Records with
// no profile are the default profile's, as the first tests made them.
func others(recs []record.Record, profile string) []record.Record {
	return slices.DeleteFunc(slices.Clone(recs), func(r record.Record) bool {
		return r.Profile != profile && !(r.Profile == "" && profile == "default")
	})
}

var _ Storage = (*fakeStore)(nil)

func (f *fakeStore) setFail(fail bool) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.fail = fail
}

func (f *fakeStore) SaveCheckpoint(rec record.Record, routineTOML []byte) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.fail {
		return errFake
	}
	f.checkpoints = append(f.checkpoints, rec)
	f.routineTOML = append(f.routineTOML, slices.Clone(routineTOML))
	return nil
}

func (f *fakeStore) FinishSession(rec record.Record) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.finishTries++
	if f.fail {
		return errFake
	}
	f.finished = append(f.finished, rec)
	f.sessions = append([]record.Record{rec}, f.sessions...)
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

func (f *fakeStore) RecentSessions(profile string, limit int) ([]record.Record, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	mine := others(f.sessions, profile)
	n := min(limit, len(mine))
	return mine[:n], nil
}

// SessionsPage pages through sessions (newest first) like the store's Query{Until, Limit}, and
// counts what it hands out so tests can check that nothing loads the whole history.
func (f *fakeStore) SessionsPage(profile string, before time.Time, limit int) ([]record.Record, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.pages = append(f.pages, before)
	var out []record.Record
	for _, r := range others(f.sessions, profile) {
		if !before.IsZero() && !r.StartedAt.Before(before) {
			continue
		}
		if limit > 0 && len(out) >= limit {
			break
		}
		out = append(out, r)
	}
	f.paged += len(out)
	return out, nil
}

// SessionsSince lists sessions started at or after since, newest first, like Query{Since}.
func (f *fakeStore) SessionsSince(profile string, since time.Time) ([]record.Record, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.scans = append(f.scans, since)
	var out []record.Record
	for _, r := range others(f.sessions, profile) {
		if !r.StartedAt.Before(since) {
			out = append(out, r)
		}
	}
	return out, nil
}

// SessionsBetween lists sessions started in [since, until), newest first, like Query{Since, Until}.
func (f *fakeStore) SessionsBetween(profile string, since, until time.Time) ([]record.Record, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.between = append(f.between, [2]time.Time{since, until})
	var out []record.Record
	for _, r := range others(f.sessions, profile) {
		if !r.StartedAt.Before(since) && r.StartedAt.Before(until) {
			out = append(out, r)
		}
	}
	return out, nil
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
func (f *fakeStore) snapshot() (checkpoints, finished []record.Record) {
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
