package store

import (
	"bytes"
	"crypto/sha256"
	"errors"
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	sessionrecord "upright/session/record"
)

func TestOpenCreatesPrivateFileAndBuckets(t *testing.T) {
	path := filepath.Join(t.TempDir(), "deep", "er", "upright.db")
	t.Cleanup(func() { checkClean(t, path) })
	s := mustOpen(t, path)
	if s.Path() != path {
		t.Fatalf("Path = %q", s.Path())
	}
	fi, err := os.Stat(path)
	if err != nil || fi.Mode().Perm() != 0o600 {
		t.Fatalf("file mode %v, %v; want 0600", fi.Mode(), err)
	}
	if di, _ := os.Stat(filepath.Dir(path)); di.Mode().Perm()&0o077 != 0 {
		t.Fatalf("folder mode %v; want no group or other bits", di.Mode())
	}
	leftovers, _ := filepath.Glob(filepath.Join(filepath.Dir(path), ".upright.db.new-*"))
	if len(leftovers) > 0 {
		t.Fatalf("temporary files left: %v", leftovers)
	}
	_ = s.Close()
	db, err := bolt.Open(path, 0o600, &bolt.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	_ = db.View(func(tx *bolt.Tx) error {
		for _, b := range topBuckets {
			if tx.Bucket(b) == nil {
				t.Errorf("bucket %s missing", b)
			}
		}
		if v := string(tx.Bucket(bucketMeta).Get(keySchema)); v != "1" {
			t.Errorf("schema = %q", v)
		}
		return nil
	})
}

func TestOpenTightensLooseModes(t *testing.T) {
	data := t.TempDir()
	t.Setenv("XDG_DATA_HOME", data)
	path, err := DefaultPath()
	if err != nil || path != filepath.Join(data, "upright", "upright.db") {
		t.Fatalf("DefaultPath = %q, %v", path, err)
	}
	t.Cleanup(func() { checkClean(t, path) })
	s := mustOpen(t, path)
	_ = s.Close()
	if len(s.Notices()) != 0 {
		t.Fatalf("notices on a fresh database: %v", s.Notices())
	}
	if err := os.Chmod(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(path, 0o644); err != nil {
		t.Fatal(err)
	}
	s = mustOpen(t, path)
	fi, _ := os.Stat(path)
	di, _ := os.Stat(filepath.Dir(path))
	if fi.Mode().Perm() != 0o600 || di.Mode().Perm() != 0o700 {
		t.Fatalf("modes after reopen: file %v, folder %v", fi.Mode(), di.Mode())
	}
	if n := s.Notices(); len(n) != 2 || !strings.Contains(n[0], "private") {
		t.Fatalf("notices = %q", n)
	}
}

func TestDefaultPathFallsBackToHome(t *testing.T) {
	t.Setenv("XDG_DATA_HOME", "relative/ignored")
	t.Setenv("HOME", "/home/ann")
	if p, err := DefaultPath(); err != nil || p != "/home/ann/.local/share/upright/upright.db" {
		t.Fatalf("DefaultPath = %q, %v", p, err)
	}
}

func TestLockTimeout(t *testing.T) {
	path := newDB(t)
	mustOpen(t, path)
	type result struct {
		s   *Store
		err error
	}
	done := make(chan result, 1)
	go func() {
		s, err := Open(path, Options{Timeout: 200 * time.Millisecond})
		done <- result{s, err}
	}()
	var err error
	select {
	case r := <-done:
		if r.err == nil {
			_ = r.s.Close()
			t.Fatal("second Open succeeded")
		}
		err = r.err
	case <-time.After(time.Second):
		t.Fatal("second Open did not return within 1s")
	}
	if !errors.Is(err, ErrLocked) {
		t.Fatalf("second Open: %v; want ErrLocked", err)
	}
	if !strings.Contains(err.Error(), "already open in another terminal") || strings.Contains(err.Error(), "\n") {
		t.Fatalf("message %q", err)
	}
}

func sha(t *testing.T, path string) [32]byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return sha256.Sum256(b)
}

func TestNewerSchemaRefusedUntouched(t *testing.T) {
	path := filepath.Join(t.TempDir(), "upright.db")
	s := mustOpen(t, path)
	if err := s.FinishSession(record("ann", "a", t0, "core")); err != nil {
		t.Fatal(err)
	}
	_ = s.Close()
	db, err := bolt.Open(path, 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	_ = db.Update(func(tx *bolt.Tx) error { return tx.Bucket(bucketMeta).Put(keySchema, []byte("2")) })
	_ = db.Close()
	if err := os.Chmod(path, 0o644); err != nil { // a loose mode must not be "fixed" either
		t.Fatal(err)
	}
	before := sha(t, path)
	for _, ro := range []bool{false, true} {
		s, err := Open(path, Options{ReadOnly: ro})
		if err == nil {
			_ = s.Close()
			t.Fatal("Open of a newer schema succeeded")
		}
		if !errors.Is(err, ErrNewerSchema) {
			t.Fatalf("Open: %v; want ErrNewerSchema", err)
		}
	}
	if sha(t, path) != before {
		t.Fatal("the newer database was modified")
	}
	if fi, _ := os.Stat(path); fi.Mode().Perm() != 0o644 {
		t.Fatalf("mode changed to %v", fi.Mode())
	}
}

func TestBadFilesGiveClearErrors(t *testing.T) {
	// A real database with some data, to cut short and to scribble on.
	good := filepath.Join(t.TempDir(), "good.db")
	s := mustOpen(t, good)
	for i := range 50 {
		if err := s.FinishSession(record("ann", sid(i), t0.Add(time.Duration(i)*time.Hour), "core")); err != nil {
			t.Fatal(err)
		}
	}
	_ = s.Close()
	goodBytes, _ := os.ReadFile(good)
	rng := rand.New(rand.NewPCG(1, 2))
	random := make([]byte, 64<<10)
	for i := range random {
		random[i] = byte(rng.UintN(256))
	}
	foreign := filepath.Join(t.TempDir(), "foreign.db")
	fdb, err := bolt.Open(foreign, 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	_ = fdb.Update(func(tx *bolt.Tx) error { _, err := tx.CreateBucket([]byte("kv")); return err })
	_ = fdb.Close()
	foreignBytes, _ := os.ReadFile(foreign)

	tests := []struct {
		name    string
		content []byte // nil: make a folder
		want    error
		says    string
	}{
		{"folder", nil, ErrNotDatabase, "folder"},
		{"empty", []byte{}, ErrNotDatabase, "empty"},
		{"zeros", make([]byte, 32<<10), ErrDamaged, "zero"},
		{"text", []byte("name = \"Morning core\"\n"), ErrNotDatabase, "not an upright database"},
		{"random", random, ErrNotDatabase, "not an upright database"},
		{"truncated", goodBytes[:8192], ErrDamaged, "cut short"},
		{"foreign bbolt", foreignBytes, ErrNotDatabase, "another program"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "upright.db")
			if tt.content == nil {
				if err := os.Mkdir(path, 0o700); err != nil {
					t.Fatal(err)
				}
			} else if err := os.WriteFile(path, tt.content, 0o600); err != nil {
				t.Fatal(err)
			}
			for _, ro := range []bool{false, true} {
				s, err := Open(path, Options{ReadOnly: ro})
				if err == nil {
					_ = s.Close()
					t.Fatalf("Open(ReadOnly=%v) succeeded", ro)
				}
				if !errors.Is(err, tt.want) || !strings.Contains(err.Error(), tt.says) || strings.Contains(err.Error(), "\n") {
					t.Fatalf("Open(ReadOnly=%v) = %q; want %v saying %q", ro, err, tt.want, tt.says)
				}
			}
			if tt.content != nil {
				if after, _ := os.ReadFile(path); !bytes.Equal(after, tt.content) {
					t.Fatal("Open changed the file")
				}
			}
		})
	}
}

// TestScribbledPagesNoPanic overwrites the pages after the two meta pages with garbage: opening and
// reading must fail with errors, never crash the process.
func TestScribbledPagesNoPanic(t *testing.T) {
	good := filepath.Join(t.TempDir(), "good.db")
	s := mustOpen(t, good)
	for i := range 30 {
		if err := s.FinishSession(record("ann", sid(i), t0.Add(time.Duration(i)*time.Hour), "core")); err != nil {
			t.Fatal(err)
		}
	}
	_ = s.Close()
	orig, _ := os.ReadFile(good)
	for seed := range uint64(20) {
		b := bytes.Clone(orig)
		rng := rand.New(rand.NewPCG(seed, 7))
		// Scribble a few runs of bytes anywhere past the meta pages.
		for range 4 {
			off := 8192 + rng.IntN(len(b)-8192-64)
			for i := range 64 {
				b[off+i] = byte(rng.UintN(256))
			}
		}
		path := filepath.Join(t.TempDir(), "upright.db")
		if err := os.WriteFile(path, b, 0o600); err != nil {
			t.Fatal(err)
		}
		s, err := Open(path, Options{ReadOnly: true})
		if err != nil {
			continue
		}
		_, _, _ = s.Sessions("ann", Query{})
		_, _ = s.EachSession("ann", func(sessionrecord.Record) error { return nil })
		_, _ = s.Check()
		_ = s.Close()
	}
}

func TestReadOnly(t *testing.T) {
	path := newDB(t)
	if _, err := Open(path, Options{ReadOnly: true}); !errors.Is(err, ErrNotFound) {
		t.Fatalf("read-only Open of a missing file: %v", err)
	}
	if _, err := os.Stat(filepath.Dir(path)); err != nil {
		t.Fatal(err)
	}
	s := mustOpen(t, path)
	if err := s.FinishSession(record("ann", "a", t0, "core")); err != nil {
		t.Fatal(err)
	}
	_ = s.Close()
	before := sha(t, path)
	ro, err := Open(path, Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer ro.Close()
	if recs, _, err := ro.Sessions("ann", Query{}); err != nil || len(recs) != 1 {
		t.Fatalf("read-only Sessions = %d, %v", len(recs), err)
	}
	if err := ro.SaveCheckpoint(growing("ann", "b", 1), nil); !errors.Is(err, ErrReadOnly) {
		t.Fatalf("write on a read-only store: %v", err)
	}
	_ = ro.Close()
	if sha(t, path) != before {
		t.Fatal("read-only open changed the file")
	}
}

func TestUnwritableFolderIsReadOnlyError(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("root ignores permissions")
	}
	dir := t.TempDir()
	if err := os.Chmod(dir, 0o500); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = os.Chmod(dir, 0o700) })
	_, err := Open(filepath.Join(dir, "upright.db"), Options{})
	if !errors.Is(err, ErrReadOnly) {
		t.Fatalf("Open in an unwritable folder: %v; want ErrReadOnly", err)
	}
}

func TestClosedStore(t *testing.T) {
	s := mustOpen(t, newDB(t))
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatalf("second Close: %v", err)
	}
	if _, _, err := s.Sessions("ann", Query{}); err == nil {
		t.Fatal("Sessions on a closed store succeeded")
	}
}

// TestFileErrorsNameThePathOnce: a permission error about the database file itself reads
// "open PATH: permission denied: …", not "open PATH: stat PATH: permission denied: …".
func TestFileErrorsNameThePathOnce(t *testing.T) {
	const path = "/home/ann/.local/share/upright/upright.db"
	err := classify("open "+path, &fs.PathError{Op: "stat", Path: path, Err: syscall.EACCES})
	if !errors.Is(err, ErrReadOnly) {
		t.Fatalf("%v: want ErrReadOnly", err)
	}
	if n := strings.Count(err.Error(), path); n != 1 || !strings.Contains(err.Error(), "permission denied") {
		t.Errorf("%q names the path %d times; want once, with the cause", err, n)
	}
	// An error about another file keeps its path: it says which file.
	other := classify("open "+path, &fs.PathError{Op: "mkdir", Path: "/home/ann/.local", Err: syscall.EACCES})
	if !strings.Contains(other.Error(), "mkdir /home/ann/.local") {
		t.Errorf("%q lost the path of the other file", other)
	}
}
