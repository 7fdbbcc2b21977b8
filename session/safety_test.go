package session

import (
	"testing"
	"time"

	"upright/session/record"
)

func TestPainStartsFromCheckinThenLastReport(t *testing.T) {
	s := start(routine(0, 0, item(plank, dose{Sets: 2, Hold: sec(10)}), item(squat, dose{Sets: 1, Reps: 5})))
	if got := s.Pain(); got != 3 {
		t.Fatalf("pain before any report = %d, want the check-in's 3", got)
	}
	s.Start(at(0))
	s.ReportPain(at(1), 4, false)
	if got := s.Pain(); got != 4 {
		t.Errorf("pain after reporting 4 = %d, want 4", got)
	}
}

func TestPainFlagCarriesLevelAndExercise(t *testing.T) {
	s := start(routine(0, 0, item(plank, dose{Sets: 2, Hold: sec(10)}), item(squat, dose{Sets: 1, Reps: 5})))
	s.Start(at(0))
	r := s.ReportPain(at(2), 6, true)
	if r.Reason != SharpPainReason {
		t.Fatalf("reason = %q", r.Reason)
	}
	fl := s.Record().Flags
	if len(fl) != 1 || fl[0].Pain == nil || *fl[0].Pain != 6 || fl[0].Exercise != "plank" {
		t.Fatalf("flags = %+v, want one sharp-pain flag on plank at 6/10", fl)
	}
}

func TestCatchUpPausesAtTheLastTickAfterAJump(t *testing.T) {
	s := start(routine(0, sec(30), item(plank, dose{Sets: 2, Hold: sec(30)})))
	s.Start(at(0))
	// An ordinary late tick changes nothing.
	if _, gap := s.CatchUp(at(5), at(6)); gap != 0 || s.Paused() {
		t.Fatalf("a tick 1 s late paused the set (gap %v)", gap)
	}
	// The process was stopped 10 s into the hold and woken 10 minutes later.
	r, gap := s.CatchUp(at(10), at(610))
	if gap != 10*time.Minute || !s.Paused() {
		t.Fatalf("after a 10-minute jump: gap %v, paused %v; want 10m0s, true", gap, s.Paused())
	}
	if r.Saved || s.Phase() != PhaseActive {
		t.Fatalf("the jump finished the set: phase %v saved %v", s.Phase(), r.Saved)
	}
	if e := s.Elapsed(at(610)); e != sec(10) {
		t.Errorf("held %v after the jump, want 10s (the time away is not held)", e)
	}
	s.Resume(at(615))
	s.Tick(at(640))
	got := s.Record().Exercises[0].Sets[0]
	if got.HeldSeconds != 30 || got.PausedSeconds != 605 {
		t.Errorf("set held %v s paused %v s; want 30 and 605", got.HeldSeconds, got.PausedSeconds)
	}
}

func TestCheckoutProblemWithoutExerciseIsFlagged(t *testing.T) {
	fl := record.CheckoutFlags(record.Checkout{Problem: true}, t0)
	if len(fl) != 1 || fl[0].Kind != record.FlagUnspecified {
		t.Fatalf("flags = %+v, want one unspecified flag", fl)
	}
	fl = record.CheckoutFlags(record.Checkout{Problem: true, Reports: []record.ExerciseReport{{Exercise: "plank", Dizziness: true}}}, t0)
	if len(fl) != 1 || fl[0].Kind != record.FlagDizziness {
		t.Fatalf("flags = %+v, want only the dizziness flag", fl)
	}
	if !(record.Record{Checkout: &record.Checkout{Problem: true}}).Flagged() {
		t.Error("a record with a check-out problem is not flagged")
	}
}

func TestResumedSessionKnowsTheLastPain(t *testing.T) {
	r := routine(0, 0, item(plank, dose{Sets: 1, Hold: sec(10)}), item(squat, dose{Sets: 1, Reps: 5}))
	s := start(r)
	s.Start(at(0))
	s.ReportPain(at(1), 6, false)
	back, err := Resume(NewPlan(r), s.Record(), at(100))
	if err != nil {
		t.Fatal(err)
	}
	if got := back.Pain(); got != 6 {
		t.Errorf("pain after resuming = %d, want the 6 reported before", got)
	}
}
