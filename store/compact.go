package store

import (
	"fmt"
	"os"
	"path/filepath"
	"syscall"

	bolt "go.etcd.io/bbolt"
)

// compact copies the live data of the held file into a new file beside the real one (symlinks
// resolved), makes it durable, checks it, and renames it over the real file while holding its lock,
// so no other upright uses it before it is recorded as sound. Only then, and only when the old
// file has no name left, are the old file's bytes overwritten with zeros: until the rename is on
// disk the old file is the only copy. Processes waiting on the old file's lock find it replaced
// and open the new one (acquire).
func (s *Store) compact(h *handle) error {
	real, err := filepath.EvalSymlinks(s.path)
	if err != nil {
		return err
	}
	dir, base := filepath.Split(real)
	tf, err := os.CreateTemp(dir, "."+base+".compact-*")
	if err != nil {
		return err
	}
	tmp := tf.Name()
	defer os.Remove(tmp) // fails harmlessly once renamed
	if err := tf.Close(); err != nil {
		return err
	}
	dst, err := bolt.Open(tmp, 0o600, &bolt.Options{Timeout: s.opts.Timeout, NoFreelistSync: noFreelistSync})
	if err != nil {
		return err
	}
	if err := bolt.Compact(dst, h.db, 16<<20); err != nil {
		_ = dst.Close()
		return err
	}
	if err := dst.Close(); err != nil {
		return err
	}
	nf, err := os.OpenFile(tmp, os.O_RDWR, 0)
	if err != nil {
		return err
	}
	defer nf.Close() // lets go of the new file's lock
	if err := lockFile(nf, syscall.LOCK_EX, newLockWait(s.opts.Timeout)); err != nil {
		return err
	}
	if err := nf.Sync(); err != nil {
		return err
	}
	m, err := currentMeta(nf)
	if err != nil {
		return err
	}
	if err := walkPages(nf, m); err != nil {
		return fmt.Errorf("the compacted copy is damaged (%v): %w", err, ErrDamaged)
	}
	if err := os.Rename(tmp, real); err != nil {
		return err
	}
	h.replaced = true
	if err := syncPath(dir); err != nil {
		return err
	}
	if st, ok := stampNow(nf); ok {
		s.known, s.hasKnown = st, true
		writeChecked(s.path, st)
	} else {
		s.forget()
	}
	if n, err := links(h.f); err != nil || n != 0 {
		return err // someone linked the old file meanwhile: it is theirs now
	}
	return zeroFile(h.f)
}

// zeroFile overwrites f with zeros and syncs it.
func zeroFile(f *os.File) error {
	fi, err := f.Stat()
	if err != nil {
		return err
	}
	zeros := make([]byte, 1<<20)
	for off := int64(0); off < fi.Size(); off += int64(len(zeros)) {
		n := min(int64(len(zeros)), fi.Size()-off)
		if _, err := f.WriteAt(zeros[:n], off); err != nil {
			return err
		}
	}
	return f.Sync()
}
