package store

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"syscall"
	"time"

	bolt "go.etcd.io/bbolt"
)

// A Store holds the file only while it reads or writes: each operation opens the file, locks it,
// checks it, runs one transaction and lets go, so another upright (a report printed while a
// patient exercises) waits for at most one transaction, never for the whole run.
//
// The lock is taken on the very file descriptor bbolt then uses (Options.OpenFile), before the
// page walk: a file walked without the lock may be half-way through another process's write.

// access is what an operation does with the file.
type access int

const (
	reading  access = iota // shared lock, read-only bbolt
	writing                // exclusive lock; the state after a commit is recorded as sound
	checking               // as reading, but records nothing, not even a state a walk found sound
)

// handle is the file held for one operation.
type handle struct {
	db    *bolt.DB
	f     *os.File
	write bool
	was   fileStamp // the state found sound when the file was taken
	known bool      // was is a real stamp (the platform gives one)
	// replaced means compaction put a new file at path; the held one is no longer the database.
	replaced bool
}

// lockPoll is how often a waiting process tries the lock again.
const lockPoll = 10 * time.Millisecond

// noDatabase is the error for a database file that is not there.
func (s *Store) noDatabase(op string) error {
	if op == "" {
		return fmt.Errorf("no database at %s: %w", s.path, ErrNoDatabase)
	}
	return fmt.Errorf("%s: no database at %s: %w", op, s.path, ErrNoDatabase)
}

// acquire opens, locks (exclusively to write, shared to read) and checks the file at path, and
// opens bbolt on it. A file replaced while this waited for the lock (compaction after a profile
// was deleted) is let go and the new one taken; it is never judged.
func (s *Store) acquire(op string, acc access) (*handle, error) {
	write := acc == writing
	flag, how := os.O_RDONLY, syscall.LOCK_SH
	if write {
		flag, how = os.O_RDWR, syscall.LOCK_EX
	}
	deadline := newLockWait(s.opts.Timeout)
	for attempt := 0; ; attempt++ {
		f, err := os.OpenFile(s.path, flag, 0)
		if errors.Is(err, fs.ErrNotExist) {
			return nil, s.noDatabase(op)
		}
		if err != nil {
			return nil, classify(op, err)
		}
		if err := lockFile(f, how, deadline); err != nil {
			_ = f.Close()
			return nil, classify(op, err)
		}
		same, err := sameFile(f, s.path)
		if errors.Is(err, fs.ErrNotExist) {
			_ = f.Close()
			return nil, s.noDatabase(op)
		}
		if err == nil && !same {
			// Replaced while this waited: take the new file, for as long as the wait allows.
			_ = f.Close()
			if !deadline.over() {
				continue
			}
			return nil, fmt.Errorf("%s: the file was replaced %d times while upright waited for it: %w", op, attempt+1, ErrLocked)
		}
		h, err := s.take(op, f, acc)
		if err != nil {
			_ = f.Close() // also lets go of the lock
			return nil, err
		}
		return h, nil
	}
}

// take checks the locked file f, skipping the page walk for a state already known sound, and
// opens bbolt on it.
func (s *Store) take(op string, f *os.File, acc access) (*handle, error) {
	write := acc == writing
	h := &handle{f: f, write: write}
	stamp, stamped, err := precheck(f, func(st fileStamp) bool {
		return (s.hasKnown && st == s.known) || alreadyChecked(s.path, st)
	})
	if err != nil {
		s.hasKnown = false
		if !s.opts.ReadOnly && acc != checking {
			forgetChecked(s.path)
		}
		return nil, fmt.Errorf("%s: %w", op, err)
	}
	if stamped {
		h.was, h.known = stamp, true
		if !(s.hasKnown && stamp == s.known) && !s.opts.ReadOnly && acc != checking {
			writeChecked(s.path, stamp) // found sound by a walk, or by a stamp already there
		}
		s.known, s.hasKnown = stamp, true
	}
	bo := &bolt.Options{
		Timeout:        s.opts.Timeout,
		ReadOnly:       !write,
		NoFreelistSync: noFreelistSync,
		OpenFile:       func(string, int, os.FileMode) (*os.File, error) { return f, nil },
	}
	err = guarded("", func() error {
		var err error
		h.db, err = bolt.Open(s.path, 0o600, bo)
		return err
	})
	if err != nil {
		return nil, classify(op, err)
	}
	return h, nil
}

// noFreelistSync chooses whether bbolt keeps its freelist on disk (false: the page walk checks
// it against the tree) or rebuilds it from the tree at every open (true). See BENCHMARKS.md.
var noFreelistSync = false

// release lets go of the file. After a write it records the new state as sound: it was reached
// from a sound state by this upright's own committed transaction. After a failed write that
// changed the file, the record is dropped so the next open walks it again.
func (s *Store) release(h *handle, err error) error {
	if h.write && h.known && !h.replaced {
		now, ok := stampNow(h.f)
		switch {
		case !ok:
			s.forget()
		case err == nil:
			s.known, s.hasKnown = now, true
			writeChecked(s.path, now)
		case now != h.was:
			s.forget()
		}
	}
	return h.db.Close() // closes f, which lets go of the lock
}

// forget drops every record that the file was found sound.
func (s *Store) forget() {
	s.hasKnown = false
	forgetChecked(s.path)
}

// stampNow is the stamp of the open file as it is now.
func stampNow(f *os.File) (fileStamp, bool) {
	m, err := currentMeta(f)
	if err != nil {
		return fileStamp{}, false
	}
	fi, err := f.Stat()
	if err != nil {
		return fileStamp{}, false
	}
	return stampOf(fi, m.txid)
}

// lockWait is how long a process waits for the lock. It runs on a timer rather than on readings
// of the clock: the store never reads the time of day, which stays an input of the engine.
type lockWait struct {
	timer   *time.Timer
	expired bool
}

func newLockWait(d time.Duration) *lockWait { return &lockWait{timer: time.NewTimer(d)} }

// over reports whether the wait has run out.
func (w *lockWait) over() bool {
	if !w.expired {
		select {
		case <-w.timer.C:
			w.expired = true
		default:
		}
	}
	return w.expired
}

// lockFile takes a flock on f, trying until the wait runs out. bbolt then locks the same
// descriptor again, which succeeds at once: flock belongs to the open file, not to the call.
func lockFile(f *os.File, how int, deadline *lockWait) error {
	for {
		err := syscall.Flock(int(f.Fd()), how|syscall.LOCK_NB)
		if err == nil {
			return nil
		}
		if !errors.Is(err, syscall.EWOULDBLOCK) && !errors.Is(err, syscall.EINTR) {
			return err
		}
		if deadline.over() {
			return ErrLocked
		}
		time.Sleep(lockPoll)
	}
}

func sameFile(f *os.File, path string) (bool, error) {
	a, err := f.Stat()
	if err != nil {
		return false, err
	}
	b, err := os.Stat(path)
	if err != nil {
		return false, err
	}
	return os.SameFile(a, b), nil
}

// withDB runs fn with the file held for one operation; its error is classified under op.
func (s *Store) withDB(op string, acc access, fn func(h *handle) error) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed {
		return fmt.Errorf("%s: %w", op, errClosed)
	}
	h, err := s.acquire(op, acc)
	if err != nil {
		return err
	}
	err = guarded("", func() error { return fn(h) })
	if cerr := s.release(h, err); err == nil && cerr != nil {
		err = cerr
	}
	return classify(op, err)
}
