package progress

import (
	"testing"

	"upright/exercises"
	"upright/session/profile"
	"upright/session/record"
)

// A check-up result is spelled in its unit; a stopwatch at its cap is "or more", and the
// 4-stage test says how long the stance not held lasted.
func TestTestResultText(t *testing.T) {
	for _, c := range []struct {
		r    TestResult
		want string
	}{
		{TestResult{Value: 12.5, Unit: "s"}, "12.5 s"},
		{TestResult{Value: 30, Unit: "s", AtCap: true}, "30.0 s or more"},
		{TestResult{Value: 11.993183094, Unit: "s"}, "12.0 s"},
		{TestResult{Value: 1, Unit: "stands"}, "1 stand"},
		{TestResult{Value: 9, Unit: "stands"}, "9 stands"},
		{TestResult{Value: 3, Unit: "stages", FailedStageSeconds: 4.25, ExerciseID: exercises.FourStageTestID}, "3 of 4 stances held, the next for 4.3 s"},
		{TestResult{Value: 4, Unit: "stages", ExerciseID: exercises.FourStageTestID}, "4 of 4 stances held"},
		{TestResult{Value: 1, Unit: "stages", ExerciseID: exercises.FourStageTestID}, "1 of 4 stances held"},
	} {
		if got := c.r.Text(); got != c.want {
			t.Errorf("Text(%+v) = %q, want %q", c.r, got, c.want)
		}
	}
}

// The change between two results is between them as shown: 13.2 s then 11.56 s (shown 11.6 s)
// is -1.6 s, not -1.64 or -1.5; two times shown alike are no change.
func TestCompareTestsChangeIsOfTheShownValues(t *testing.T) {
	tug := func(day int, secs float64) record.Record {
		return rec(at(t, "2026-11-01T10:00:00Z").AddDate(0, 0, day),
			ex(exercises.TUGTestID, record.SetResult{Measure: "stopwatch", TargetSeconds: 60, HeldSeconds: secs}))
	}
	for _, c := range []struct {
		first, latest, change float64
		better                bool
	}{
		{13.2, 11.56, -1.6, true},
		{11.96, 12.04, 0, false},
		{10.04, 10.26, 0.3, false},
	} {
		got := CompareTests([]record.Record{tug(0, c.first), tug(7, c.latest)}, profile.Profile{})
		if len(got) != 1 || got[0].Change != c.change || got[0].Better != c.better {
			t.Errorf("%v then %v: %+v, want change %v, better %v", c.first, c.latest, got, c.change, c.better)
		}
	}
}
