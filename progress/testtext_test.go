package progress

import (
	"testing"

	"upright/exercises"
	"upright/session/record"
)

func TestTestSetText(t *testing.T) {
	look := func(id string) exercises.Exercise { e, _ := exercises.Lookup(id); return e }
	cases := []struct {
		id   string
		set  record.SetResult
		want string
	}{
		{exercises.FourStageTestID, record.SetResult{TargetSeconds: 10, TargetReps: 4, Reps: 2, FailedStageSeconds: 3.5},
			"2 of 4 stances held for 10.0 s; tandem: heel to toe lasted 3.5 s."},
		{exercises.FourStageTestID, record.SetResult{TargetSeconds: 10, TargetReps: 4, Reps: 4}, "4 of 4 stances held for 10.0 s."},
		{exercises.ChairStandTestID, record.SetResult{TargetSeconds: 30, Reps: 11}, "11 stands in 30.0 s."},
		{exercises.TUGTestID, record.SetResult{TargetSeconds: 60, HeldSeconds: 9.34}, "9.3 s."},
		{exercises.TUGTestID, record.SetResult{TargetSeconds: 60, HeldSeconds: 60}, "60.0 s or more: the clock stopped at its cap."},
		{"plank", record.SetResult{TargetSeconds: 10, HeldSeconds: 10}, ""},
	}
	for _, c := range cases {
		if got := TestSetText(look(c.id), c.set); got != c.want {
			t.Errorf("%s %+v: %q, want %q", c.id, c.set, got, c.want)
		}
	}
}
