package session

import (
	"testing"
	"time"

	"upright/exercises"
	"upright/session/record"
)

var (
	fourStage = exercises.Exercise{ID: "four-stage", Name: "Four stage", Measure: exercises.MeasureStagedHolds,
		Stages: []string{"side by side", "semi-tandem", "tandem", "one leg"}}
	chairStand = ex("chair-stand", exercises.MeasureTimedReps, false)
	tug        = ex("tug", exercises.MeasureStopwatch, false)
)

// The 30 s window counts taps up to its deadline and not one after: a tap at 29.999 s counts, one
// at exactly 30 s finds the set already saved.
func TestTimedRepsExactWindow(t *testing.T) {
	s := start(routine(0, 0, item(chairStand, dose{Sets: 1, Hold: 30 * time.Second})))
	mustOK(t, "start", s.Start(at(0)))
	wantPhase(t, s, PhaseActive)
	if got := s.Remaining(at(0)); got != 30*time.Second {
		t.Fatalf("window %v, want 30s", got)
	}
	for i := 1; i <= 11; i++ {
		r := mustOK(t, "tap", s.AddRep(at(float64(i)*2.5)))
		if !hasEvent(r.Events, EventRepCounted) || s.Reps() != i {
			t.Fatalf("tap %d: reps %d, events %s", i, s.Reps(), evs(r.Events))
		}
	}
	mustOK(t, "undo", s.UndoRep(at(28)))
	mustOK(t, "tap", s.AddRep(at(28.5)))
	mustOK(t, "last tap", s.AddRep(at(29.999)))
	r := s.AddRep(at(30))
	if r.OK || !r.Saved {
		t.Fatalf("tap at 30 s: OK %v saved %v; the window has closed and the set is saved", r.OK, r.Saved)
	}
	rec := s.Record()
	got := sets(rec, 0)[0]
	want := record.SetResult{Set: 1, TargetSeconds: 30, HeldSeconds: 30, Reps: 12, Measure: "timed-reps", CompletedAt: at(30)}
	if got != want {
		t.Fatalf("result %+v\nwant   %+v", got, want)
	}
}

// The window ends on its own at 30 s even with no tick in between, with its countdown cues.
func TestTimedRepsWindowEndsOnItsOwn(t *testing.T) {
	s := start(routine(0, 10*time.Second, item(chairStand, dose{Sets: 1, Hold: 30 * time.Second})))
	mustOK(t, "start", s.Start(at(0)))
	mustOK(t, "tap", s.AddRep(at(3)))
	r := s.Tick(at(41))
	if !r.Saved || !hasEvent(r.Events, EventCountdown) || s.Phase() != PhaseDone {
		t.Fatalf("tick past the window: saved %v, phase %s, events %s", r.Saved, s.Phase(), evs(r.Events))
	}
	if got := sets(s.Record(), 0)[0]; got.Reps != 1 || got.CompletedAt != at(30) || got.HeldSeconds != 30 {
		t.Fatalf("result %+v: want 1 stand, saved at 30 s", got)
	}
}

// Staged holds: each stance held 10 s emits a stage-held event; the test ends at the first stance
// not held, with the time it lasted.
func TestStagedHoldsStopAtFirstFailure(t *testing.T) {
	s := start(routine(0, 0, item(fourStage, dose{Sets: 1, Hold: 10 * time.Second})))
	mustOK(t, "start", s.Start(at(0)))
	if st, of, left := s.Stage(at(4)); st != 1 || of != 4 || left != 6*time.Second {
		t.Fatalf("stage at 4 s: %d of %d, %v left", st, of, left)
	}
	r := s.Tick(at(20))
	var held []int
	for _, e := range r.Events {
		if e.Kind == EventStageHeld {
			held = append(held, e.N)
		}
	}
	if len(held) != 2 || held[0] != 1 || held[1] != 2 {
		t.Fatalf("stages held by 20 s: %v, want [1 2]; events %s", held, evs(r.Events))
	}
	if st, _, left := s.Stage(at(23.5)); st != 3 || left != 6500*time.Millisecond {
		t.Fatalf("stage at 23.5 s: %d, %v left; want tandem with 6.5s left", st, left)
	}
	mustOK(t, "fail", s.FailStage(at(23.5)))
	got := sets(s.Record(), 0)[0]
	want := record.SetResult{Set: 1, TargetSeconds: 10, HeldSeconds: 23.5, TargetReps: 4, Reps: 2,
		Measure: "staged-holds", FailedStageSeconds: 3.5, CompletedAt: at(23.5)}
	if got != want {
		t.Fatalf("result %+v\nwant   %+v", got, want)
	}
	if s.Phase() != PhaseDone {
		t.Fatalf("phase %s after the failed stance, want done", s.Phase())
	}
}

// All four stances held: the test ends on its own at 40 s with every stance held.
func TestStagedHoldsAllHeld(t *testing.T) {
	s := start(routine(0, 0, item(fourStage, dose{Sets: 1, Hold: 10 * time.Second})))
	mustOK(t, "start", s.Start(at(0)))
	mustFail(t, "stop clock on a staged test", s.StopClock(at(5)))
	r := s.Tick(at(45))
	if !r.Saved {
		t.Fatal("the test did not end at 40 s")
	}
	got := sets(s.Record(), 0)[0]
	if got.Reps != 4 || got.TargetReps != 4 || got.FailedStageSeconds != 0 || got.CompletedAt != at(40) {
		t.Fatalf("result %+v: want 4 of 4 stances, saved at 40 s", got)
	}
}

// The stopwatch runs from start to stop, pauses excluded, and stops on its own at the cap.
func TestStopwatchStartStop(t *testing.T) {
	s := start(routine(0, 0, item(tug, dose{Sets: 2, Hold: 60 * time.Second})))
	mustOK(t, "start", s.Start(at(0)))
	mustFail(t, "a tap on a stopwatch", s.AddRep(at(1)))
	mustFail(t, "fail stage on a stopwatch", s.FailStage(at(1)))
	if e := s.Elapsed(at(4.2)); e != 4200*time.Millisecond {
		t.Fatalf("elapsed %v", e)
	}
	if n := s.NextChange(at(4.2)); n != at(5) {
		t.Fatalf("next change %v, want the next whole second", n.Sub(t0))
	}
	mustOK(t, "pause", s.Pause(at(5)))
	mustOK(t, "resume", s.Resume(at(8)))
	mustOK(t, "stop", s.StopClock(at(12.3)))
	got := sets(s.Record(), 0)[0]
	if got.HeldSeconds < 9.29 || got.HeldSeconds > 9.31 || got.Measure != "stopwatch" || got.EndedEarly || got.TargetSeconds != 60 {
		t.Fatalf("result %+v: want 9.3 s, not ended early", got)
	}
	// The second try runs to the cap.
	if s.Phase() == PhaseBrief {
		mustOK(t, "start 2", s.Start(at(13)))
	} else if s.Phase() != PhaseActive {
		t.Fatalf("phase %s", s.Phase())
	}
	s.Tick(at(100))
	if got := sets(s.Record(), 0); len(got) != 2 || got[1].HeldSeconds != 60 {
		t.Fatalf("second try %+v: want stopped by the cap at 60 s", got)
	}
}
