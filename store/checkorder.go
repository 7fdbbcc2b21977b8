package store

import (
	"bytes"
	"fmt"
	"os"

	bolt "go.etcd.io/bbolt"
)

// checkLookups walks every bucket with a cursor and looks each key up again: a flipped byte in a
// key or a branch page can leave a record that a scan sees but a lookup cannot find, which reads
// as "no checkpoint" or "no sessions" rather than as damage (found by TestThousandByteFlips).
func checkLookups(tx *bolt.Tx, add func(string, error)) {
	_ = tx.ForEach(func(name []byte, b *bolt.Bucket) error {
		known := false
		for _, t := range allBuckets() {
			known = known || bytes.Equal(t, name)
		}
		if !known {
			add(string(name), fmt.Errorf("a section upright does not know (a damaged name?): %w", ErrDamaged))
		}
		checkBucketLookups(string(name), b, add)
		return nil
	})
}

func checkBucketLookups(path string, b *bolt.Bucket, add func(string, error)) {
	var prev []byte
	c := b.Cursor()
	for k, v := c.First(); k != nil; k, v = c.Next() {
		if prev != nil && bytes.Compare(prev, k) >= 0 {
			add(path, fmt.Errorf("keys out of order at %q: %w", k, ErrDamaged))
		}
		prev = append(prev[:0], k...)
		if v == nil {
			if sub := b.Bucket(k); sub != nil {
				checkBucketLookups(path+"/"+string(k), sub, add)
				continue
			}
			add(path+"/"+string(k), fmt.Errorf("a bucket that cannot be opened: %w", ErrDamaged))
			continue
		}
		if got := b.Get(k); !bytes.Equal(got, v) {
			add(path+"/"+string(k), fmt.Errorf("the record is listed but cannot be looked up: %w", ErrDamaged))
		}
	}
}

// checkHeaders reports a damaged header page: bbolt then reads the other one, which holds the
// state before the last change, so that change may be lost without any other sign.
func checkHeaders(path string, pageSize int, add func(string, error)) {
	f, err := os.Open(path)
	if err != nil {
		add("file", err)
		return
	}
	defer f.Close()
	b := make([]byte, 2*pageSize)
	if _, err := f.ReadAt(b, 0); err != nil {
		add("file", err)
		return
	}
	for i := range 2 {
		if _, _, ok := parseMeta(b[i*pageSize:]); !ok {
			add("file", fmt.Errorf("header page %d is damaged; the last change before it may be lost: %w", i, ErrDamaged))
		}
	}
}
