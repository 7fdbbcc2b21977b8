package progress

import (
	"testing"
	"time"

	"upright/session/record"
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
func rec(start time.Time, exs ...record.ExerciseResult) record.Record {
	return record.Record{
		Version: record.RecordVersion, ID: start.Format(time.RFC3339), Profile: "p",
		Routine: record.RoutineRef{ID: "core", Name: "Core"}, StartedAt: start, EndedAt: start.Add(15 * time.Minute),
		Status: record.StatusCompleted, Checkin: record.Checkin{Pain: 2},
		Checkout: &record.Checkout{Pain: 2, Effort: 5}, Exercises: exs,
	}
}

func ex(id string, sets ...record.SetResult) record.ExerciseResult {
	for i := range sets {
		if sets[i].Set == 0 {
			sets[i].Set = i + 1
		}
	}
	return record.ExerciseResult{ID: id, Name: id, Sets: sets}
}

// hold is a hold set of target seconds, held in full.
func hold(target float64) record.SetResult {
	return record.SetResult{TargetSeconds: target, HeldSeconds: target}
}

// reps is a reps set reaching got of target.
func reps(target, got int) record.SetResult {
	return record.SetResult{TargetReps: target, Reps: got}
}

func skipped(s record.SetResult) record.SetResult {
	s.Skipped, s.HeldSeconds, s.Reps = true, 0, 0
	return s
}

func early(s record.SetResult, held float64) record.SetResult {
	s.EndedEarly, s.HeldSeconds = true, held
	return s
}

func sided(side string, held float64) record.SetResult {
	return record.SetResult{Side: side, TargetSeconds: 45, HeldSeconds: held}
}

// with applies changes to a record, for table rows.
func with(r record.Record, f func(*record.Record)) record.Record {
	f(&r)
	return r
}
