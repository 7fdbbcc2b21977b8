package store

import (
	"fmt"

	bolt "go.etcd.io/bbolt"

	"upright/exercises"
)

// savedRoutine is a routine as stored: its TOML source, parsed again on every read, so a routine
// keeps meaning what its text says as the catalog evolves, and its owner (the profile it is
// prescribed for; absent, as in every routine saved before owners, is the clinic's library).
type savedRoutine struct {
	File  string `json:"file"`
	TOML  []byte `json:"toml"`
	Owner string `json:"owner,omitempty"`
}

func parseSaved(sr savedRoutine) (exercises.Routine, error) {
	r, err := exercises.ParseStored(sr.File, sr.TOML)
	if err != nil {
		return exercises.Routine{}, err
	}
	r.Source, r.Owner = exercises.SourceSaved, sr.Owner
	return r, nil
}

// RoutineSave says how SaveRoutine stores a routine.
type RoutineSave struct {
	// File names the source in errors ("morning.toml", "builder").
	File string
	// Owner is the profile the routine is prescribed for, which must exist; "" is the library.
	Owner string
	// Replaces is the id of the saved routine this one is a change of: the builder's rename. The
	// old id goes away in the same transaction, and prescriptions naming it name the new one.
	Replaces string
	// New refuses an id that is already saved, for a routine that was never saved before; without
	// it (and without Replaces) the saved routine of the same name is replaced, as `routine add`
	// updates a file's routine.
	New bool
}

// SaveRoutine parses a routine file's source and stores it under the routine's id with its owner.
// A saved routine of another name whose id is the same ("Morning core" and "morning-core") is
// never replaced, nor is one of the same name that belongs to someone else: the save is refused
// with a message naming both.
func (s *Store) SaveRoutine(src []byte, how RoutineSave) (exercises.Routine, error) {
	file := how.File
	sr := savedRoutine{File: file, TOML: append([]byte(nil), src...), Owner: how.Owner}
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
	// A refusal is said as the file's own problem (FILE: message), not as a failed write.
	var refused error
	err = s.update("save routine "+r.ID, func(tx *bolt.Tx) error {
		if how.Owner != "" && tx.Bucket(bucketProfiles).Get([]byte(how.Owner)) == nil {
			refused = fmt.Errorf("%s: there is no profile called %q to prescribe the routine for; check the name (the app's profiles list) or leave --profile out to save it in the library", file, how.Owner)
			return refused
		}
		if who := prescribedElsewhere(tx, how.Owner, r.ID, how.Replaces); who != "" {
			refused = fmt.Errorf("%s: routine %q is prescribed for %s too, so it cannot be %s's alone; save it in the library, or take it off %s's prescription first",
				file, r.Name, who, how.Owner, who)
			return refused
		}
		key := []byte(r.ID)
		if other, ok := savedAt(tx, key); ok && r.ID != how.Replaces {
			if refused = clash(file, r, other, how); refused != nil {
				return refused
			}
		}
		v, err := seal(string(bucketRoutines), key, sr)
		if err != nil {
			return err
		}
		if err := tx.Bucket(bucketRoutines).Put(key, v); err != nil {
			return err
		}
		if how.Replaces == "" || how.Replaces == r.ID {
			return nil
		}
		return renameRoutine(tx, how.Replaces, r.ID)
	})
	if refused != nil {
		return exercises.Routine{}, refused
	}
	if err != nil {
		return exercises.Routine{}, err
	}
	return r, nil
}

// clash is why r may not take the place of the saved routine other, which has its id, or nil when
// it may: only a file's routine of the same name and owner, added again, replaces its old self.
func clash(file string, r, other exercises.Routine, how RoutineSave) error {
	switch {
	case how.New || how.Replaces != "" || other.Name != r.Name:
		return fmt.Errorf("%s: routine %q gets the id %q, which the saved routine %q already has (names that differ only in case, spaces or punctuation share an id); choose another name", file, r.Name, r.ID, other.Name)
	case other.Owner != how.Owner:
		return fmt.Errorf("%s: routine %q is already saved %s; add it %s to replace it, or give this one another name", file, r.Name, ownerWords(other.Owner), ownerFlag(other.Owner))
	}
	return nil
}

// ownerWords and ownerFlag say whose a routine is, in a sentence and as the flag that names it.
func ownerWords(owner string) string {
	if owner == "" {
		return "in the clinic's library"
	}
	return fmt.Sprintf("for %q", owner)
}

func ownerFlag(owner string) string {
	if owner == "" {
		return "without --profile"
	}
	return fmt.Sprintf("with --profile %q", owner)
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

// savedAt is the readable saved routine stored under key; ok is false when there is none, or it is
// damaged or no longer parses (then nothing readable is lost by replacing it).
func savedAt(tx *bolt.Tx, key []byte) (exercises.Routine, bool) {
	raw := tx.Bucket(bucketRoutines).Get(key)
	if raw == nil {
		return exercises.Routine{}, false
	}
	var sr savedRoutine
	if unseal(string(bucketRoutines), key, raw, &sr) != nil {
		return exercises.Routine{}, false
	}
	r, err := parseSaved(sr)
	if err != nil {
		return exercises.Routine{}, false
	}
	return r, true
}
