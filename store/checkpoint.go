package store

import (
	"fmt"
	"time"

	bolt "go.etcd.io/bbolt"

	sessionrecord "upright/session/record"
)

// Checkpoint is the session in progress of one profile, as saved after its last finished set.
type Checkpoint struct {
	Record sessionrecord.Record `json:"record"`
	// RoutineTOML is the routine's source, so a resume can rebuild the plan even when the routine
	// came from a file that has since changed or gone; empty for built-in routines.
	RoutineTOML []byte `json:"routine_toml,omitempty"`
}

func getCheckpoint(tx *bolt.Tx, profile string) (*Checkpoint, error) {
	key := []byte(profile)
	raw := tx.Bucket(bucketCheckpoints).Get(key)
	if raw == nil {
		return nil, nil
	}
	var cp Checkpoint
	if err := unseal(string(bucketCheckpoints), key, raw, &cp); err != nil {
		return nil, err
	}
	if cp.Record.Version > sessionrecord.RecordVersion {
		return nil, damaged(string(bucketCheckpoints), key, "record version %d is newer than this upright reads (%d); update upright", cp.Record.Version, sessionrecord.RecordVersion)
	}
	return &cp, nil
}

func putCheckpoint(tx *bolt.Tx, cp Checkpoint) error {
	key := []byte(cp.Record.Profile)
	v, err := seal(string(bucketCheckpoints), key, cp)
	if err != nil {
		return err
	}
	return tx.Bucket(bucketCheckpoints).Put(key, v)
}

// SaveCheckpoint stores the session in progress, replacing the profile's previous checkpoint, in
// one transaction that is on disk when this returns: call it after every finished set, before the
// next step starts, and a killed process loses at most the set in progress.
func (s *Store) SaveCheckpoint(rec sessionrecord.Record, routineTOML []byte) error {
	if err := validateRecord(rec); err != nil {
		return fmt.Errorf("save the session in progress: %w", err)
	}
	cp := Checkpoint{Record: stamp(rec), RoutineTOML: routineTOML}
	return s.update("save the session in progress", func(tx *bolt.Tx) error {
		cp.Record.Profile = storedName(tx, cp.Record.Profile)
		return putCheckpoint(tx, cp)
	})
}

// Checkpoint is the profile's session in progress; nil and no error when there is none.
func (s *Store) Checkpoint(profile string) (cp *Checkpoint, err error) {
	err = s.view("read the session in progress", func(tx *bolt.Tx) error {
		cp, err = getCheckpoint(tx, storedName(tx, profile))
		return err
	})
	return cp, err
}

// DiscardCheckpoint deletes the profile's session in progress, if any.
func (s *Store) DiscardCheckpoint(profile string) error {
	return s.update("discard the session in progress", func(tx *bolt.Tx) error {
		return tx.Bucket(bucketCheckpoints).Delete([]byte(storedName(tx, profile)))
	})
}

// FinishSession stores a finished session and, in the same transaction, deletes the checkpoint it
// came from. A checkpoint of another session is left alone.
func (s *Store) FinishSession(rec sessionrecord.Record) error {
	if err := validateRecord(rec); err != nil {
		return fmt.Errorf("save the session: %w", err)
	}
	if rec.Status == sessionrecord.StatusInProgress {
		return fmt.Errorf("save the session: it is still %s; finish or keep it as interrupted first", rec.Status)
	}
	rec = stamp(rec)
	return s.update("save the session", func(tx *bolt.Tx) error {
		rec.Profile = storedName(tx, rec.Profile)
		if err := putSession(tx, rec); err != nil {
			return err
		}
		return dropCheckpointOf(tx, rec)
	})
}

func dropCheckpointOf(tx *bolt.Tx, rec sessionrecord.Record) error {
	cp, err := getCheckpoint(tx, rec.Profile)
	if err != nil || cp == nil || cp.Record.ID != rec.ID {
		return nil // a damaged checkpoint stays until it is discarded on purpose
	}
	return tx.Bucket(bucketCheckpoints).Delete([]byte(rec.Profile))
}

// KeepInterrupted moves the profile's session in progress into its history, marked interrupted
// and ending at its last finished set (or its start when it has none). The end comes from the
// record, not from now, so a session resumed days later does not seem to have lasted days.
func (s *Store) KeepInterrupted(profile string, now time.Time) error {
	_ = now
	return s.update("keep the interrupted session", func(tx *bolt.Tx) error {
		profile := storedName(tx, profile)
		cp, err := getCheckpoint(tx, profile)
		if err != nil {
			return err
		}
		if cp == nil {
			return fmt.Errorf("no session in progress for %q: %w", profile, ErrNotFound)
		}
		rec := stamp(cp.Record)
		rec.Profile = profile // the key it was found under, however the record spells the name
		rec.Status = sessionrecord.StatusInterrupted
		rec.EndedAt = lastSetAt(rec)
		if err := validateRecord(rec); err != nil {
			return err
		}
		if err := putSession(tx, rec); err != nil {
			return err
		}
		return tx.Bucket(bucketCheckpoints).Delete([]byte(profile))
	})
}

// lastSetAt is when the last set of rec was finished, or its start.
func lastSetAt(rec sessionrecord.Record) time.Time {
	end := rec.StartedAt
	for _, e := range rec.Exercises {
		for _, st := range e.Sets {
			if st.CompletedAt.After(end) {
				end = st.CompletedAt
			}
		}
	}
	return end
}
