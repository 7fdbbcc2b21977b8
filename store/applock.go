package store

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"syscall"
)

// The store holds the database only for one operation at a time, so that `history`, `report` and
// the other commands run while a patient exercises. That lets two interactive apps run on one file
// too, and each would offer the other's live session as unfinished: a profile has one checkpoint
// slot, so resuming or discarding it would double or lose a session. The app and the server, which
// own their database's screens, therefore hold a lock on a sidecar file for their whole run. It is
// a separate file so that bbolt's own per-operation lock on the database stays free for the
// commands, and a flock so that a killed process lets go of it with its last descriptor.

// ErrInUse means another app or server holds the database for its whole run.
var ErrInUse = errors.New("close it first (history, report and the other commands still work)")

// AppLock is the database held by one app or server for its whole run.
type AppLock struct{ f *os.File }

// LockApp takes the lock of the database at path for the app or the server, or fails at once,
// without waiting, with an error wrapping ErrInUse when another one holds it. Every path to one
// file (a symlinked --db) shares the lock. Nothing of the database is read or written: the lock
// is a hidden file beside it (`.upright.db.lock`, mode 0600), made when missing and never
// truncated or removed, since another process may hold it. Commands that run once take no lock.
func LockApp(path string) (*AppLock, error) {
	real, err := filepath.EvalSymlinks(path)
	if err != nil {
		return nil, classify("lock "+path, err)
	}
	name := lockPath(real)
	notFile := fmt.Errorf("the lock file %s is not a regular file; move it away and try again", name)
	f, err := openLockFile(name)
	if errors.Is(err, syscall.ELOOP) || errors.Is(err, syscall.EISDIR) {
		return nil, notFile
	} else if err != nil {
		var pe *fs.PathError
		if errors.As(err, &pe) {
			err = pe.Err // the file is named once, below
		}
		return nil, fmt.Errorf("cannot make the lock file %s (%v); check the permissions of its folder, or choose another --db", name, err)
	}
	if fi, err := f.Stat(); err != nil || !fi.Mode().IsRegular() {
		_ = f.Close()
		return nil, notFile
	}
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB); err != nil {
		_ = f.Close()
		if errors.Is(err, syscall.EWOULDBLOCK) {
			return nil, fmt.Errorf("another upright is open on %s; %w", path, ErrInUse)
		}
		return nil, fmt.Errorf("cannot lock %s (%v); choose a --db on a local disk", name, err)
	}
	return &AppLock{f: f}, nil
}

// openLockFile opens the lock file, making it when missing. A folder upright cannot write to may
// still hold a lock file made earlier: a read-only descriptor takes a flock as well. A symlink in
// its place is refused, so the lock can never be taken on the database itself or on a file
// someone else owns.
func openLockFile(name string) (*os.File, error) {
	f, err := os.OpenFile(name, os.O_RDWR|os.O_CREATE|syscall.O_NOFOLLOW, 0o600)
	if err == nil || !(errors.Is(err, syscall.EACCES) || errors.Is(err, syscall.EROFS) || errors.Is(err, syscall.EPERM)) {
		return f, err
	}
	if f, rerr := os.OpenFile(name, os.O_RDONLY|syscall.O_NOFOLLOW, 0); rerr == nil {
		return f, nil
	}
	return nil, err
}

// lockPath is the lock file of the database at real (symlinks resolved): hidden, beside it.
func lockPath(real string) string {
	return filepath.Join(filepath.Dir(real), "."+filepath.Base(real)+".lock")
}

// Release lets go of the lock; the file stays for the next run.
func (l *AppLock) Release() error {
	if l == nil || l.f == nil {
		return nil
	}
	err := l.f.Close() // closing the last descriptor releases the flock
	l.f = nil
	return err
}
