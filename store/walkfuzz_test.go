package store

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"testing"

	bolt "go.etcd.io/bbolt"
)

// TestWalkAcceptsWhatBboltWrites: the walk's rules (a page's first key is its parent's key for it,
// a free page is used by nothing else) must hold for every file bbolt itself writes, or a sound
// database would be refused. Random puts and deletes of keys and values of varied sizes, in nested
// buckets, with splits, merges and overflow pages; the file is walked after every commit.
func TestWalkAcceptsWhatBboltWrites(t *testing.T) {
	path := filepath.Join(t.TempDir(), "bbolt.db")
	db, err := bolt.Open(path, 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	rng := rand.New(rand.NewPCG(4, 2))
	commits := 300
	if os.Getenv("UPRIGHT_LONG") != "" {
		commits = 5000
	}
	for c := range commits {
		err := db.Update(func(tx *bolt.Tx) error {
			for range 1 + rng.IntN(40) {
				b, err := tx.CreateBucketIfNotExists([]byte(fmt.Sprintf("b%d", rng.IntN(4))))
				if err != nil {
					return err
				}
				if rng.IntN(5) == 0 {
					if b, err = b.CreateBucketIfNotExists([]byte(fmt.Sprintf("n%d", rng.IntN(3)))); err != nil {
						return err
					}
				}
				k := []byte(fmt.Sprintf("%0*d", 1+rng.IntN(40), rng.IntN(3000)))
				if rng.IntN(3) == 0 {
					if err := b.Delete(k); err != nil {
						return err
					}
					continue
				}
				v := make([]byte, rng.IntN(3)*rng.IntN(3000))
				if err := b.Put(k, v); err != nil {
					return err
				}
			}
			if rng.IntN(50) == 0 {
				_ = tx.DeleteBucket([]byte(fmt.Sprintf("b%d", rng.IntN(4))))
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		if err := walkFile(path); err != nil {
			t.Fatalf("after commit %d the walk refuses what bbolt wrote: %v", c, err)
		}
	}
}

func walkFile(path string) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	m, err := currentMeta(f)
	if err != nil {
		return err
	}
	return walkPages(f, m)
}
