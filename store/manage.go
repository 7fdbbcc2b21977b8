package store

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"

	bolt "go.etcd.io/bbolt"
)

// RenameProfile gives a profile a new name, moving its sessions and checkpoint with it and
// updating the profile name inside each record.
func (s *Store) RenameProfile(oldName, newName string) error {
	if err := ValidateName(newName); err != nil {
		return err
	}
	if oldName == newName {
		return nil
	}
	return s.update(fmt.Sprintf("rename profile %s to %s", oldName, newName), func(tx *bolt.Tx) error {
		p, err := getProfile(tx, oldName)
		if err != nil {
			return err
		}
		if exists(tx, newName) {
			return fmt.Errorf("a profile called %q already exists; choose another name", newName)
		}
		if p.DisplayName == oldName || p.DisplayName == "" {
			p.DisplayName = newName
		}
		p.Name = newName
		if err := putProfile(tx, p); err != nil {
			return err
		}
		if err := tx.Bucket(bucketProfiles).Delete([]byte(oldName)); err != nil {
			return err
		}
		if err := moveSessions(tx, oldName, newName); err != nil {
			return err
		}
		if cp, err := getCheckpoint(tx, oldName); err != nil {
			return err
		} else if cp != nil {
			cp.Record.Profile = newName
			if err := putCheckpoint(tx, *cp); err != nil {
				return err
			}
			if err := tx.Bucket(bucketCheckpoints).Delete([]byte(oldName)); err != nil {
				return err
			}
		}
		return renameLast(tx, oldName, newName)
	})
}

// exists reports whether anything is stored under the profile name.
func exists(tx *bolt.Tx, name string) bool {
	k := []byte(name)
	return tx.Bucket(bucketProfiles).Get(k) != nil || tx.Bucket(bucketSessions).Bucket(k) != nil ||
		tx.Bucket(bucketCheckpoints).Get(k) != nil
}

// moveSessions re-seals every session of from under to. A damaged one is copied as it is, so it
// stays reported as damaged rather than vanishing.
func moveSessions(tx *bolt.Tx, from, to string) error {
	src, _ := sessionsOf(tx, from, false)
	if src == nil {
		return nil
	}
	dst, err := sessionsOf(tx, to, true)
	if err != nil {
		return err
	}
	err = src.ForEach(func(k, v []byte) error {
		rec, err := readRecord(sessionsPath(from), k, v)
		if err != nil {
			return dst.Put(append([]byte(nil), k...), append([]byte(nil), v...))
		}
		rec.Profile = to
		nv, err := seal(sessionsPath(to), k, rec)
		if err != nil {
			return err
		}
		return dst.Put(append([]byte(nil), k...), nv)
	})
	if err != nil {
		return err
	}
	return tx.Bucket(bucketSessions).DeleteBucket([]byte(from))
}

// renameLast points the last-used profile at to when it was from; to "" clears it.
func renameLast(tx *bolt.Tx, from, to string) error {
	meta := tx.Bucket(bucketMeta)
	raw := meta.Get(keyLastProfile)
	if raw == nil {
		return nil
	}
	var last string
	if err := unseal(string(bucketMeta), keyLastProfile, raw, &last); err == nil && last != from {
		return nil
	}
	if to == "" {
		return meta.Delete(keyLastProfile)
	}
	v, err := seal(string(bucketMeta), keyLastProfile, to)
	if err != nil {
		return err
	}
	return meta.Put(keyLastProfile, v)
}

// DeleteProfile erases a profile: its profile record, sessions and checkpoint. Then it rewrites
// the database into a new file and replaces the old one with it, and overwrites the old file with
// zeros, so the deleted records are gone from the file (bbolt would otherwise keep their bytes in
// free pages until they are reused).
func (s *Store) DeleteProfile(name string) error {
	op := "delete profile " + name
	err := s.update(op, func(tx *bolt.Tx) error {
		if !exists(tx, name) {
			return fmt.Errorf("profile %q: %w", name, ErrNotFound)
		}
		k := []byte(name)
		if err := tx.Bucket(bucketProfiles).Delete(k); err != nil {
			return err
		}
		if tx.Bucket(bucketSessions).Bucket(k) != nil {
			if err := tx.Bucket(bucketSessions).DeleteBucket(k); err != nil {
				return err
			}
		}
		if err := tx.Bucket(bucketCheckpoints).Delete(k); err != nil {
			return err
		}
		return renameLast(tx, name, "")
	})
	if err != nil {
		return err
	}
	if err := s.compact(); err != nil {
		return fmt.Errorf("%s: the profile is deleted, but its old bytes may remain in the file until the next deletion: %w", op, err)
	}
	return nil
}

// compact copies the live data into path+".tmp", syncs it, renames it over path, opens it, and
// then zeroes the old file.
func (s *Store) compact() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.db == nil {
		return errClosed
	}
	tmp := s.path + ".tmp"
	if err := os.Remove(tmp); err != nil && !errors.Is(err, os.ErrNotExist) {
		return classify("compact", err)
	}
	err := guarded("compact", func() error {
		dst, err := bolt.Open(tmp, 0o600, &bolt.Options{Timeout: s.opts.Timeout})
		if err != nil {
			return err
		}
		if err := bolt.Compact(dst, s.db, 16<<20); err != nil {
			_ = dst.Close()
			return err
		}
		return dst.Close()
	})
	if err == nil {
		err = syncPath(tmp)
	}
	if err == nil {
		err = os.Rename(tmp, s.path)
	}
	if err != nil {
		_ = os.Remove(tmp)
		return classify("compact", err)
	}
	if err := syncPath(filepath.Dir(s.path)); err != nil {
		return classify("compact", err)
	}
	db, f, err := openBolt(s.path, s.opts)
	if err != nil {
		// The open database is now a file no longer at path: writing on into it would be lost.
		_ = s.db.Close()
		s.db, s.file = nil, nil
		return classify("reopen after compacting", err)
	}
	oldDB, oldFile := s.db, s.file
	s.db, s.file = db, f
	zeroErr := zeroFile(oldFile)
	if err := oldDB.Close(); err != nil {
		return classify("close the old file", err)
	}
	return classify("wipe the old file", zeroErr)
}

// zeroFile overwrites f with zeros and syncs it.
func zeroFile(f *os.File) error {
	if f == nil {
		return nil
	}
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
