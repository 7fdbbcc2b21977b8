package session

import (
	"errors"
	"strings"
	"testing"
	"time"

	"upright/exercises"
)

func flagged(id string) exercises.Exercise {
	e := ex(id, exercises.MeasureHold, false)
	e.Status = exercises.StatusTherapistOnly
	return e
}

// A caution is recorded once per exercise, also across a resume: the checkpoint's caution counts.
func TestResumeKeepsOneCautionPerExercise(t *testing.T) {
	plan := NewPlan(routine(0, 0, item(flagged("crunch"), dose{Sets: 2, Hold: 2 * time.Second})))
	s := New(plan, Meta{ID: "s1"}, t0)
	s.Start(t0)
	s.Tick(at(2)) // set 1 done: one caution
	if n := len(s.Record().Flags); n != 1 {
		t.Fatalf("after set 1: %d flags, want the caution", n)
	}
	r, err := Resume(plan, s.Record(), at(100))
	if err != nil {
		t.Fatal(err)
	}
	r.Start(at(100))
	r.Tick(at(102))
	if fl := r.Record().Flags; len(fl) != 1 || !strings.Contains(fl[0].Detail, "Crunch") {
		t.Fatalf("after the resumed set 2: flags %+v, want the one caution", fl)
	}
}

// A checkpoint's caution about an exercise the routine does not hold silences no other caution.
func TestResumeIgnoresACautionForAnotherExercise(t *testing.T) {
	plan := NewPlan(routine(0, 0,
		item(flagged("crunch"), dose{Sets: 1, Hold: 2 * time.Second}),
		item(flagged("toe-touch"), dose{Sets: 1, Hold: 2 * time.Second})))
	s := New(plan, Meta{ID: "s1"}, t0)
	s.Start(t0)
	s.Tick(at(2))
	rec := s.Record()
	rec.Flags[0].Exercise = "elsewhere"
	r, err := Resume(plan, rec, at(100))
	if err != nil {
		t.Fatal(err)
	}
	r.Start(at(100))
	r.Tick(at(102))
	wantPhase(t, r, PhaseDone)
	if fl := r.Record().Flags; len(fl) != 2 || fl[1].Exercise != "toe-touch" {
		t.Fatalf("flags %+v, want a caution for toe-touch", fl)
	}
}

// A checkpoint holding a set its routine does not have is refused, even when the sets before it
// fit, and the error names the exercise by its place counted from 1.
func TestResumeRefusesWhatThePlanLacks(t *testing.T) {
	plan := NewPlan(routine(0, 0,
		item(plank, dose{Sets: 2, Hold: time.Second}),
		item(squat, dose{Sets: 1, Reps: 1})))
	s := New(plan, Meta{}, t0)
	s.SkipSet(t0)
	s.SkipSet(t0)
	rec := s.Record()
	rec.Exercises[0].Sets[1].Set = 3
	if _, err := Resume(plan, rec, t0); !errors.Is(err, ErrCheckpoint) {
		t.Fatalf("set 3 of 2: err %v, want ErrCheckpoint", err)
	}
	rec = s.Record()
	rec.Exercises[1].ID = "plank"
	_, err := Resume(plan, rec, t0)
	if !errors.Is(err, ErrCheckpoint) || !strings.Contains(err.Error(), `exercise 2 is "plank", routine has "squat"`) {
		t.Fatalf("wrong exercise: err %v", err)
	}
}

// Step and NextStep at both ends of a plan: the last step has no next one, and a session done
// has no step, without a panic.
func TestStepAndNextStepAtTheEnds(t *testing.T) {
	s := start(routine(0, 0, item(plank, dose{Sets: 2, Hold: time.Second})))
	steps := s.Plan().Steps
	if next, ok := s.NextStep(); !ok || next.Set != 2 || s.Step().Set != 1 {
		t.Fatalf("first step: step set %d, next set %d ok %v", s.Step().Set, next.Set, ok)
	}
	s.Start(t0)
	s.Tick(at(1))
	if next, ok := s.NextStep(); ok || s.Step().Set != 2 || s.cursor != 1 {
		t.Fatalf("last step: index %d set %d, next %+v ok %v", s.cursor, s.Step().Set, next, ok)
	}
	s.Tick(at(2))
	wantPhase(t, s, PhaseDone)
	if next, ok := s.NextStep(); ok || s.Step().Exercise.ID != "" || s.cursor != len(steps) {
		t.Fatalf("done: index %d step %+v next %+v ok %v", s.cursor, s.Step(), next, ok)
	}
}
