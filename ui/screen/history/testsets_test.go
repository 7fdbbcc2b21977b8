package history

import (
	"strings"
	"testing"
	"time"

	"upright/exercises"
	"upright/session/record"
	"upright/ui/kit/kittest"
)

// History's detail says each test set in its measure (record.SetText), a time to a tenth, and
// the best try per side of the single-leg stance test.
func TestHistoryDetailSaysTestMeasures(t *testing.T) {
	at := kittest.FixtureNow.Add(-time.Hour)
	rec := record.Record{ID: "c1", Profile: "default", Routine: record.RoutineRef{ID: exercises.CheckupRoutineID, Name: "Check-up tests"},
		StartedAt: at, EndedAt: at.Add(10 * time.Minute), Status: record.StatusCompleted,
		Exercises: []record.ExerciseResult{
			{ID: exercises.FourStageTestID, Name: "4-stage balance test", Sets: []record.SetResult{{Set: 1, TargetSeconds: 10, HeldSeconds: 14.95, TargetReps: 4, Reps: 1, FailedStageSeconds: 4.95, Measure: "staged-holds"}}},
			{ID: exercises.ChairStandTestID, Name: "30-second chair stand", Sets: []record.SetResult{{Set: 1, TargetSeconds: 30, HeldSeconds: 30, Reps: 11, Measure: "timed-reps"}}},
			{ID: exercises.TUGTestID, Name: "Timed Up and Go", Sets: []record.SetResult{{Set: 1, TargetSeconds: 60, HeldSeconds: 11.993183094, Measure: "stopwatch"}}},
			{ID: exercises.StanceTestID, Name: "Single-leg stance test", Sets: []record.SetResult{
				{Set: 1, Side: record.SideLeft, TargetSeconds: 45, HeldSeconds: 4.42}, {Set: 1, Side: record.SideRight, TargetSeconds: 45, HeldSeconds: 5.01}}},
		}}
	h := openHistory(t, &kittest.FakeStore{Recs: []record.Record{rec}}, kittest.FixtureNow)
	h.Send(keyEnter)
	view := strings.Join(strings.Fields(h.Screen.View(80, 60)), " ")
	for _, want := range []string{"set 1: 1 of 4 stances held; semi-tandem lasted 5.0 s", "set 1: 11 stands in 30 s", "set 1: 12.0 s",
		"set 1 left: 4.4 s", "set 1 right: 5.0 s", "best left 4.4 s, right 5.0 s"} {
		if !strings.Contains(view, want) {
			t.Errorf("detail lacks %q:\n%s", want, view)
		}
	}
	for _, not := range []string{"reps", "11.99", "30 s / 30 s"} {
		if strings.Contains(view, not) {
			t.Errorf("detail says %q:\n%s", not, view)
		}
	}
}
