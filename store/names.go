package store

import (
	bolt "go.etcd.io/bbolt"

	"upright/session/profile"
)

// storedName is the key the profile called name is kept under. New profiles are kept under the
// name's one spelling (profile.Name, NFC), so "é" typed as one character or as "e" and a
// combining accent finds the same profile. A profile an older upright stored under another
// spelling is found where it is and never moved, so nothing stored goes out of reach: the name
// exactly as given first (which also keeps two old profiles that differ only in spelling apart),
// then its NFC spelling, then any stored key that spells the same name.
func storedName(tx *bolt.Tx, name string) string {
	if exists(tx, name) {
		return name
	}
	n := profile.Name(name)
	if exists(tx, n) {
		return n
	}
	for _, b := range [][]byte{bucketProfiles, bucketSessions, bucketCheckpoints} {
		c := tx.Bucket(b).Cursor()
		for k, _ := c.First(); k != nil; k, _ = c.Next() {
			if profile.Name(string(k)) == n {
				return string(k)
			}
		}
	}
	return n
}
