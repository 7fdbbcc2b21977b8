package store

import (
	"errors"
	"os"
	"path/filepath"
	"testing"
	"time"
)

// walksDuring counts the page walks fn does.
func walksDuring(fn func()) int64 {
	before := pageWalks.Load()
	fn()
	return pageWalks.Load() - before
}

func TestAnUnchangedFileIsNotWalkedAgain(t *testing.T) {
	path := newDB(t)
	s := mustOpen(t, path)
	if err := s.FinishSession(record("ann", "a1", t0, "core")); err != nil {
		t.Fatal(err)
	}
	_ = s.Close() // upright's own writes: the file is marked sound as it closes

	if n := walksDuring(func() { s = mustOpen(t, path) }); n != 0 {
		t.Errorf("reopening a file upright itself closed walked it %d times", n)
	}
	// `upright check` walks whatever the mark says.
	if n := walksDuring(func() {
		if p, err := s.Check(); err != nil || len(p) > 0 {
			t.Fatalf("check: %v %v", p, err)
		}
	}); n != 1 {
		t.Errorf("check walked %d times, want 1", n)
	}
	_ = s.Close()

	// A copy put back with its old modification time is still a change: it is walked.
	data, _ := os.ReadFile(path)
	fi, _ := os.Stat(path)
	if err := os.WriteFile(path, data, 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.Chtimes(path, fi.ModTime(), fi.ModTime()); err != nil {
		t.Fatal(err)
	}
	if n := walksDuring(func() { s = mustOpen(t, path) }); n != 1 {
		t.Errorf("a file rewritten behind upright's back was walked %d times, want 1", n)
	}
	_ = s.Close()
}

func TestAFileDamagedSinceItsMarkIsStillRefused(t *testing.T) {
	path := filepath.Join(t.TempDir(), "upright.db") // not newDB: this file is meant to end damaged
	s := mustOpen(t, path)
	if err := s.FinishSession(record("ann", "a1", t0, "core")); err != nil {
		t.Fatal(err)
	}
	_ = s.Close()
	breakRoot(t, path)
	if _, err := Open(path, Options{Timeout: time.Second}); !errors.Is(err, ErrDamaged) {
		t.Fatalf("open after damage: %v, want ErrDamaged", err)
	}
	if _, err := os.Stat(checkedPath(path)); !os.IsNotExist(err) {
		t.Errorf("the mark of a file found damaged is kept: %v", err)
	}
}
