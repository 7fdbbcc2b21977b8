package store

import (
	"encoding/binary"
	"fmt"

	bolt "go.etcd.io/bbolt"
)

// Audit adds an entry to the audit log.
func (s *Store) Audit(e AuditEntry) error {
	e.At = e.At.UTC()
	return s.update("write the audit log", func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketAudit)
		seq, err := b.NextSequence()
		if err != nil {
			return err
		}
		key := auditKey(seq)
		v, err := seal(string(bucketAudit), key, e)
		if err != nil {
			return err
		}
		return b.Put(key, v)
	})
}

// auditKey orders entries as they were written, whatever their clocks said.
func auditKey(seq uint64) []byte {
	return binary.BigEndian.AppendUint64(nil, seq)
}

// AuditLog lists the audit log, oldest first; damaged entries are listed apart and left out.
func (s *Store) AuditLog() ([]AuditEntry, []Damaged, error) {
	var out []AuditEntry
	var bad []Damaged
	err := s.view("read the audit log", func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketAudit)
		if b == nil {
			return nil // a database no server has written to yet
		}
		return b.ForEach(func(k, v []byte) error {
			var e AuditEntry
			if err := unseal(string(bucketAudit), k, v, &e); err != nil {
				bad = append(bad, Damaged{Bucket: string(bucketAudit), Key: fmt.Sprintf("%x", k), Err: err})
				return nil
			}
			out = append(out, e)
			return nil
		})
	})
	return out, bad, err
}

// checkClinic reports every invite, key and audit entry that fails its checks.
func checkClinic(tx *bolt.Tx, add func(string, error)) {
	for _, c := range []struct {
		name []byte
		v    func() any
	}{
		{bucketInvites, func() any { return &invite{} }},
		{bucketKeys, func() any { return &enrolledKey{} }},
		{bucketAudit, func() any { return &AuditEntry{} }},
	} {
		b := tx.Bucket(c.name)
		if b == nil {
			continue
		}
		_ = b.ForEach(func(k, v []byte) error {
			if err := unseal(string(c.name), k, v, c.v()); err != nil {
				add(where(c.name, k), err)
			}
			return nil
		})
	}
}
