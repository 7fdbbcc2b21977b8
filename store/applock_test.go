package store

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A flock belongs to an open file description, so two LockApp calls in one process contend as
// two processes would.
func TestLockAppIsExclusiveAndReleased(t *testing.T) {
	path := newDB(t)
	s := mustOpen(t, path)
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	before, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	first, err := LockApp(path)
	if err != nil {
		t.Fatalf("first lock: %v", err)
	}
	_, err = LockApp(path)
	if !errors.Is(err, ErrInUse) {
		t.Fatalf("second lock: got %v, want ErrInUse", err)
	}
	if msg := err.Error(); !strings.Contains(msg, path) || strings.Contains(msg, "\n") {
		t.Errorf("the refusal should be one line naming %s: %q", path, msg)
	}
	// A symlinked --db names the same file, so it shares the lock.
	link := filepath.Join(t.TempDir(), "link.db")
	if err := os.Symlink(path, link); err != nil {
		t.Fatal(err)
	}
	if _, err := LockApp(link); !errors.Is(err, ErrInUse) {
		t.Errorf("through a symlink: got %v, want ErrInUse", err)
	}
	// The commands' per-operation store still works beside the held lock.
	r, err := Open(path, Options{ReadOnly: true})
	if err != nil {
		t.Fatalf("a read-only open beside the lock: %v", err)
	}
	if _, err := r.Profiles(); err != nil {
		t.Errorf("a read beside the lock: %v", err)
	}
	_ = r.Close()
	if err := first.Release(); err != nil {
		t.Fatal(err)
	}
	again, err := LockApp(link)
	if err != nil {
		t.Fatalf("after release: %v", err)
	}
	_ = again.Release()

	fi, err := os.Stat(lockPath(path))
	if err != nil {
		t.Fatalf("the lock file: %v", err)
	}
	if fi.Mode().Perm() != 0o600 {
		t.Errorf("lock file mode %v, want 0600", fi.Mode().Perm())
	}
	if after, err := os.ReadFile(path); err != nil || !bytes.Equal(before, after) {
		t.Errorf("locking changed the database (%v)", err)
	}
}

func TestLockAppRefusesWhatItCannotUse(t *testing.T) {
	path := newDB(t)
	mustOpen(t, path).Close()
	// A folder where the lock file goes: a one-line error, not a lock on something else.
	if err := os.Mkdir(lockPath(path), 0o700); err != nil {
		t.Fatal(err)
	}
	_, err := LockApp(path)
	if err == nil || errors.Is(err, ErrInUse) || !strings.Contains(err.Error(), "move it away") {
		t.Errorf("a folder as the lock file: got %v", err)
	}
	if err := os.Remove(lockPath(path)); err != nil {
		t.Fatal(err)
	}
	// A symlink there, to the database itself, would have the lock taken on the database.
	if err := os.Symlink(path, lockPath(path)); err != nil {
		t.Fatal(err)
	}
	if l, err := LockApp(path); err == nil {
		_ = l.Release()
		t.Error("a symlink as the lock file was followed")
	}
	if err := os.Remove(lockPath(path)); err != nil {
		t.Fatal(err)
	}
	// A folder the lock file cannot be made in (a missing one stands in for a read-only one when
	// the tests run as root, which may write anywhere).
	if _, err := LockApp(filepath.Join(t.TempDir(), "gone", "u.db")); err == nil || strings.Contains(err.Error(), "\n") {
		t.Errorf("a missing database: got %v", err)
	}
	dir := t.TempDir()
	ro := filepath.Join(dir, "u.db")
	mustOpen(t, ro).Close()
	if err := os.Chmod(dir, 0o500); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = os.Chmod(dir, 0o700) })
	l, err := LockApp(ro)
	if os.Geteuid() == 0 {
		// root writes anywhere: the lock is made and works.
		if err != nil {
			t.Errorf("as root in a read-only folder: %v", err)
		}
		_ = l.Release()
		return
	}
	if err == nil || !strings.Contains(err.Error(), "cannot make the lock file") {
		t.Errorf("a read-only folder: got %v", err)
	}
}
