package store

import (
	"errors"
	"fmt"
	"os"

	bolt "go.etcd.io/bbolt"
)

// Problem is one thing Check found wrong.
type Problem struct {
	Where string // bucket and key, or "file"
	What  string
}

// Check verifies the file's structure (bbolt's own consistency check) and every stored value's
// envelope, checksum, version and JSON. It changes nothing. The error is for a check that could
// not run; what it found is in the problems.
func (s *Store) Check() ([]Problem, error) {
	var out []Problem
	err := s.withDB("check the database", checking, func(h *handle) error {
		// The open may have skipped the page walk for a state found sound before (checked.go);
		// a check walks always, and reads nothing through bbolt when the walk fails.
		if err := walkNow(h.f); err != nil {
			s.hasKnown = false
			out = []Problem{{Where: "file", What: oneLine(err)}}
			return nil
		}
		return h.db.View(func(tx *bolt.Tx) error {
			return s.checkTx(tx, &out)
		})
	})
	if errors.Is(err, ErrDamaged) {
		// Refused before the walk, or bbolt met damage the walk does not look for.
		return append(out, Problem{Where: "file", What: oneLine(err)}), nil
	}
	return out, err
}

// checkTx adds to out every problem found in one read transaction.
func (s *Store) checkTx(tx *bolt.Tx, out *[]Problem) error {
	*out = nil
	add := func(where string, err error) { *out = append(*out, Problem{Where: where, What: oneLine(err)}) }
	for err := range tx.Check() {
		add("file", err)
	}
	if len(*out) > 0 {
		return nil // the pages themselves are bad: reading records could fault
	}
	for _, name := range topBuckets {
		if tx.Bucket(name) == nil {
			add(string(name), fmt.Errorf("bucket missing"))
		}
	}
	if len(*out) > 0 {
		return nil
	}
	meta := tx.Bucket(bucketMeta)
	if _, err := schemaOf(meta); err != nil {
		add("meta/schema", err)
	}
	if raw := meta.Get(keyLastProfile); raw != nil {
		var last string
		if err := unseal(string(bucketMeta), keyLastProfile, raw, &last); err != nil {
			add("meta/last_profile", err)
		}
	}
	_ = tx.Bucket(bucketProfiles).ForEach(func(k, v []byte) error {
		var p Profile
		if err := unseal(string(bucketProfiles), k, v, &p); err != nil {
			add(where(bucketProfiles, k), err)
		} else if p.Name != string(k) {
			add(where(bucketProfiles, k), fmt.Errorf("profile is named %q but stored as %q", p.Name, k))
		}
		return nil
	})
	_ = tx.Bucket(bucketSessions).ForEach(func(k, v []byte) error {
		if v != nil { // a flipped flag byte turned a profile's sessions into one value
			add(where(bucketSessions, k), fmt.Errorf("a record where a profile's sessions belong: %w", ErrDamaged))
		}
		return nil
	})
	_ = tx.Bucket(bucketSessions).ForEachBucket(func(profile []byte) error {
		path := sessionsPath(string(profile))
		return tx.Bucket(bucketSessions).Bucket(profile).ForEach(func(k, v []byte) error {
			if rec, err := readRecord(path, k, v); err != nil {
				add(path+"/"+string(k), err)
			} else if rec.Profile != string(profile) || keyID(k) != rec.ID {
				add(path+"/"+string(k), fmt.Errorf("record %s of %q does not belong under this key", rec.ID, rec.Profile))
			}
			return nil
		})
	})
	_ = tx.Bucket(bucketCheckpoints).ForEach(func(k, v []byte) error {
		if _, err := getCheckpoint(tx, string(k)); err != nil {
			add(where(bucketCheckpoints, k), err)
		}
		return nil
	})
	checkRoutines(tx, add)
	checkClinic(tx, add)
	checkLookups(tx, add)
	checkHeaders(s.path, tx.DB().Info().PageSize, add)
	return nil
}

func where(bucket, key []byte) string { return string(bucket) + "/" + string(key) }

// walkNow checks the page tree of the open file as it is now.
func walkNow(f *os.File) error {
	m, err := currentMeta(f)
	if err != nil {
		return err
	}
	if err := walkPages(f, m); err != nil {
		return fmt.Errorf("its structure is damaged (%v): %w", err, ErrDamaged)
	}
	return nil
}
