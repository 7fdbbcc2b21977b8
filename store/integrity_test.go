package store

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"
)

// twoProfiles stores sessions of ann and bob through s.
func twoProfiles(t *testing.T, s *Store) {
	t.Helper()
	for i, name := range []string{"ann", "bob"} {
		if _, _, err := s.EnsureProfile(name, t0); err != nil {
			t.Fatal(err)
		}
		for j := range 5 {
			r := record(name, sid(i*100+j), t0.Add(time.Duration(j)*time.Hour), "core")
			r.Checkout.Note = "SECRET-" + name
			if err := s.FinishSession(r); err != nil {
				t.Fatal(err)
			}
		}
	}
}

// TestDeleteProfileThroughASymlink: a --db that is a symlink (a database kept in a synced folder)
// stays a symlink, and the real file beside its target gets the compacted data.
func TestDeleteProfileThroughASymlink(t *testing.T) {
	real := newDB(t)
	link := filepath.Join(t.TempDir(), "link.db")
	s := mustOpen(t, real)
	twoProfiles(t, s)
	_ = s.Close()
	if err := os.Symlink(real, link); err != nil {
		t.Fatal(err)
	}
	s = mustOpen(t, link)
	if err := s.DeleteProfile("ann"); err != nil {
		t.Fatal(err)
	}
	if fi, err := os.Lstat(link); err != nil || fi.Mode()&os.ModeSymlink == 0 {
		t.Fatalf("the symlink was replaced by a file: %v %v", fi.Mode(), err)
	}
	if n, err := s.CountSince("bob", t0); err != nil || n != 5 {
		t.Fatalf("bob has %d sessions after ann was deleted, %v", n, err)
	}
	b, err := os.ReadFile(real)
	if err != nil {
		t.Fatal(err)
	}
	if bytes.Contains(b, []byte("SECRET-ann")) || !bytes.Contains(b, []byte("SECRET-bob")) {
		t.Fatal("the real file does not hold exactly what is left")
	}
	left, _ := filepath.Glob(filepath.Join(filepath.Dir(real), ".*compact*"))
	if len(left) > 0 {
		t.Fatalf("compaction left %v behind", left)
	}
}

// TestDeleteProfileRefusedWithAHardLink: a hard-linked backup shares the file; deleting would
// leave the records in it, and zeroing would destroy it. Nothing changes.
func TestDeleteProfileRefusedWithAHardLink(t *testing.T) {
	path := newDB(t)
	backup := filepath.Join(filepath.Dir(path), "backup.db")
	s := mustOpen(t, path)
	twoProfiles(t, s)
	if err := os.Link(path, backup); err != nil {
		t.Fatal(err)
	}
	before := sha(t, backup)
	err := s.DeleteProfile("ann")
	if !errors.Is(err, ErrLinked) || strings.Contains(err.Error(), "\n") {
		t.Fatalf("delete with a hard link: %v; want ErrLinked on one line", err)
	}
	if sha(t, backup) != before || sha(t, path) != before {
		t.Fatal("a refused deletion changed the file")
	}
	if n, _ := s.CountSince("ann", t0); n != 5 {
		t.Fatalf("ann has %d sessions after a refused deletion", n)
	}
}

// TestSaveIntoADeletedFolderFails: with the data folder deleted mid-session, a save must fail,
// never write into a file no one will find again and report success (issue 16, item 9).
func TestSaveIntoADeletedFolderFails(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "data")
	path := filepath.Join(dir, "upright.db")
	s := mustOpen(t, path)
	if err := s.SaveCheckpoint(growing("ann", "a", 1), nil); err != nil {
		t.Fatal(err)
	}
	if err := os.RemoveAll(dir); err != nil {
		t.Fatal(err)
	}
	err := s.SaveCheckpoint(growing("ann", "a", 2), nil)
	if !errors.Is(err, ErrNoDatabase) || !strings.Contains(err.Error(), "no database at "+path) {
		t.Fatalf("save into a deleted folder: %v; want ErrNoDatabase", err)
	}
	if _, err := os.Stat(dir); !os.IsNotExist(err) {
		t.Fatalf("the failed save made the folder again: %v", err)
	}
}

// TestCheckChangesNothing: `upright check` changes no byte, no mode, and no stamp, on a store
// opened either way; a read-only open writes no stamp either.
func TestCheckChangesNothing(t *testing.T) {
	path := newDB(t)
	s := mustOpen(t, path)
	twoProfiles(t, s)
	_ = s.Close()
	forgetChecked(path)
	if err := os.Chmod(path, 0o644); err != nil {
		t.Fatal(err)
	}
	for _, opts := range []Options{{ReadOnly: true}, {}} {
		c, err := Open(path, opts)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.Chmod(path, 0o644); err != nil { // a writable Open makes it private; Check must not
			t.Fatal(err)
		}
		before, stamp := sha(t, path), stampFile(path)
		if probs, err := c.Check(); err != nil || len(probs) > 0 {
			t.Fatal(probs, err)
		}
		_ = c.Close()
		if got := stampFile(path); got != stamp {
			t.Fatalf("Check (read-only %v) changed the stamp from %q to %q", opts.ReadOnly, stamp, got)
		}
		if opts.ReadOnly && stamp != "" {
			t.Fatalf("a read-only open wrote a stamp: %q", stamp)
		}
		if fi, _ := os.Stat(path); fi.Mode().Perm() != 0o644 {
			t.Fatalf("Check (read-only %v) changed the mode to %04o", opts.ReadOnly, fi.Mode().Perm())
		}
		if sha(t, path) != before {
			t.Fatalf("Check (read-only %v) changed the file", opts.ReadOnly)
		}
	}
}

// stampFile is the content of the stamp beside path; "" when there is none.
func stampFile(path string) string {
	b, _ := os.ReadFile(checkedPath(path))
	return string(b)
}

// TestDamageWhileOpenIsNeverStamped: a file damaged while the app holds a Store is not certified
// sound by anything the app does afterwards; the next save is refused.
func TestDamageWhileOpenIsNeverStamped(t *testing.T) {
	path := filepath.Join(t.TempDir(), "upright.db") // damaged on purpose: no clean check
	s := mustOpen(t, path)
	twoProfiles(t, s)
	breakRoot(t, path)
	if err := s.FinishSession(record("ann", "late", t0.Add(48*time.Hour), "core")); !errors.Is(err, ErrDamaged) {
		t.Fatalf("save into a file damaged meanwhile: %v; want ErrDamaged", err)
	}
	_ = s.Close()
	if _, err := Open(path, Options{}); !errors.Is(err, ErrDamaged) {
		t.Fatalf("reopen: %v; want ErrDamaged", err)
	}
}

// breakRoot overwrites the root page's id, keeping the file's size and modification time.
func breakRoot(t *testing.T, path string) {
	t.Helper()
	f, err := os.OpenFile(path, os.O_RDWR, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	m, err := currentMeta(f)
	if err != nil {
		t.Fatal(err)
	}
	fi, _ := f.Stat()
	if _, err := f.WriteAt([]byte{0xff, 0xff, 0xff, 0xff}, int64(m.root)*int64(m.pageSize)); err != nil {
		t.Fatal(err)
	}
	_ = os.Chtimes(path, fi.ModTime(), fi.ModTime())
}

// TestValueWhereSessionsBelong: a flipped flag byte can turn a profile's bucket of sessions into
// a plain value. Reads must say so rather than show no sessions, a save must be refused with the
// damage message rather than bbolt's "incompatible value", and Check must report it.
func TestValueWhereSessionsBelong(t *testing.T) {
	path := filepath.Join(t.TempDir(), "upright.db") // damaged on purpose: no clean check
	s := mustOpen(t, path)
	if err := s.update("damage", func(tx *bolt.Tx) error {
		return tx.Bucket(bucketSessions).Put([]byte("carl"), []byte("not a bucket"))
	}); err != nil {
		t.Fatal(err)
	}
	if _, _, err := s.Sessions("carl", Query{}); !errors.Is(err, ErrDamaged) {
		t.Errorf("Sessions: %v; want ErrDamaged", err)
	}
	if _, err := s.CountSince("carl", t0); !errors.Is(err, ErrDamaged) {
		t.Errorf("CountSince: %v; want ErrDamaged", err)
	}
	err := s.FinishSession(record("carl", "c1", t0, "core"))
	if !errors.Is(err, ErrDamaged) || strings.Contains(err.Error(), "\n") {
		t.Errorf("FinishSession: %v; want the one-line damage message", err)
	}
	if probs, err := s.Check(); err != nil || len(probs) == 0 {
		t.Errorf("Check: %v %v; want the value reported", probs, err)
	}
}
