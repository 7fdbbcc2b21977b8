package store

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime/debug"
	"sync"
	"time"

	bolt "go.etcd.io/bbolt"
)

// SchemaVersion is the layout of buckets and keys this package reads and writes.
const SchemaVersion = 1

// Bucket and key names, in one place.
var (
	bucketMeta        = []byte("meta")
	bucketProfiles    = []byte("profiles")
	bucketSessions    = []byte("sessions") // holds one nested bucket per profile
	bucketCheckpoints = []byte("checkpoints")
	bucketRoutines    = []byte("routines")
	bucketInvites     = []byte("invites") // clinic.go: one-time codes, by the hash of the code
	bucketKeys        = []byte("keys")    // clinic.go: enrolled public keys, by fingerprint
	bucketAudit       = []byte("audit")   // clinic.go: who opened which profile, by sequence

	keySchema      = []byte("schema")       // decimal text, not enveloped, so any version can read it
	keyLastProfile = []byte("last_profile") // enveloped string
)

// topBuckets are created at open, all in one transaction.
var topBuckets = [][]byte{bucketMeta, bucketProfiles, bucketSessions, bucketCheckpoints, bucketRoutines}

// laterBuckets came after databases of this schema were already in use (the clinic server's): a
// writable open creates them when missing, and a database without them is sound, read as having
// no invites, keys or audit entries. The schema stays 1, so an older upright still opens the file.
var laterBuckets = [][]byte{bucketInvites, bucketKeys, bucketAudit}

// DefaultTimeout is how long an operation waits for another upright to let go of the file.
const DefaultTimeout = time.Second

// Options tune Open.
type Options struct {
	// Timeout is how long each operation waits for the file lock; DefaultTimeout when zero.
	Timeout time.Duration
	// ReadOnly opens for reading only: nothing is ever created or changed (no folder, no file,
	// no mode, no stamp), a missing file or folder is an error wrapping ErrNoDatabase ("no
	// database at PATH: …"), and every write method fails with ErrReadOnly. Commands that only
	// read (check, export, history, report, routines) open this way.
	ReadOnly bool
}

// Store is an open database. Its methods are safe for concurrent use.
type Store struct {
	path string
	opts Options

	mu       sync.Mutex // held while this process uses the file: one operation at a time
	closed   bool
	known    fileStamp // the last state of the file this Store found sound or left by a commit
	hasKnown bool
	notices  []string
}

// DefaultPath is $XDG_DATA_HOME/upright/upright.db, or ~/.local/share/upright/upright.db.
func DefaultPath() (string, error) {
	dir, err := defaultDir()
	if err != nil {
		return "", err
	}
	return filepath.Join(dir, "upright.db"), nil
}

func defaultDir() (string, error) {
	// The XDG spec says a relative value is invalid and must be ignored.
	if d := os.Getenv("XDG_DATA_HOME"); d != "" && filepath.IsAbs(d) {
		return filepath.Join(d, "upright"), nil
	}
	home, err := os.UserHomeDir()
	if err != nil {
		return "", fmt.Errorf("find the data folder: %v; set XDG_DATA_HOME or pass --db", err)
	}
	return filepath.Join(home, ".local", "share", "upright"), nil
}

// Path is the database file.
func (s *Store) Path() string { return s.path }

// Notices are things Open fixed or noticed that the user should hear about, such as file
// permissions that were tightened.
func (s *Store) Notices() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]string(nil), s.notices...)
}

// Close ends the Store; the file itself is held only during each operation. Calling it twice is
// harmless.
func (s *Store) Close() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.closed = true
	return nil
}

// guarded runs fn with faults on the mmap'd file turned into panics, and panics turned into
// ErrDamaged: bbolt trusts the pages it reads, and a damaged file can make it fault or panic.
// op prefixes the error unless empty.
func guarded(op string, fn func() error) (err error) {
	old := debug.SetPanicOnFault(true)
	defer debug.SetPanicOnFault(old)
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%s: %w", oneLine(r), ErrDamaged)
			if op != "" {
				err = fmt.Errorf("%s: %w", op, err)
			}
		}
	}()
	return fn()
}

// view runs fn in one read transaction.
func (s *Store) view(op string, fn func(tx *bolt.Tx) error) error {
	return s.withDB(op, reading, func(h *handle) error { return h.db.View(fn) })
}

// update runs fn in one write transaction; its commit is fsync'd before update returns.
func (s *Store) update(op string, fn func(tx *bolt.Tx) error) error {
	if s.opts.ReadOnly {
		return fmt.Errorf("%s: opened read-only: %w", op, ErrReadOnly)
	}
	return s.withDB(op, writing, func(h *handle) error { return h.db.Update(fn) })
}

// allBuckets is every top-level bucket a database of this upright has once opened for writing.
func allBuckets() [][]byte {
	return append(append([][]byte(nil), topBuckets...), laterBuckets...)
}
