package session

import (
	"testing"
	"time"

	"upright/exercises"
)

// Undo takes back a tapped rep only: reps the app counts to a tempo stay counted, and a paused
// session says it is paused rather than something about reps.
func TestUndoRepOnlyTakesBackTappedReps(t *testing.T) {
	s := start(routine(0, 0, item(heelRaise, dose{Sets: 1, Reps: 10, Tempo: tempo35})))
	s.Start(t0)
	s.Tick(at(16))
	if s.Reps() != 2 {
		t.Fatalf("paced reps at 16 s: %d, want 2", s.Reps())
	}
	r := mustFail(t, "undo a paced rep", s.UndoRep(at(16.5)))
	if r.Reason != "the app counts these reps" || s.Reps() != 2 {
		t.Fatalf("undo in a paced set: %q, reps %d; want the reason and 2 reps kept", r.Reason, s.Reps())
	}

	s = start(routine(0, 0, item(squat, dose{Sets: 1, Reps: 10})))
	s.Start(t0)
	s.AddRep(at(1))
	s.Pause(at(2))
	if r := mustFail(t, "undo while paused", s.UndoRep(at(3))); r.Reason != "paused: press p to resume" || s.Reps() != 1 {
		t.Fatalf("undo while paused: %q, reps %d", r.Reason, s.Reps())
	}
}

// Stopping the clock is for a stopwatch only: in a hold it does nothing and the hold runs on.
func TestStopClockLeavesAHoldRunning(t *testing.T) {
	s := start(routine(0, 0, item(plank, dose{Sets: 1, Hold: 30 * time.Second})))
	s.Start(t0)
	r := mustFail(t, "stop clock in a hold", s.StopClock(at(10)))
	if r.Saved || s.Phase() != PhaseActive || len(sets(s.Record(), 0)) != 0 {
		t.Fatalf("stop clock in a hold: saved %v, phase %s, sets %v", r.Saved, s.Phase(), sets(s.Record(), 0))
	}
	if r.Reason != "no stopwatch is running: press e to end the set early" {
		t.Fatalf("reason %q", r.Reason)
	}
	s.Pause(at(11))
	if r := mustFail(t, "stop clock while paused", s.StopClock(at(12))); r.Reason != "paused: press p to resume" {
		t.Fatalf("stop clock while paused: %q", r.Reason)
	}
}

// Tapped reps without a target count on until the person ends the set.
func TestTappedRepsWithoutATargetCountOn(t *testing.T) {
	s := start(routine(0, 0, item(squat, dose{Sets: 1})))
	s.Start(t0)
	for i := 1; i <= 5; i++ {
		if r := mustOK(t, "rep", s.AddRep(at(float64(i)))); r.Saved {
			t.Fatalf("rep %d ended a set that has no target", i)
		}
	}
	wantPhase(t, s, PhaseActive)
	mustOK(t, "end", s.EndSetEarly(at(6)))
	if got := sets(s.Record(), 0); len(got) != 1 || got[0].Reps != 5 || got[0].HeldSeconds != 6 {
		t.Fatalf("sets %+v, want one of 5 reps in 6 s", got)
	}
}

// Going back from a set under way forgets the reps tapped in it: the redone set counts from 0.
func TestBackForgetsTheRepsOfTheSetUnderWay(t *testing.T) {
	s := start(routine(5*time.Second, 0, item(squat, dose{Sets: 2, Reps: 10})))
	s.Start(t0)
	s.SkipRest(at(1)) // straight to active
	s.AddRep(at(2))
	s.AddRep(at(3))
	mustOK(t, "back to the brief", s.Back(at(4)))
	if wantPhase(t, s, PhaseBrief); s.Reps() != 0 {
		t.Fatalf("back to the brief: reps %d, want 0", s.Reps())
	}
	s.Start(at(5))
	s.SkipRest(at(5))
	s.AddRep(at(6))
	s.EndSetEarly(at(7)) // set 1 done; set 2's get-ready
	s.SkipRest(at(7))
	s.AddRep(at(8))
	s.AddRep(at(9))
	mustOK(t, "back to set 1", s.Back(at(10)))
	if wantPhase(t, s, PhaseGetReady); s.Reps() != 0 || s.cursor != 0 {
		t.Fatalf("back to set 1: step %d reps %d, want step 0 and 0 reps", s.cursor, s.Reps())
	}
}

// Time paused while switching sides belongs to the side that follows, as a pause in its
// get-ready would; the side before keeps none of it.
func TestPauseWhileSwitchingSidesCountsForTheNextSide(t *testing.T) {
	s := start(routine(0, 0, item(sidePlank, dose{Sets: 1, Hold: 2 * time.Second})))
	s.Start(t0)
	s.Tick(at(2))
	wantPhase(t, s, PhaseSwitchSides)
	s.Pause(at(3))
	s.Resume(at(7)) // the switch now ends at 11 s
	if s.Tick(at(10.9)); s.Phase() != PhaseSwitchSides {
		t.Fatalf("switch ended before its shifted end: %s", s.Phase())
	}
	s.Tick(at(13))
	got := sets(s.Record(), 0)
	if len(got) != 2 || got[0].PausedSeconds != 0 || got[1].PausedSeconds != 4 || !got[1].CompletedAt.Equal(at(13)) {
		t.Fatalf("sets %+v, want the right side with 4 s paused", got)
	}
}

// Ending a hold-reps set part way through a hold keeps the seconds of that hold, and counts only
// the reps whose hold was finished.
func TestEndEarlyPartWayThroughAHoldRep(t *testing.T) {
	for _, c := range []struct {
		at   float64
		held float64
		reps int
	}{{2, 2, 0}, {5, 5, 1}, {7, 5, 1}, {10, 7, 1}, {13, 10, 2}, {36, 24, 4}} {
		s := start(routine(0, 0, item(chinTuck, dose{Sets: 1, Reps: 5, Hold: 5 * time.Second})))
		s.Start(t0)
		mustOK(t, "end early", s.EndSetEarly(at(c.at)))
		if got := sets(s.Record(), 0)[0]; got.HeldSeconds != c.held || got.Reps != c.reps {
			t.Errorf("ended at %vs: held %v reps %d, want %v and %d", c.at, got.HeldSeconds, got.Reps, c.held, c.reps)
		}
	}
}

// A stopwatch without a cap runs until stopped, and keeps every second held.
func TestStopwatchWithoutACap(t *testing.T) {
	s := start(routine(0, 0, item(ex("stopwatch", exercises.MeasureMaxHold, false), dose{Sets: 1})))
	s.Start(t0)
	if s.PhaseLength() != 0 || s.Remaining(at(5)) != 0 || s.Elapsed(at(5)) != 5*time.Second {
		t.Fatalf("length %v remaining %v elapsed %v, want 0, 0, 5s", s.PhaseLength(), s.Remaining(at(5)), s.Elapsed(at(5)))
	}
	if s.Tick(at(600)); s.Phase() != PhaseActive {
		t.Fatalf("an uncapped stopwatch ended on its own: %s", s.Phase())
	}
	mustOK(t, "stop", s.StopClock(at(612.3)))
	if got := sets(s.Record(), 0)[0]; got.HeldSeconds != 612.3 || got.TargetSeconds != 0 || got.EndedEarly {
		t.Fatalf("set %+v, want 612.3 s held", got)
	}
}

// A dose of nothing (no reps, no hold) is a set over at once that claims nothing done.
func TestADoseOfNothingIsOverAtOnce(t *testing.T) {
	s := start(routine(0, 0, item(chinTuck, dose{Sets: 1})))
	s.Start(t0)
	if s.PhaseLength() != 0 || s.Remaining(t0) != 0 {
		t.Fatalf("length %v remaining %v, want 0", s.PhaseLength(), s.Remaining(t0))
	}
	s.Tick(t0)
	wantPhase(t, s, PhaseDone)
	if got := sets(s.Record(), 0)[0]; got.HeldSeconds != 0 || got.Reps != 0 {
		t.Fatalf("set %+v, want nothing held or counted", got)
	}
}
