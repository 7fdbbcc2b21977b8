package store

import (
	"bytes"
	"fmt"
	"runtime"
	"strings"
	"sync"
	"time"
	"unicode"

	bolt "go.etcd.io/bbolt"

	sessionrecord "upright/session/record"
)

// Session keys are the start time in UTC, fixed width so that byte order is time order, then "/"
// and the session id: 2026-11-29T09:00:00.000000000Z/<id>.
const keyTimeLayout = "2006-01-02T15:04:05.000000000Z"

func timeKey(t time.Time) []byte { return []byte(t.UTC().Format(keyTimeLayout)) }

func sessionKey(rec sessionrecord.Record) []byte {
	return append(append(timeKey(rec.StartedAt), '/'), rec.ID...)
}

// keyID is the session id of a session key.
func keyID(k []byte) string {
	if len(k) > len(keyTimeLayout) && k[len(keyTimeLayout)] == '/' {
		return string(k[len(keyTimeLayout)+1:])
	}
	return ""
}

func sessionsPath(profile string) string { return string(bucketSessions) + "/" + profile }

// sessionsOf is the profile's bucket of sessions, nil when it has none (and create is false).
// A plain value where the bucket belongs is damage (a flipped flag byte): reads would otherwise
// show no sessions at all, and bbolt refuses writes there as an "incompatible value".
func sessionsOf(tx *bolt.Tx, profile string, create bool) (*bolt.Bucket, error) {
	top := tx.Bucket(bucketSessions)
	key := []byte(profile)
	if b := top.Bucket(key); b != nil || top.Get(key) == nil {
		if b == nil && create {
			return top.CreateBucket(key)
		}
		return b, nil
	}
	return nil, damaged(string(bucketSessions), key, "a record where the sessions of %q belong", profile)
}

// validateRecord refuses what could not be stored under a sortable key or a valid profile.
func validateRecord(rec sessionrecord.Record) error {
	if err := ValidateName(rec.Profile); err != nil {
		return err
	}
	if rec.ID == "" || len(rec.ID) > 200 || strings.IndexFunc(rec.ID, func(r rune) bool { return !unicode.IsPrint(r) }) >= 0 {
		return fmt.Errorf("session id %q is empty, too long or has control characters", rec.ID)
	}
	if y := rec.StartedAt.UTC().Year(); rec.StartedAt.IsZero() || y < 1 || y > 9999 {
		return fmt.Errorf("session %s has no valid start time (%v)", rec.ID, rec.StartedAt)
	}
	return nil
}

// stamp fills the record version, so every stored record says what shape it has.
func stamp(rec sessionrecord.Record) sessionrecord.Record {
	if rec.Version == 0 {
		rec.Version = sessionrecord.RecordVersion
	}
	return rec
}

func readRecord(bucket string, k, v []byte) (sessionrecord.Record, error) {
	var rec sessionrecord.Record
	if err := unseal(bucket, k, v, &rec); err != nil {
		return sessionrecord.Record{}, err
	}
	if rec.Version > sessionrecord.RecordVersion {
		return sessionrecord.Record{}, damaged(bucket, k, "record version %d is newer than this upright reads (%d); update upright", rec.Version, sessionrecord.RecordVersion)
	}
	return rec, nil
}

// putSession stores a finished session, replacing any stored one with the same id.
func putSession(tx *bolt.Tx, rec sessionrecord.Record) error {
	b, err := sessionsOf(tx, rec.Profile, true)
	if err != nil {
		return err
	}
	key := sessionKey(rec)
	var stale [][]byte
	c := b.Cursor()
	for k, _ := c.First(); k != nil; k, _ = c.Next() {
		if keyID(k) == rec.ID && !bytes.Equal(k, key) {
			stale = append(stale, append([]byte(nil), k...))
		}
	}
	for _, k := range stale {
		if err := b.Delete(k); err != nil {
			return err
		}
	}
	v, err := seal(sessionsPath(rec.Profile), key, rec)
	if err != nil {
		return err
	}
	return b.Put(key, v)
}

// Query narrows Sessions. Zero fields do not narrow.
type Query struct {
	Since time.Time // started at or after
	Until time.Time // started before
	Limit int       // at most this many good records
	// Routine keeps only sessions of the routine with this id.
	Routine string
}

// Damaged is a stored value that failed its checks; it is reported and never used.
type Damaged struct {
	Bucket, Key string
	Err         error
}

// Sessions lists a profile's finished sessions, newest first. Damaged records in the range are
// reported in the second result and skipped.
func (s *Store) Sessions(profile string, q Query) (recs []sessionrecord.Record, bad []Damaged, err error) {
	if q.Limit <= 0 {
		return s.sessionsParallel(profile, q)
	}
	err = s.view("read the sessions of "+profile, func(tx *bolt.Tx) error {
		recs, bad = nil, nil
		key := storedName(tx, profile)
		path := sessionsPath(key)
		return eachInRange(tx, key, q, func(k, v []byte) bool {
			rec, err := readRecord(path, k, v)
			if err != nil {
				bad = append(bad, Damaged{Bucket: path, Key: string(k), Err: err})
				return true
			}
			if q.Routine != "" && rec.Routine.ID != q.Routine {
				return true
			}
			recs = append(recs, rec)
			return len(recs) < q.Limit
		})
	})
	if err != nil {
		return nil, nil, err
	}
	return recs, bad, nil
}

// eachInRange calls fn with the keys and values of a profile's sessions in q's time range, newest
// first, until fn returns false. The values are valid only inside the transaction.
func eachInRange(tx *bolt.Tx, profile string, q Query, fn func(k, v []byte) bool) error {
	b, err := sessionsOf(tx, profile, false)
	if b == nil {
		return err
	}
	c := b.Cursor()
	var k, v []byte
	if q.Until.IsZero() {
		k, v = c.Last()
	} else if k, _ = c.Seek(timeKey(q.Until)); k == nil {
		k, v = c.Last()
	} else {
		k, v = c.Prev()
	}
	var since []byte
	if !q.Since.IsZero() {
		since = timeKey(q.Since)
	}
	for ; k != nil; k, v = c.Prev() {
		if since != nil && bytes.Compare(k, since) < 0 {
			break
		}
		if !fn(k, v) {
			break
		}
	}
	return nil
}

// sessionsParallel reads an unlimited range: the raw values are copied out in one short
// transaction and decoded on every core, since decoding the JSON is most of the cost of reading
// months of sessions (the progress screen, the report).
func (s *Store) sessionsParallel(profile string, q Query) ([]sessionrecord.Record, []Damaged, error) {
	type raw struct{ k, v []byte }
	var raws []raw
	var path string
	err := s.view("read the sessions of "+profile, func(tx *bolt.Tx) error {
		key := storedName(tx, profile)
		raws, path = nil, sessionsPath(key)
		return eachInRange(tx, key, q, func(k, v []byte) bool {
			raws = append(raws, raw{bytes.Clone(k), bytes.Clone(v)})
			return true
		})
	})
	if err != nil {
		return nil, nil, err
	}
	decoded := make([]sessionrecord.Record, len(raws))
	errs := make([]error, len(raws))
	workers := min(runtime.GOMAXPROCS(0), max(len(raws)/64, 1))
	var wg sync.WaitGroup
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := w; i < len(raws); i += workers {
				decoded[i], errs[i] = readRecord(path, raws[i].k, raws[i].v)
			}
		}()
	}
	wg.Wait()
	var recs []sessionrecord.Record
	var bad []Damaged
	for i, r := range raws {
		switch {
		case errs[i] != nil:
			bad = append(bad, Damaged{Bucket: path, Key: string(r.k), Err: errs[i]})
		case q.Routine == "" || decoded[i].Routine.ID == q.Routine:
			recs = append(recs, decoded[i])
		}
	}
	return recs, bad, nil
}

// Session reads one finished session by id.
func (s *Store) Session(profile, id string) (rec sessionrecord.Record, err error) {
	err = s.view("read session "+id, func(tx *bolt.Tx) error {
		profile := storedName(tx, profile)
		b, err := sessionsOf(tx, profile, false)
		if err != nil {
			return err
		}
		if b != nil {
			c := b.Cursor()
			for k, v := c.Last(); k != nil; k, v = c.Prev() {
				if keyID(k) == id {
					rec, err = readRecord(sessionsPath(profile), k, v)
					return err
				}
			}
		}
		return fmt.Errorf("session %q of %q: %w", id, profile, ErrNotFound)
	})
	return rec, err
}

// scanBatch is how many records EachSession reads per transaction: short transactions keep a
// slow fn from holding up writers (bbolt cannot grow its map while a read is open).
const scanBatch = 256

// EachSession calls fn with every finished session of profile, oldest first, a batch at a time.
// It stops at fn's first error and returns it. Damaged records are reported and skipped.
func (s *Store) EachSession(profile string, fn func(sessionrecord.Record) error) ([]Damaged, error) {
	var bad []Damaged
	var after []byte
	var path string
	for {
		var batch []sessionrecord.Record
		var batchBad []Damaged
		done := false
		err := s.view("read the sessions of "+profile, func(tx *bolt.Tx) error {
			key := storedName(tx, profile)
			batch, batchBad, path = nil, nil, sessionsPath(key)
			b, err := sessionsOf(tx, key, false)
			if b == nil {
				done = true
				return err
			}
			c := b.Cursor()
			var k, v []byte
			if after == nil {
				k, v = c.First()
			} else if k, v = c.Seek(after); k != nil && bytes.Equal(k, after) {
				k, v = c.Next()
			}
			for n := 0; k != nil && n < scanBatch; k, v = c.Next() {
				n++
				after = append(after[:0], k...)
				rec, err := readRecord(path, k, v)
				if err != nil {
					batchBad = append(batchBad, Damaged{Bucket: path, Key: string(k), Err: err})
					continue
				}
				batch = append(batch, rec)
			}
			done = k == nil
			return nil
		})
		if err != nil {
			return bad, err
		}
		bad = append(bad, batchBad...)
		for _, rec := range batch {
			if err := fn(rec); err != nil {
				return bad, err
			}
		}
		if done {
			return bad, nil
		}
	}
}

// CountSince counts a profile's finished sessions started at or after since, damaged ones
// included (it reads keys only).
func (s *Store) CountSince(profile string, since time.Time) (n int, err error) {
	err = s.view("count the sessions of "+profile, func(tx *bolt.Tx) error {
		n = 0
		b, err := sessionsOf(tx, storedName(tx, profile), false)
		if b == nil {
			return err
		}
		c := b.Cursor()
		for k, _ := c.Seek(timeKey(since)); k != nil; k, _ = c.Next() {
			n++
		}
		return nil
	})
	return n, err
}
