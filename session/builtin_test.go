package session

import (
	"testing"
	"time"

	"upright/exercises"
	"upright/session/record"
)

// Every built-in routine runs to the end, driven by ticks at NextChange, with every set complete,
// and takes no longer than its estimate (which includes reading the briefs).
func TestBuiltinRoutinesRunToTheEnd(t *testing.T) {
	routines := exercises.Builtin()
	if len(routines) == 0 {
		t.Fatal("no built-in routines")
	}
	for _, r := range routines {
		t.Run(r.ID, func(t *testing.T) {
			plan := NewPlan(r)
			s := New(plan, Meta{ID: r.ID}, t0)
			rec := driveToEnd(t, s, t0, 0)
			if rec.Status != record.StatusCompleted || rec.SetsDone() != len(plan.Steps) {
				t.Fatalf("status %s, %d of %d sets", rec.Status, rec.SetsDone(), len(plan.Steps))
			}
			took := rec.EndedAt.Sub(t0)
			if took > plan.Routine.EstimatedDuration() {
				t.Fatalf("took %v, estimated %v", took, plan.Routine.EstimatedDuration())
			}
			// The driver reads no brief and taps reps at once; the estimate counts a release after
			// the last hold of a hold-reps set, which the engine leaves out. The rest runs in full.
			want := plan.Routine.EstimatedDuration() - time.Duration(len(r.Items))*exercises.BriefRead
			for _, st := range plan.Steps {
				switch {
				case st.Tapped():
					want = -1
				case st.Measure == exercises.MeasureHoldReps:
					want -= exercises.HoldRepRelease
				}
				if want < 0 {
					break
				}
			}
			if want >= 0 && (took < want || took > want+time.Second) {
				t.Fatalf("took %v, want %v (estimate %v)", took, want, plan.Routine.EstimatedDuration())
			}
		})
	}
}
