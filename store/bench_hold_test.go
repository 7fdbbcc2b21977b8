package store

import (
	"os"
	"path/filepath"
	"testing"

	bolt "go.etcd.io/bbolt"
)

// copy10k is a private copy of the 10,000-session database, for benchmarks that write.
func copy10k(b *testing.B) string {
	b.Helper()
	data, err := os.ReadFile(db10k(b))
	if err != nil {
		b.Fatal(err)
	}
	path := filepath.Join(b.TempDir(), "upright.db")
	if err := os.WriteFile(path, data, 0o600); err != nil {
		b.Fatal(err)
	}
	return path
}

// BenchmarkSaveSetHeldOpen is how a set was saved before the Store let go of the file between
// operations: one write transaction on a bbolt file held open for the whole run, in a new
// database (compare BenchmarkSaveSet) and in the 10,000-session one (BenchmarkSaveSet10k).
func BenchmarkSaveSetHeldOpen(b *testing.B) {
	for _, name := range []string{"new", "10k"} {
		b.Run(name, func(b *testing.B) {
			path := filepath.Join(b.TempDir(), "upright.db")
			if name == "10k" {
				path = copy10k(b)
			}
			s, err := Open(path, Options{})
			if err != nil {
				b.Fatal(err)
			}
			_ = s.Close()
			db, err := bolt.Open(path, 0o600, nil)
			if err != nil {
				b.Fatal(err)
			}
			defer db.Close()
			rec := typical()
			toml := []byte(morningTOML)
			l := newLatencies(b)
			for i := 0; i < b.N; i++ {
				rec.Exercises[3].Sets[2].HeldSeconds = float64(i)
				cp := Checkpoint{Record: stamp(rec), RoutineTOML: toml}
				if err := db.Update(func(tx *bolt.Tx) error { return putCheckpoint(tx, cp) }); err != nil {
					b.Fatal(err)
				}
				l.lap()
			}
			l.report()
		})
	}
}

// BenchmarkSaveSet10k saves a set into the 10,000-session database the way the app now does:
// open, lock, stamp check, one transaction, close. With NoFreelistSync bbolt rebuilds its
// freelist from the whole tree at each writing open.
func BenchmarkSaveSet10k(b *testing.B) {
	for _, nfs := range []bool{false, true} {
		name := "synced-freelist"
		if nfs {
			name = "NoFreelistSync"
		}
		b.Run(name, func(b *testing.B) {
			defer func(old bool) { noFreelistSync = old }(noFreelistSync)
			noFreelistSync = nfs
			path := copy10k(b)
			s, err := Open(path, Options{})
			if err != nil {
				b.Fatal(err)
			}
			defer s.Close()
			// The first save drops a synced freelist when NoFreelistSync is on.
			if err := s.SaveCheckpoint(typical(), []byte(morningTOML)); err != nil {
				b.Fatal(err)
			}
			saveSets(b, s)
		})
	}
}

// BenchmarkOpenWalk10k is an open that must walk the 10,000-session file (it changed behind
// upright's back): the page walk, with the freelist checked against the tree.
func BenchmarkOpenWalk10k(b *testing.B) {
	path := copy10k(b)
	walks := pageWalks.Load()
	l := newLatencies(b)
	for i := 0; i < b.N; i++ {
		forgetChecked(path)
		s, err := Open(path, Options{})
		if err != nil {
			b.Fatal(err)
		}
		_ = s.Close()
		l.lap()
	}
	l.report()
	b.ReportMetric(float64(pageWalks.Load()-walks)/float64(b.N), "walks/op")
}
