package store

import (
	"slices"

	bolt "go.etcd.io/bbolt"
)

// What follows a routine or a profile when the other changes: a renamed routine's prescriptions,
// and a renamed or deleted profile's routines. Each runs inside the transaction of the change, so
// the database never holds a prescription of a routine that is gone or a routine of nobody.

// renameRoutine removes the saved routine from (its new self is already under to) and points every
// profile's prescription of from at to. Sessions keep the id and name they were done under.
func renameRoutine(tx *bolt.Tx, from, to string) error {
	if err := tx.Bucket(bucketRoutines).Delete([]byte(from)); err != nil {
		return err
	}
	var changed []Profile
	err := tx.Bucket(bucketProfiles).ForEach(func(k, v []byte) error {
		var p Profile
		if unseal(string(bucketProfiles), k, v, &p) != nil || !slices.Contains(p.Prescribed, from) {
			return nil // a damaged profile stays as it is, for `upright check` to report
		}
		p.Prescribed = slices.Clone(p.Prescribed)
		for i, id := range p.Prescribed {
			if id == from {
				p.Prescribed[i] = to
			}
		}
		p.Prescribed = slices.Compact(p.Prescribed)
		changed = append(changed, p)
		return nil
	})
	if err != nil {
		return err
	}
	for _, p := range changed { // bbolt forbids writing a bucket while walking it
		if err := putProfile(tx, p); err != nil {
			return err
		}
	}
	return nil
}

// reassignRoutines gives the routines prescribed for from to to; to "" puts them in the library,
// as when from is deleted: the therapist's work stays, shared, to be renamed or prescribed again.
func reassignRoutines(tx *bolt.Tx, from, to string) error {
	b := tx.Bucket(bucketRoutines)
	var keys [][]byte
	var moved []savedRoutine
	err := b.ForEach(func(k, v []byte) error {
		var sr savedRoutine
		if unseal(string(bucketRoutines), k, v, &sr) != nil || sr.Owner != from {
			return nil
		}
		sr.Owner = to
		keys, moved = append(keys, append([]byte(nil), k...)), append(moved, sr)
		return nil
	})
	if err != nil {
		return err
	}
	for i, k := range keys {
		v, err := seal(string(bucketRoutines), k, moved[i])
		if err != nil {
			return err
		}
		if err := b.Put(k, v); err != nil {
			return err
		}
	}
	return nil
}

// prescribedElsewhere is a profile other than owner whose prescription names one of ids, or "":
// a routine prescribed for one patient must not be another's prescription (the intake refuses
// it, and a patient's connection would not find it). The library ("" owner) is everyone's.
func prescribedElsewhere(tx *bolt.Tx, owner string, ids ...string) string {
	if owner == "" {
		return ""
	}
	who := ""
	_ = tx.Bucket(bucketProfiles).ForEach(func(k, v []byte) error {
		var p Profile
		if who != "" || string(k) == owner || unseal(string(bucketProfiles), k, v, &p) != nil {
			return nil
		}
		for _, id := range ids {
			if id != "" && slices.Contains(p.Prescribed, id) {
				who = p.Name
			}
		}
		return nil
	})
	return who
}
