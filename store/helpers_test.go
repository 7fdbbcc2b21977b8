package store

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	sessionrecord "upright/session/record"
)

var t0 = time.Date(2026, 11, 29, 9, 0, 0, 0, time.UTC)

// newDB is a database path in a temporary folder whose file, when there is one at the end of the
// test, must reopen and pass Check.
func newDB(t testing.TB) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "upright.db")
	t.Cleanup(func() { checkClean(t, path) })
	return path
}

func checkClean(t testing.TB, path string) {
	t.Helper()
	s, err := Open(path, Options{ReadOnly: true})
	if err != nil {
		if isNotExist(path) {
			return
		}
		t.Errorf("reopen %s for the final check: %v", path, err)
		return
	}
	defer s.Close()
	probs, err := s.Check()
	if err != nil || len(probs) > 0 {
		t.Errorf("final check of %s: %v %v", path, probs, err)
	}
}

func mustOpen(t testing.TB, path string) *Store {
	t.Helper()
	s, err := Open(path, Options{})
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	t.Cleanup(func() { _ = s.Close() })
	return s
}

// record is a full record: check-in, check-out with a note, a flag, a sided and a plain exercise,
// a skipped exercise.
func record(profile, id string, start time.Time, routine string) sessionrecord.Record {
	return sessionrecord.Record{
		Version:   sessionrecord.RecordVersion,
		ID:        id,
		Profile:   profile,
		Routine:   sessionrecord.RoutineRef{ID: routine, Name: "Routine " + routine},
		StartedAt: start,
		EndedAt:   start.Add(14*time.Minute + 10*time.Second),
		Status:    sessionrecord.StatusCompleted,
		Checkin:   sessionrecord.Checkin{Pain: 3, Morning: sessionrecord.MorningSame},
		Checkout:  &sessionrecord.Checkout{Pain: 2, Effort: 6, Note: "felt fine", Reports: []sessionrecord.ExerciseReport{{Exercise: "plank", Dizziness: true}}},
		Flags:     []sessionrecord.Flag{{Kind: sessionrecord.FlagDizziness, Exercise: "plank", At: start.Add(5 * time.Minute), Detail: "a little dizzy"}},
		Exercises: []sessionrecord.ExerciseResult{
			{ID: "plank", Name: "Plank", Sets: []sessionrecord.SetResult{
				{Set: 1, TargetSeconds: 20, HeldSeconds: 20, CompletedAt: start.Add(2 * time.Minute)},
				{Set: 2, TargetSeconds: 20, HeldSeconds: 12.5, EndedEarly: true, PausedSeconds: 3.25, CompletedAt: start.Add(4 * time.Minute)},
			}},
			{ID: "heel-raise", Name: "Heel raise", Sets: []sessionrecord.SetResult{
				{Set: 1, Side: sessionrecord.SideLeft, TargetReps: 10, Reps: 10, CompletedAt: start.Add(6 * time.Minute)},
				{Set: 1, Side: sessionrecord.SideRight, TargetReps: 10, Reps: 9, CompletedAt: start.Add(7 * time.Minute)},
			}},
			{ID: "bird-dog", Name: "Bird dog", Skipped: true, Sets: []sessionrecord.SetResult{}},
		},
	}
}

// growing is an in-progress record with n finished sets.
func growing(profile, id string, n int) sessionrecord.Record {
	rec := sessionrecord.Record{
		Version: sessionrecord.RecordVersion, ID: id, Profile: profile,
		Routine:   sessionrecord.RoutineRef{ID: "core", Name: "Core"},
		StartedAt: t0, Status: sessionrecord.StatusInProgress, Flags: []sessionrecord.Flag{},
		Exercises: []sessionrecord.ExerciseResult{{ID: "plank", Name: "Plank", Sets: []sessionrecord.SetResult{}}},
	}
	for i := 1; i <= n; i++ {
		rec.Exercises[0].Sets = append(rec.Exercises[0].Sets, sessionrecord.SetResult{
			Set: i, TargetSeconds: 20, HeldSeconds: 20, CompletedAt: t0.Add(time.Duration(i) * time.Minute),
		})
	}
	return rec
}

func ids(recs []sessionrecord.Record) []string {
	out := make([]string, len(recs))
	for i, r := range recs {
		out[i] = r.ID
	}
	return out
}

func sid(i int) string { return fmt.Sprintf("s%04d", i) }

func isNotExist(path string) bool {
	_, err := os.Stat(path)
	return errors.Is(err, os.ErrNotExist)
}

// seed stores recs as finished sessions in one transaction (fsync per record is slow on some disks).
func seed(t testing.TB, s *Store, recs []sessionrecord.Record) {
	t.Helper()
	err := s.update("seed", func(tx *bolt.Tx) error {
		for _, r := range recs {
			b, err := sessionsOf(tx, r.Profile, true)
			if err != nil {
				return err
			}
			key := sessionKey(r)
			v, err := seal(sessionsPath(r.Profile), key, r)
			if err != nil {
				return err
			}
			if err := b.Put(key, v); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}
