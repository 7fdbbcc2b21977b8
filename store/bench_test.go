package store

import (
	"os"
	"path/filepath"
	"slices"
	"sync"
	"testing"
	"time"

	sessionrecord "upright/session/record"
)

// latencies records one duration per op from b.Elapsed (no wall clock of our own) and reports
// the median and the 99th percentile next to the mean that ns/op gives.
type latencies struct {
	b    *testing.B
	last time.Duration
	all  []time.Duration
}

func newLatencies(b *testing.B) *latencies {
	b.ResetTimer()
	return &latencies{b: b, last: b.Elapsed(), all: make([]time.Duration, 0, b.N)}
}

func (l *latencies) lap() {
	now := l.b.Elapsed()
	l.all = append(l.all, now-l.last)
	l.last = now
}

func (l *latencies) report() {
	if len(l.all) == 0 {
		return
	}
	slices.Sort(l.all)
	at := func(q float64) float64 { return float64(l.all[int(q*float64(len(l.all)-1))].Microseconds()) }
	l.b.ReportMetric(at(0.50), "p50-µs")
	l.b.ReportMetric(at(0.99), "p99-µs")
}

// typical is a session in progress of 4 exercises with 3 sets each, one of them sided.
func typical() sessionrecord.Record {
	rec := record("ann", "typical", t0, "core")
	rec.Status = sessionrecord.StatusInProgress
	rec.Exercises = append(rec.Exercises[:2], sessionrecord.ExerciseResult{ID: "bridge", Name: "Bridge"}, sessionrecord.ExerciseResult{ID: "row", Name: "Band row"})
	for i := range rec.Exercises {
		rec.Exercises[i].Sets = nil
		for set := 1; set <= 3; set++ {
			rec.Exercises[i].Sets = append(rec.Exercises[i].Sets, sessionrecord.SetResult{Set: set, TargetSeconds: 20, HeldSeconds: 20, CompletedAt: t0.Add(time.Duration(i*3+set) * time.Minute)})
		}
	}
	return rec
}

func BenchmarkSaveSet(b *testing.B) {
	s, err := Open(filepath.Join(b.TempDir(), "upright.db"), Options{})
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	rec := typical()
	toml := []byte(morningTOML)
	l := newLatencies(b)
	for i := 0; i < b.N; i++ {
		rec.Exercises[3].Sets[2].HeldSeconds = float64(i)
		if err := s.SaveCheckpoint(rec, toml); err != nil {
			b.Fatal(err)
		}
		l.lap()
	}
	l.report()
}

// BenchmarkWriteFileFsyncFloor is the floor under BenchmarkSaveSet: writing the same bytes to a
// file and syncing it once (bbolt syncs twice per commit: pages, then the meta page).
func BenchmarkWriteFileFsyncFloor(b *testing.B) {
	data, err := seal(string(bucketCheckpoints), []byte("ann"), Checkpoint{Record: typical(), RoutineTOML: []byte(morningTOML)})
	if err != nil {
		b.Fatal(err)
	}
	b.ReportMetric(float64(len(data)), "bytes")
	path := filepath.Join(b.TempDir(), "floor")
	l := newLatencies(b)
	for i := 0; i < b.N; i++ {
		if err := os.WriteFile(path, data, 0o600); err != nil {
			b.Fatal(err)
		}
		f, err := os.OpenFile(path, os.O_RDWR, 0)
		if err != nil {
			b.Fatal(err)
		}
		if err := f.Sync(); err != nil {
			b.Fatal(err)
		}
		_ = f.Close()
		l.lap()
	}
	l.report()
}

var bench10k struct {
	once sync.Once
	dir  string
	path string
	err  error
}

// db10k is a database with 10,000 finished sessions of one profile, built once per test binary
// and removed by TestMain.
func db10k(b *testing.B) string {
	bench10k.once.Do(func() {
		bench10k.dir, bench10k.err = os.MkdirTemp("", "upright-bench-")
		if bench10k.err != nil {
			return
		}
		bench10k.path = filepath.Join(bench10k.dir, "upright.db")
		s, err := Open(bench10k.path, Options{})
		if err != nil {
			bench10k.err = err
			return
		}
		defer s.Close()
		recs := make([]sessionrecord.Record, 0, 1000)
		for i := range 10_000 {
			recs = append(recs, record("ann", sid(i), t0.Add(time.Duration(i)*8*time.Hour), "core"))
			if len(recs) == cap(recs) {
				seed(b, s, recs)
				recs = recs[:0]
			}
		}
	})
	if bench10k.err != nil {
		b.Fatal(bench10k.err)
	}
	return bench10k.path
}

func BenchmarkOpenLatest20(b *testing.B) {
	path := db10k(b)
	l := newLatencies(b)
	for i := 0; i < b.N; i++ {
		s, err := Open(path, Options{})
		if err != nil {
			b.Fatal(err)
		}
		recs, bad, err := s.Sessions("ann", Query{Limit: 20})
		if err != nil || len(bad) > 0 || len(recs) != 20 {
			b.Fatal(len(recs), bad, err)
		}
		if err := s.Close(); err != nil {
			b.Fatal(err)
		}
		l.lap()
	}
	l.report()
}

func BenchmarkFullScan10k(b *testing.B) {
	s, err := Open(db10k(b), Options{ReadOnly: true})
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	l := newLatencies(b)
	for i := 0; i < b.N; i++ {
		var n, sets int
		var held float64
		bad, err := s.EachSession("ann", func(r sessionrecord.Record) error {
			n++
			for _, e := range r.Exercises {
				for _, st := range e.Sets {
					sets++
					held += st.HeldSeconds
				}
			}
			return nil
		})
		if err != nil || len(bad) > 0 || n != 10_000 || held == 0 {
			b.Fatal(n, bad, err)
		}
		l.lap()
	}
	l.report()
}
