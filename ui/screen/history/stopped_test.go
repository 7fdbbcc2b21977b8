package history

import (
	"strings"
	"testing"
	"time"

	"upright/session/record"
	"upright/ui/kit/kittest"
)

// A set not done because its exercise was stopped for pain says so (not "skipped"), and an
// exercise partly done says how many of its sets were.
func TestHistoryNamesSetsStoppedForPain(t *testing.T) {
	at := kittest.FixtureNow.Add(-time.Hour)
	rec := record.Record{ID: "p1", Profile: "default", Routine: record.RoutineRef{ID: "core", Name: "Core"},
		StartedAt: at, EndedAt: at.Add(10 * time.Minute), Status: record.StatusPartial,
		Exercises: []record.ExerciseResult{{ID: "plank", Name: "Plank", Stopped: true, Sets: []record.SetResult{
			{Set: 1, HeldSeconds: 20, TargetSeconds: 20},
			{Set: 2, Skipped: true, TargetSeconds: 20},
			{Set: 3, Skipped: true, TargetSeconds: 20},
		}}}}
	h := openHistory(t, &kittest.FakeStore{Recs: []record.Record{rec}}, kittest.FixtureNow)
	h.Send(keyEnter)
	view := strings.Join(strings.Fields(h.Screen.View(80, 40)), " ")
	for _, want := range []string{"stopped for pain (1 of 3 sets done)", "set 2: not done, stopped for pain"} {
		if !strings.Contains(view, want) {
			t.Errorf("detail lacks %q:\n%s", want, view)
		}
	}
	if strings.Contains(view, "skipped") {
		t.Errorf("a set stopped for pain reads as skipped:\n%s", view)
	}
}
