package store

import (
	"fmt"
	"os"
	"syscall"

	bolt "go.etcd.io/bbolt"

	"upright/session/profile"
)

// RenameProfile gives a profile a new name, moving its sessions, checkpoint and prescribed
// routines with it and updating the profile name inside each record.
func (s *Store) RenameProfile(oldName, newName string) error {
	if err := ValidateName(newName); err != nil {
		return err
	}
	typed := newName
	newName = profile.Name(newName)
	return s.update(fmt.Sprintf("rename profile %s to %s", oldName, newName), func(tx *bolt.Tx) error {
		oldName := storedName(tx, oldName)
		if oldName == newName {
			return nil
		}
		p, err := getProfile(tx, oldName)
		if err != nil {
			return err
		}
		// Another spelling of this same name is no clash: it is the name stored the old way.
		if to := storedName(tx, newName); to != oldName && exists(tx, to) {
			return fmt.Errorf("a profile called %q already exists; choose another name", typed)
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
		if err := reassignRoutines(tx, oldName, newName); err != nil {
			return err
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
	src, err := sessionsOf(tx, from, false)
	if src == nil {
		return err
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

// DeleteProfile erases a profile: its profile record, sessions and checkpoint; the routines
// prescribed for it join the clinic's library (a therapist's work is not lost with a patient's
// data, and a routine is not a patient's record). Then it rewrites
// the database into a new file beside the real one (a symlinked --db stays a symlink), puts it in
// place, and overwrites the old file with zeros, so the deleted records are gone from the disk
// (bbolt would otherwise keep their bytes in free pages until they are reused). A file with another
// hard link is refused before anything changes (ErrLinked): the other name would keep the records.
func (s *Store) DeleteProfile(name string) error {
	op := "delete profile " + name
	return s.withDB(op, writing, func(h *handle) error {
		if n, err := links(h.f); err != nil {
			return err
		} else if n > 1 {
			return fmt.Errorf("%s: %w", s.path, ErrLinked)
		}
		err := h.db.Update(func(tx *bolt.Tx) error {
			name := storedName(tx, name)
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
			if err := reassignRoutines(tx, name, ""); err != nil {
				return err
			}
			return renameLast(tx, name, "")
		})
		if err != nil {
			return err
		}
		if err := s.compact(h); err != nil {
			return fmt.Errorf("the profile is deleted, but its old bytes may remain in the file until the next deletion: %w", err)
		}
		return nil
	})
}

// links is how many names the open file has.
func links(f *os.File) (uint64, error) {
	fi, err := f.Stat()
	if err != nil {
		return 0, err
	}
	if st, ok := fi.Sys().(*syscall.Stat_t); ok {
		return uint64(st.Nlink), nil
	}
	return 1, nil
}
