package store

import (
	"fmt"

	bolt "go.etcd.io/bbolt"

	"upright/exercises"
)

// savedRoutine is a routine as stored: its TOML source, parsed again on every read, so a routine
// keeps meaning what its text says as the catalog evolves.
type savedRoutine struct {
	File string `json:"file"`
	TOML []byte `json:"toml"`
}

func parseSaved(sr savedRoutine) (exercises.Routine, error) {
	r, err := exercises.ParseStored(sr.File, sr.TOML)
	if err != nil {
		return exercises.Routine{}, err
	}
	r.Source = exercises.SourceSaved
	return r, nil
}

// SaveRoutine parses a routine file's source and stores it under the routine's id, replacing the
// saved routine of the same name. A saved routine of another name whose id is the same ("Morning
// core" and "morning-core") is never replaced: the save is refused with a message naming both.
// file names the source in errors.
func (s *Store) SaveRoutine(src []byte, file string) (exercises.Routine, error) {
	sr := savedRoutine{File: file, TOML: append([]byte(nil), src...)}
	r, err := parseSaved(sr)
	if err != nil {
		return exercises.Routine{}, err
	}
	if r.ID == "" {
		return exercises.Routine{}, fmt.Errorf("%s: the routine has no id; give it a name", file)
	}
	if _, builtin := exercises.BuiltinRoutine(r.ID); builtin {
		// A saved routine under a built-in's id could never be started: the built-in always wins.
		return exercises.Routine{}, fmt.Errorf("%s: %q is the name of a built-in routine; give this one another name", file, r.Name)
	}
	err = s.update("save routine "+r.ID, func(tx *bolt.Tx) error {
		key := []byte(r.ID)
		if other, ok := savedName(tx, key); ok && other != r.Name {
			return fmt.Errorf("%s: routine %q gets the id %q, which the saved routine %q already has (names that differ only in case, spaces or punctuation share an id); rename one of them", file, r.Name, r.ID, other)
		}
		v, err := seal(string(bucketRoutines), key, sr)
		if err != nil {
			return err
		}
		return tx.Bucket(bucketRoutines).Put(key, v)
	})
	if err != nil {
		return exercises.Routine{}, err
	}
	return r, nil
}

// Routines lists the saved routines by id. One that is damaged, or no longer parses (an exercise
// it names was removed from the catalog), is reported and left out.
func (s *Store) Routines() ([]exercises.Routine, []Damaged, error) {
	var saved []savedRoutine
	var keys []string
	var bad []Damaged
	err := s.view("list saved routines", func(tx *bolt.Tx) error {
		saved, keys, bad = nil, nil, nil
		return tx.Bucket(bucketRoutines).ForEach(func(k, v []byte) error {
			var sr savedRoutine
			if err := unseal(string(bucketRoutines), k, v, &sr); err != nil {
				bad = append(bad, Damaged{Bucket: string(bucketRoutines), Key: string(k), Err: err})
				return nil
			}
			saved, keys = append(saved, sr), append(keys, string(k))
			return nil
		})
	})
	if err != nil {
		return nil, nil, err
	}
	var out []exercises.Routine
	for i, sr := range saved {
		r, err := parseSaved(sr)
		if err != nil {
			bad = append(bad, Damaged{Bucket: string(bucketRoutines), Key: keys[i], Err: fmt.Errorf("saved routine no longer reads: %w", err)})
			continue
		}
		out = append(out, r)
	}
	return out, bad, nil
}

// RoutineSource is the saved TOML source of the routine with id.
func (s *Store) RoutineSource(id string) (src []byte, err error) {
	err = s.view("read routine "+id, func(tx *bolt.Tx) error {
		key := []byte(id)
		raw := tx.Bucket(bucketRoutines).Get(key)
		if raw == nil {
			return fmt.Errorf("saved routine %q: %w", id, ErrNotFound)
		}
		var sr savedRoutine
		if err := unseal(string(bucketRoutines), key, raw, &sr); err != nil {
			return err
		}
		src = sr.TOML
		return nil
	})
	return src, err
}

// checkRoutines adds a problem for each saved routine that is damaged or no longer parses.
func checkRoutines(tx *bolt.Tx, add func(string, error)) {
	_ = tx.Bucket(bucketRoutines).ForEach(func(k, v []byte) error {
		var sr savedRoutine
		if err := unseal(string(bucketRoutines), k, v, &sr); err != nil {
			add(where(bucketRoutines, k), err)
		} else if r, err := parseSaved(sr); err != nil {
			add(where(bucketRoutines, k), fmt.Errorf("saved routine no longer reads: %w", err))
		} else if r.ID != string(k) {
			add(where(bucketRoutines, k), fmt.Errorf("routine id is now %q", r.ID))
		}
		return nil
	})
}

// savedName is the name of the readable saved routine stored under key; ok is false when there is
// none, or it is damaged or no longer parses (then nothing readable is lost by replacing it).
func savedName(tx *bolt.Tx, key []byte) (string, bool) {
	raw := tx.Bucket(bucketRoutines).Get(key)
	if raw == nil {
		return "", false
	}
	var sr savedRoutine
	if unseal(string(bucketRoutines), key, raw, &sr) != nil {
		return "", false
	}
	r, err := parseSaved(sr)
	if err != nil {
		return "", false
	}
	return r.Name, true
}
