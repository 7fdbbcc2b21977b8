package progress

import (
	"testing"

	"upright/exercises"
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
