package progress

import (
	"testing"
	"time"

	"upright/session"
)

// est is New York in winter, as a fixed zone so the tests need no tzdata.
var est = time.FixedZone("EST", -5*60*60)

func at(t *testing.T, s string) time.Time {
	t.Helper()
	v, err := time.Parse(time.RFC3339, s)
	if err != nil {
		t.Fatalf("bad time %q: %v", s, err)
	}
	return v
}

// rec is a completed session starting at start: check-in pain 2, check-out pain 2, effort 5.
func rec(start time.Time, exs ...session.ExerciseResult) session.Record {
	return session.Record{
		Version: session.RecordVersion, ID: start.Format(time.RFC3339), Profile: "p",
		Routine: session.RoutineRef{ID: "core", Name: "Core"}, StartedAt: start, EndedAt: start.Add(15 * time.Minute),
		Status: session.StatusCompleted, Checkin: session.Checkin{Pain: 2},
		Checkout: &session.Checkout{Pain: 2, Effort: 5}, Exercises: exs,
	}
}

func ex(id string, sets ...session.SetResult) session.ExerciseResult {
	for i := range sets {
		if sets[i].Set == 0 {
			sets[i].Set = i + 1
		}
	}
	return session.ExerciseResult{ID: id, Name: id, Sets: sets}
}

// hold is a hold set of target seconds, held in full.
func hold(target float64) session.SetResult {
	return session.SetResult{TargetSeconds: target, HeldSeconds: target}
}

// reps is a reps set reaching got of target.
func reps(target, got int) session.SetResult {
	return session.SetResult{TargetReps: target, Reps: got}
}

func skipped(s session.SetResult) session.SetResult {
	s.Skipped, s.HeldSeconds, s.Reps = true, 0, 0
	return s
}

func early(s session.SetResult, held float64) session.SetResult {
	s.EndedEarly, s.HeldSeconds = true, held
	return s
}

func sided(side string, held float64) session.SetResult {
	return session.SetResult{Side: side, TargetSeconds: 45, HeldSeconds: held}
}

// with applies changes to a record, for table rows.
func with(r session.Record, f func(*session.Record)) session.Record {
	f(&r)
	return r
}
