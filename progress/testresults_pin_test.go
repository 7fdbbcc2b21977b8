package progress

import (
	"testing"

	"upright/exercises"
	"upright/session/record"
)

// A session's result of a test is its best try: the most stands, the most stances held (with
// how long that try's next stance lasted), the fastest Timed Up and Go (at its cap only when
// that try ran to a cap), and for a sided test the weaker side's best.
func TestTestResultIsTheBestTry(t *testing.T) {
	t0 := at(t, "2026-10-01T15:00:00Z")
	one := func(id string, sets ...record.SetResult) TestResult {
		t.Helper()
		got := TestResults([]record.Record{rec(t0, ex(id, sets...))}, id)
		if len(got) != 1 {
			t.Fatalf("%s: %d results, want 1", id, len(got))
		}
		return got[0]
	}
	stands := func(n int) record.SetResult {
		return record.SetResult{Measure: "timed-reps", TargetSeconds: 30, HeldSeconds: 30, Reps: n}
	}
	stages := func(n int, failed float64) record.SetResult {
		return record.SetResult{Measure: "staged-holds", TargetSeconds: 10, TargetReps: 4, Reps: n, FailedStageSeconds: failed}
	}
	tug := func(cap, secs float64) record.SetResult {
		return record.SetResult{Measure: "stopwatch", TargetSeconds: cap, HeldSeconds: secs}
	}
	cases := []struct {
		name string
		got  TestResult
		want TestResult
	}{
		{"chair stand, better second try", one(exercises.ChairStandTestID, stands(8), stands(11)), TestResult{Value: 11, Unit: "stands"}},
		{"chair stand, better first try", one(exercises.ChairStandTestID, stands(11), stands(8)), TestResult{Value: 11, Unit: "stands"}},
		{"chair stand, a skipped try", one(exercises.ChairStandTestID, stands(9), skipped(stands(0))), TestResult{Value: 9, Unit: "stands"}},
		{"4-stage, the better try's failed stance", one(exercises.FourStageTestID, stages(2, 3.5), stages(3, 1.25), stages(3, 2)), TestResult{Value: 3, Unit: "stages", FailedStageSeconds: 1.25}},
		{"TUG, the fastest try", one(exercises.TUGTestID, tug(60, 12.5), tug(60, 10.5), tug(60, 11)), TestResult{Value: 10.5, Unit: "s"}},
		{"TUG, a try at its cap then a faster one", one(exercises.TUGTestID, tug(60, 60), tug(60, 20)), TestResult{Value: 20, Unit: "s"}},
		{"TUG, only a try at its cap", one(exercises.TUGTestID, tug(60, 60)), TestResult{Value: 60, Unit: "s", AtCap: true}},
		{"TUG without a cap", one(exercises.TUGTestID, tug(0, 14)), TestResult{Value: 14, Unit: "s"}},
		{"stance, the weaker side's best", one(StanceTestID, sided("left", 10), sided("left", 14), sided("right", 7), sided("right", 9)), TestResult{Value: 9, Unit: "s"}},
		{"stance, the left weaker", one(StanceTestID, sided("right", 20), sided("left", 6), sided("left", 5)), TestResult{Value: 6, Unit: "s"}},
	}
	for _, c := range cases {
		g := c.got
		if g.Value != c.want.Value || g.Unit != c.want.Unit || g.FailedStageSeconds != c.want.FailedStageSeconds || g.AtCap != c.want.AtCap {
			t.Errorf("%s: %+v, want %+v", c.name, g, c.want)
		}
	}
	if got := TestResults([]record.Record{rec(t0, ex(exercises.TUGTestID, skipped(tug(60, 0))))}, exercises.TUGTestID); len(got) != 0 {
		t.Errorf("every try skipped: %+v, want no result", got)
	}
	if got := TestResults([]record.Record{rec(t0, ex("plank", hold(20)))}, "plank"); got != nil {
		t.Errorf("results of an exercise that is not a test: %+v", got)
	}
}

// A result exactly at a norm's threshold reads on the safe side of "below average under" and as
// a concern for "a concern from".
func TestReadAtTheThresholds(t *testing.T) {
	for _, c := range []struct {
		kind  exercises.NormKind
		value float64
		lower bool
		want  Reading
	}{
		{exercises.NormBelowAverageUnder, 10, false, ReadingAverage},
		{exercises.NormBelowAverageUnder, 9, false, ReadingBelowAverage},
		{exercises.NormConcernUnder, 10, false, ReadingNoConcern},
		{exercises.NormConcernUnder, 9.9, false, ReadingConcern},
		{exercises.NormConcernFrom, 10, true, ReadingConcern},
		{exercises.NormConcernFrom, 9.9, true, ReadingNoConcern},
		{exercises.NormMean, 10, false, ReadingAboveMean},
		{exercises.NormMean, 10, true, ReadingAboveMean},
		{exercises.NormMean, 11, true, ReadingBelowMean},
		{exercises.NormMean, 9, false, ReadingBelowMean},
	} {
		n := exercises.Norm{Kind: c.kind, Value: 10}
		if got := Read(n, c.value, c.lower); got != c.want {
			t.Errorf("%s 10, result %v (lower better %v): %q, want %q", c.kind, c.value, c.lower, got, c.want)
		}
	}
}
