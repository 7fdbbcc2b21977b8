package testrec

import (
	"testing"
	"time"

	"upright/exercises"
	"upright/session/record"
)

// EST is New York in winter, as a fixed zone so the tests need no tzdata.
var EST = time.FixedZone("EST", -5*60*60)

// At parses an RFC 3339 time or fails the test.
func At(t *testing.T, s string) time.Time {
	t.Helper()
	v, err := time.Parse(time.RFC3339, s)
	if err != nil {
		t.Fatalf("bad time %q: %v", s, err)
	}
	return v
}

// Rec is a completed session starting at start: check-in pain 2, check-out pain 2, effort 5.
func Rec(start time.Time, exs ...record.ExerciseResult) record.Record {
	return record.Record{
		Version: record.RecordVersion, ID: start.Format(time.RFC3339), Profile: "p",
		Routine: record.RoutineRef{ID: "core", Name: "Core"}, StartedAt: start, EndedAt: start.Add(15 * time.Minute),
		Status: record.StatusCompleted, Checkin: record.Checkin{Pain: 2},
		Checkout: &record.Checkout{Pain: 2, Effort: 5}, Exercises: exs,
	}
}

// Ex is an exercise result of the sets, numbered from 1 where they have no number.
func Ex(id string, sets ...record.SetResult) record.ExerciseResult {
	for i := range sets {
		if sets[i].Set == 0 {
			sets[i].Set = i + 1
		}
	}
	return record.ExerciseResult{ID: id, Name: id, Sets: sets}
}

// Hold is a hold set of target seconds, held in full.
func Hold(target float64) record.SetResult {
	return record.SetResult{TargetSeconds: target, HeldSeconds: target}
}

// Reps is a reps set reaching got of target.
func Reps(target, got int) record.SetResult {
	return record.SetResult{TargetReps: target, Reps: got}
}

// Skipped marks a set skipped, nothing held or counted.
func Skipped(s record.SetResult) record.SetResult {
	s.Skipped, s.HeldSeconds, s.Reps = true, 0, 0
	return s
}

// Early marks a set ended early after held seconds.
func Early(s record.SetResult, held float64) record.SetResult {
	s.EndedEarly, s.HeldSeconds = true, held
	return s
}

// Sided is one side of a 45 s hold, held for held seconds.
func Sided(side string, held float64) record.SetResult {
	return record.SetResult{Side: side, TargetSeconds: 45, HeldSeconds: held}
}

// With applies changes to a record, for table rows.
func With(r record.Record, f func(*record.Record)) record.Record {
	f(&r)
	return r
}

// Item is the catalog exercise id at dose d, or fails the test.
func Item(t *testing.T, id string, d exercises.Dose) exercises.Item {
	t.Helper()
	e, ok := exercises.Lookup(id)
	if !ok {
		t.Fatalf("no exercise %q in the catalog", id)
	}
	return exercises.Item{Exercise: e, Dose: d}
}
