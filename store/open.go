package store

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"

	bolt "go.etcd.io/bbolt"
)

// Open opens the database at path, creating it and its folder when missing (unless
// opts.ReadOnly). A file that is not an upright database, is damaged, or comes from a newer schema
// is refused with an error that says what to do, and in the last case nothing is written to it.
// The file is held only during each operation afterwards (handle.go); an operation that finds
// another upright holding it waits up to opts.Timeout, then fails with ErrLocked.
//
// With opts.ReadOnly, Open creates nothing and changes nothing (no folder, no file, no mode, no
// stamp); a missing file or folder is an error wrapping ErrNoDatabase ("no database at PATH: …").
func Open(path string, opts Options) (*Store, error) {
	if opts.Timeout <= 0 {
		opts.Timeout = DefaultTimeout
	}
	s := &Store{path: path, opts: opts}
	if err := s.open(); err != nil {
		return nil, err
	}
	return s, nil
}

func (s *Store) open() error {
	op := "open " + s.path
	dir := filepath.Dir(s.path)
	if !s.opts.ReadOnly {
		if err := os.MkdirAll(dir, 0o700); err != nil {
			return classify(op, err)
		}
		s.tightenFolder(dir)
	}
	fi, err := os.Stat(s.path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		if s.opts.ReadOnly {
			return s.noDatabase("")
		}
		if err := create(s.path, s.opts); err != nil {
			return classify(op, err)
		}
	case err != nil:
		return classify(op, err)
	case fi.IsDir():
		return fmt.Errorf("%s: it is a folder: %w", op, ErrNotDatabase)
	case !fi.Mode().IsRegular():
		return fmt.Errorf("%s: it is not a regular file: %w", op, ErrNotDatabase)
	case !s.opts.ReadOnly:
		// Fail now on a file this upright cannot write, not at the first save.
		f, err := os.OpenFile(s.path, os.O_RDWR, 0)
		if err != nil {
			return classify(op, err)
		}
		_ = f.Close()
	}
	// The schema is read through a read-only transaction first, so a newer database is never
	// written to.
	ready := false
	err = s.withDB(op, reading, func(h *handle) error {
		return h.db.View(func(tx *bolt.Tx) error {
			var err error
			ready, err = schemaReady(tx)
			return err
		})
	})
	if err != nil || s.opts.ReadOnly {
		return err
	}
	if fi != nil {
		s.tightenFile(fi)
	}
	if ready {
		return nil
	}
	return s.withDB(op, writing, func(h *handle) error { return h.db.Update(initBuckets) })
}

// schemaReady reports whether every top-level bucket exists and the schema is this one; it fails
// for another program's bbolt file and for a newer schema.
func schemaReady(tx *bolt.Tx) (bool, error) {
	meta := tx.Bucket(bucketMeta)
	if meta == nil {
		foreign := false
		_ = tx.ForEach(func([]byte, *bolt.Bucket) error { foreign = true; return nil })
		if foreign {
			return false, fmt.Errorf("a bbolt database of another program: %w", ErrNotDatabase)
		}
	}
	v, err := schemaOf(meta)
	if err != nil {
		return false, err
	}
	for _, name := range allBuckets() {
		if tx.Bucket(name) == nil {
			return false, nil
		}
	}
	return v == SchemaVersion, nil
}

// initBuckets creates every top-level bucket and the schema version, in one transaction. A bbolt
// file with buckets but no meta bucket belongs to another program and is refused.
func initBuckets(tx *bolt.Tx) error {
	meta := tx.Bucket(bucketMeta)
	if meta == nil {
		foreign := false
		_ = tx.ForEach(func([]byte, *bolt.Bucket) error { foreign = true; return nil })
		if foreign {
			return fmt.Errorf("a bbolt database of another program: %w", ErrNotDatabase)
		}
	}
	if v, err := schemaOf(meta); err == nil && v == SchemaVersion {
		// A database of this schema was made with every bucket: one missing had its name
		// damaged, and a fresh empty one would hide the records under the damaged name.
		for _, name := range topBuckets {
			if tx.Bucket(name) == nil {
				return fmt.Errorf("its %s section is missing; run upright check: %w", name, ErrDamaged)
			}
		}
	}
	for _, name := range allBuckets() {
		if _, err := tx.CreateBucketIfNotExists(name); err != nil {
			return err
		}
	}
	meta = tx.Bucket(bucketMeta)
	v, err := schemaOf(meta)
	if err != nil {
		return err
	}
	if v == 0 {
		return meta.Put(keySchema, []byte(strconv.Itoa(SchemaVersion)))
	}
	return nil
}

// schemaOf reads the schema version; 0 when unset. A newer one is ErrNewerSchema.
func schemaOf(meta *bolt.Bucket) (int, error) {
	if meta == nil {
		return 0, nil
	}
	raw := meta.Get(keySchema)
	if raw == nil {
		return 0, nil
	}
	v, err := strconv.Atoi(string(raw))
	if err != nil || v < 1 {
		return 0, fmt.Errorf("schema version %q is unreadable: %w", oneLine(string(raw)), ErrDamaged)
	}
	if v > SchemaVersion {
		return v, fmt.Errorf("schema %d, this upright reads up to %d: %w", v, SchemaVersion, ErrNewerSchema)
	}
	return v, nil
}

// create makes a new database under a temporary name and links it into place, so a crash never
// leaves an empty or half-made file at path (an empty file there is refused as not a database).
func create(path string, opts Options) error {
	dir, base := filepath.Split(path)
	if dir == "" {
		dir = "."
	}
	f, err := os.CreateTemp(dir, "."+base+".new-*")
	if err != nil {
		return err
	}
	tmp := f.Name()
	defer os.Remove(tmp)
	if err := f.Close(); err != nil {
		return err
	}
	db, err := bolt.Open(tmp, 0o600, &bolt.Options{Timeout: opts.Timeout, NoFreelistSync: noFreelistSync})
	if err != nil {
		return err
	}
	if err := db.Update(initBuckets); err != nil {
		_ = db.Close()
		return err
	}
	if err := db.Close(); err != nil {
		return err
	}
	if err := syncPath(tmp); err != nil {
		return err
	}
	// Link fails if another upright created the file meanwhile; then that one is opened.
	if err := os.Link(tmp, path); err != nil && !errors.Is(err, fs.ErrExist) {
		if err := os.Rename(tmp, path); err != nil {
			return err
		}
	}
	return syncPath(dir)
}

// syncPath flushes a file, or a folder's entries after a rename, to the disk.
func syncPath(path string) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	err = f.Sync()
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return err
}

// tightenFile makes the database private to its owner.
func (s *Store) tightenFile(fi os.FileInfo) {
	if perm := fi.Mode().Perm(); perm&0o077 != 0 {
		if err := os.Chmod(s.path, perm&0o700|0o600); err != nil {
			s.notices = append(s.notices, fmt.Sprintf("%s can be read by other users (mode %04o) and could not be fixed: %v; run chmod 600 on it", s.path, perm, err))
			return
		}
		s.notices = append(s.notices, fmt.Sprintf("%s could be read by other users (mode %04o); it is now private (0600)", s.path, perm))
	}
}

// tightenFolder makes upright's own data folder private; a folder the user chose with --db is
// theirs, and is left alone.
func (s *Store) tightenFolder(dir string) {
	def, err := defaultDir()
	if err != nil || filepath.Clean(def) != filepath.Clean(dir) {
		return
	}
	fi, err := os.Stat(dir)
	if err != nil {
		return
	}
	if perm := fi.Mode().Perm(); perm&0o077 != 0 {
		if err := os.Chmod(dir, 0o700); err != nil {
			s.notices = append(s.notices, fmt.Sprintf("%s can be read by other users (mode %04o) and could not be fixed: %v; run chmod 700 on it", dir, perm, err))
			return
		}
		s.notices = append(s.notices, fmt.Sprintf("%s could be read by other users (mode %04o); it is now private (0700)", dir, perm))
	}
}
