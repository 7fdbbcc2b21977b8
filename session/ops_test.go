package session

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"
	"time"

	"upright/exercises"
	"upright/session/record"
)

// twoExercises: plank 2 × 10 s, then side plank 1 × 10 s; get-ready 5 s, rest 30 s.
func twoExercises() exercises.Routine {
	return routine(5*time.Second, 30*time.Second,
		item(plank, dose{Sets: 2, Hold: 10 * time.Second}),
		item(sidePlank, dose{Sets: 1, Hold: 10 * time.Second}),
	)
}

func TestBack(t *testing.T) {
	s := start(twoExercises())
	mustFail(t, "back from the first brief", s.Back(t0))
	s.Start(t0)
	mustOK(t, "back from the first get-ready", s.Back(at(1)))
	wantPhase(t, s, PhaseBrief)
	s.Start(at(2))
	s.Tick(at(17)) // set 1 done at 17, rest until 47
	wantPhase(t, s, PhaseRest)
	// Back after a rest redoes the set just done: its result goes, its get-ready starts.
	r := mustOK(t, "back from rest", s.Back(at(20)))
	if r.Saved || !hasEvent(r.Events, EventPhaseStarted) {
		t.Fatalf("back: %s saved %v", evs(r.Events), r.Saved)
	}
	wantPhase(t, s, PhaseGetReady)
	if s.cursor != 0 || len(sets(s.Record(), 0)) != 0 {
		t.Fatalf("after back: step %d, sets %+v", s.cursor, sets(s.Record(), 0))
	}
	s.Tick(at(35)) // redone: 20 + 5 + 10
	if got := sets(s.Record(), 0); len(got) != 1 || !got[0].CompletedAt.Equal(at(35)) {
		t.Fatalf("redone set = %+v", got)
	}
	s.SkipRest(at(36))
	s.Tick(at(51)) // set 2 done at 51
	s.SkipRest(at(52))
	wantPhase(t, s, PhaseBrief) // side plank's brief
	// Back from a brief redoes the last set of the previous exercise.
	mustOK(t, "back from brief", s.Back(at(53)))
	if s.cursor != 1 || s.Phase() != PhaseGetReady || len(sets(s.Record(), 0)) != 1 {
		t.Fatalf("after back from brief: step %d phase %s sets %d", s.cursor, s.Phase(), len(sets(s.Record(), 0)))
	}
	s.Tick(at(68))
	s.SkipRest(at(69))
	s.Start(at(69))
	s.Tick(at(200))
	wantPhase(t, s, PhaseDone)
	// Back from done redoes the very last set.
	mustOK(t, "back from done", s.Back(at(201)))
	if s.cursor != 3 || s.Phase() != PhaseGetReady || len(sets(s.Record(), 1)) != 1 {
		t.Fatalf("after back from done: step %d phase %s", s.cursor, s.Phase())
	}
	s.Tick(at(300))
	if rec := s.Finish(at(300), nil); rec.Status != record.StatusCompleted || len(sets(rec, 0)) != 2 || len(sets(rec, 1)) != 2 {
		t.Fatalf("final = %+v", rec)
	}
}

func TestSkipSet(t *testing.T) {
	t.Run("last set", func(t *testing.T) {
		s := start(routine(0, 30*time.Second, item(plank, dose{Sets: 1, Hold: 10 * time.Second})))
		s.Start(t0)
		r := mustOK(t, "skip", s.SkipSet(at(2)))
		if !r.Saved || !hasEvent(r.Events, EventSessionDone) {
			t.Fatalf("skip last: %s", evs(r.Events))
		}
		wantPhase(t, s, PhaseDone)
		set := sets(s.Record(), 0)[0]
		if !set.Skipped || set.HeldSeconds != 2 {
			t.Fatalf("set = %+v", set)
		}
		if rec := s.Finish(at(3), nil); rec.Status != record.StatusPartial {
			t.Fatalf("status %s, want partial", rec.Status)
		}
	})
	t.Run("from brief, no rest after", func(t *testing.T) {
		s := start(twoExercises())
		mustOK(t, "skip", s.SkipSet(t0))
		wantPhase(t, s, PhaseGetReady) // set 2 of the same exercise: no brief, no rest
		if s.cursor != 1 || !sets(s.Record(), 0)[0].Skipped {
			t.Fatalf("step %d, sets %+v", s.cursor, sets(s.Record(), 0))
		}
	})
	t.Run("one side only", func(t *testing.T) {
		s := start(routine(5*time.Second, 30*time.Second, item(sidePlank, dose{Sets: 1, Hold: 10 * time.Second})))
		s.Start(t0)
		s.Tick(at(6))
		mustOK(t, "skip left", s.SkipSet(at(6)))
		wantPhase(t, s, PhaseGetReady)
		if s.Step().Side != record.SideRight {
			t.Fatalf("now on side %q, want right", s.Step().Side)
		}
		s.Tick(at(21))
		got := sets(s.Record(), 0)
		if len(got) != 2 || !got[0].Skipped || got[0].HeldSeconds != 1 || got[1].Skipped || got[1].HeldSeconds != 10 {
			t.Fatalf("sets = %+v", got)
		}
	})
	t.Run("not in rest", func(t *testing.T) {
		s := start(twoExercises())
		s.Start(t0)
		s.Tick(at(15))
		mustFail(t, "skip set in rest", s.SkipSet(at(16)))
	})
}

func TestSkipExercise(t *testing.T) {
	r := routine(5*time.Second, 30*time.Second,
		item(plank, dose{Sets: 3, Hold: 10 * time.Second}),
		item(heelRaise, dose{Sets: 1, Reps: 10, Tempo: tempo35}),
	)
	s := start(r)
	s.Start(t0)
	s.Tick(at(15))
	s.SkipRest(at(16))
	s.Tick(at(24)) // set 2 active since 21
	res := mustOK(t, "skip exercise", s.SkipExercise(at(24)))
	if !res.Saved {
		t.Fatal("not saved")
	}
	wantPhase(t, s, PhaseBrief)
	if s.Step().Exercise.ID != "heel-raise" {
		t.Fatalf("brief of %q, want heel-raise", s.Step().Exercise.ID)
	}
	ex := s.Record().Exercises[0]
	if !ex.Skipped || len(ex.Sets) != 3 || ex.Sets[0].Skipped || !ex.Sets[1].Skipped || ex.Sets[1].HeldSeconds != 3 || !ex.Sets[2].Skipped || ex.Sets[2].HeldSeconds != 0 {
		t.Fatalf("exercise = %+v", ex)
	}
	mustOK(t, "skip the last exercise", s.SkipExercise(at(25)))
	wantPhase(t, s, PhaseDone)
	if rec := s.Record(); !rec.Exercises[1].Skipped || len(rec.Exercises[1].Sets) != 1 {
		t.Fatalf("last exercise = %+v", rec.Exercises[1])
	}
}

func TestRestAdjustAndSkip(t *testing.T) {
	s := start(twoExercises())
	s.Start(t0)
	s.Tick(at(15)) // rest 15..45
	mustFail(t, "adjust outside rest", New(NewPlan(twoExercises()), Meta{}, t0).AdjustRest(t0, 15*time.Second))
	mustOK(t, "+15", s.AdjustRest(at(25), 15*time.Second))
	if s.PhaseLength() != 45*time.Second || s.Remaining(at(25)) != 35*time.Second {
		t.Fatalf("after +15: length %v remaining %v", s.PhaseLength(), s.Remaining(at(25)))
	}
	// A countdown already given is given again when the rest grows past it.
	got := evs(tickEvery(s, at(56), at(58), time.Second))
	if got != "halfway:rest countdown:rest:3 countdown:rest:2" {
		t.Fatalf("countdown before the change: %s", got)
	}
	mustOK(t, "+15 late", s.AdjustRest(at(58.5), 15*time.Second)) // 16.5 s left
	got = evs(tickEvery(s, at(59), at(75), time.Second))
	if got != "countdown:rest:3 countdown:rest:2 countdown:rest:1 phase-ended:rest phase-started:get-ready" {
		t.Fatalf("countdown after the change: %s", got)
	}
	// Shortening never goes below nothing left, and a rest cut to nothing ends now.
	s.Tick(at(80)) // set 2 active since 80
	s.Tick(at(90)) // rest 90..120
	s.AdjustRest(at(100), -15*time.Second)
	r := mustOK(t, "-15 again", s.AdjustRest(at(100), -15*time.Second))
	if s.Phase() != PhaseBrief || !hasEvent(r.Events, EventPhaseEnded) {
		t.Fatalf("rest cut to nothing: phase %s events %s", s.Phase(), evs(r.Events))
	}
	// SkipRest skips get-ready and switch-sides too.
	s.Start(at(101))
	mustOK(t, "skip get-ready", s.SkipRest(at(102)))
	wantPhase(t, s, PhaseActive)
	s.Tick(at(112))
	wantPhase(t, s, PhaseSwitchSides)
	mustOK(t, "skip switch", s.SkipRest(at(113)))
	wantPhase(t, s, PhaseActive)
	mustFail(t, "skip rest in a set", s.SkipRest(at(114)))
}

func TestReportPain(t *testing.T) {
	r := routine(0, 30*time.Second,
		item(plank, dose{Sets: 3, Hold: 10 * time.Second}),
		item(sidePlank, dose{Sets: 1, Hold: 10 * time.Second}),
		item(heelRaise, dose{Sets: 1, Reps: 10, Tempo: tempo35}),
	)
	s := start(r) // check-in pain 3
	s.Start(t0)
	if res := mustOK(t, "pain 4", s.ReportPain(at(2), 4, false)); len(res.Events) != 0 || s.Phase() != PhaseActive {
		t.Fatalf("a rise of 1 stopped something: %s", evs(res.Events))
	}
	mustFail(t, "pain 11", s.ReportPain(at(2), 11, false))
	res := mustOK(t, "pain 5", s.ReportPain(at(4), 5, false))
	// Version 2 (pain-monitoring model): a rise of 2 stops the exercise with rest advice; only
	// sharp pain says "call soon".
	if !hasEvent(res.Events, EventExerciseStopped) || !res.Saved || res.Reason != PainRiseReason {
		t.Fatalf("pain rise: %s saved %v reason %q", evs(res.Events), res.Saved, res.Reason)
	}
	wantPhase(t, s, PhaseBrief)
	rec := s.Record()
	ex := rec.Exercises[0]
	if !ex.Stopped || len(ex.Sets) != 3 || !ex.Sets[0].Skipped || ex.Sets[0].HeldSeconds != 4 || !ex.Sets[2].Skipped {
		t.Fatalf("stopped exercise = %+v", ex)
	}
	if len(rec.Flags) != 1 || rec.Flags[0].Kind != record.FlagPainRise || rec.Flags[0].Exercise != "plank" || !rec.Flags[0].At.Equal(at(4)) {
		t.Fatalf("flags = %+v", rec.Flags)
	}
	// Sharp pain during switch-sides stops the side plank before its right side.
	s.Start(at(5))
	s.Tick(at(15))
	wantPhase(t, s, PhaseSwitchSides)
	s.ReportPain(at(16), 3, true)
	rec = s.Record()
	if ex := rec.Exercises[1]; !ex.Stopped || len(ex.Sets) != 2 || ex.Sets[0].Skipped || !ex.Sets[1].Skipped {
		t.Fatalf("side plank = %+v", ex)
	}
	if f := rec.Flags[1]; f.Kind != record.FlagSharpPain || f.Exercise != "side-plank" {
		t.Fatalf("flag = %+v", f)
	}
	wantPhase(t, s, PhaseBrief)
	if rec := s.Finish(at(20), nil); rec.Status != record.StatusPartial {
		t.Fatalf("status %s", rec.Status)
	}
}

func TestReportPainInRestAfterLastSet(t *testing.T) {
	s := start(routine(0, 30*time.Second,
		item(plank, dose{Sets: 1, Hold: 10 * time.Second}),
		item(squat, dose{Sets: 1, Reps: 5}),
	))
	s.Start(t0)
	s.Tick(at(12)) // rest after plank's only set
	s.Pause(at(13))
	mustOK(t, "sharp pain while paused", s.ReportPain(at(14), 3, true))
	if s.Paused() || s.Phase() != PhaseBrief || s.Step().Exercise.ID != "squat" {
		t.Fatalf("paused %v phase %s step %q", s.Paused(), s.Phase(), s.Step().Exercise.ID)
	}
	rec := s.Record()
	if !rec.Exercises[0].Stopped || rec.Exercises[0].Sets[0].Skipped || rec.Exercises[1].Stopped {
		t.Fatalf("exercises = %+v", rec.Exercises)
	}
}

func TestResumeFromCheckpoint(t *testing.T) {
	plan := NewPlan(twoExercises())
	s := New(plan, Meta{ID: "s1", Profile: "ann", Checkin: record.Checkin{Pain: 2, RedFlags: nil}}, t0)
	s.Start(t0)
	s.Tick(at(15)) // set 1 of plank done
	s.Start(at(16))
	// The stored checkpoint goes through JSON, as the store keeps it.
	b, err := json.Marshal(s.Record())
	if err != nil {
		t.Fatal(err)
	}
	var cp record.Record
	if err := json.Unmarshal(b, &cp); err != nil {
		t.Fatal(err)
	}
	later := at(3600)
	r, err := Resume(plan, cp, later)
	if err != nil {
		t.Fatal(err)
	}
	if r.Phase() != PhaseBrief || r.cursor != 1 || r.Step().Set != 2 {
		t.Fatalf("resumed at step %d phase %s", r.cursor, r.Phase())
	}
	r.Start(later)
	r.Tick(later.Add(15 * time.Second))
	r.SkipRest(later.Add(16 * time.Second))
	r.Start(later.Add(16 * time.Second))
	r.Tick(later.Add(100 * time.Second))
	fin := r.Finish(later.Add(100*time.Second), nil)
	if fin.Status != record.StatusCompleted || fin.ID != "s1" || fin.Profile != "ann" || !fin.StartedAt.Equal(t0) || fin.Checkin.Pain != 2 {
		t.Fatalf("final = %+v", fin)
	}
	if got := sets(fin, 0); len(got) != 2 || !got[0].CompletedAt.Equal(at(15)) {
		t.Fatalf("plank sets = %+v", got)
	}
	// A checkpoint with everything done resumes as done.
	d, err := Resume(plan, fin, later)
	if err != nil || !d.Done() {
		t.Fatalf("resume of a full record: done %v err %v", d != nil && d.Done(), err)
	}
}

func TestResumeRejectsAMismatch(t *testing.T) {
	plan := NewPlan(twoExercises())
	s := New(plan, Meta{}, t0)
	s.SkipSet(t0)
	s.SkipSet(t0)
	good := s.Record()
	cases := map[string]func(r *record.Record){
		"routine":      func(r *record.Record) { r.Routine.ID = "other" },
		"count":        func(r *record.Record) { r.Exercises = r.Exercises[:1] },
		"exercise id":  func(r *record.Record) { r.Exercises[1].ID = "plank" },
		"unknown set":  func(r *record.Record) { r.Exercises[0].Sets[0].Set = 9 },
		"unknown side": func(r *record.Record) { r.Exercises[0].Sets[0].Side = record.SideLeft },
		"duplicate":    func(r *record.Record) { r.Exercises[0].Sets[1] = r.Exercises[0].Sets[0] },
		"gap":          func(r *record.Record) { r.Exercises[0].Sets = r.Exercises[0].Sets[1:] },
	}
	for name, spoil := range cases {
		rec := s.Record()
		spoil(&rec)
		if _, err := Resume(plan, rec, t0); !errors.Is(err, ErrCheckpoint) {
			t.Errorf("%s: err %v, want ErrCheckpoint", name, err)
		}
	}
	if _, err := Resume(plan, good, t0); err != nil {
		t.Fatalf("good checkpoint: %v", err)
	}
}

// Every operation outside its phase is a no-op with a reason, never a panic.
func TestIllegalOperations(t *testing.T) {
	ops := map[string]func(s *Session, now time.Time) Result{
		"start":         (*Session).Start,
		"pause":         (*Session).Pause,
		"resume":        (*Session).Resume,
		"add rep":       (*Session).AddRep,
		"undo rep":      (*Session).UndoRep,
		"stop clock":    (*Session).StopClock,
		"end early":     (*Session).EndSetEarly,
		"skip set":      (*Session).SkipSet,
		"skip exercise": (*Session).SkipExercise,
		"back":          (*Session).Back,
		"skip rest":     (*Session).SkipRest,
		"adjust rest":   func(s *Session, now time.Time) Result { return s.AdjustRest(now, 15*time.Second) },
		"pain":          func(s *Session, now time.Time) Result { return s.ReportPain(now, 9, true) },
	}
	allowed := map[string]map[string]bool{
		"brief":    {"start": true, "skip set": true, "skip exercise": true, "pain": true},
		"paused":   {"resume": true, "pain": true},
		"finished": {},
		"done":     {"back": true, "pain": true},
	}
	states := map[string]func() *Session{
		"brief": func() *Session { return start(twoExercises()) },
		"paused": func() *Session {
			s := start(twoExercises())
			s.Start(t0)
			s.Tick(at(6))
			s.Pause(at(7))
			return s
		},
		"finished": func() *Session {
			s := start(twoExercises())
			s.Abandon(t0)
			return s
		},
		"done": func() *Session {
			s := start(routine(0, 0, item(plank, dose{Sets: 1, Hold: time.Second})))
			s.Start(t0)
			s.Tick(at(1))
			return s
		},
	}
	for state, mk := range states {
		for name, op := range ops {
			s := mk()
			r := op(s, at(8))
			if allowed[state][name] {
				if !r.OK {
					t.Errorf("%s in %s: %q, want OK", name, state, r.Reason)
				}
				continue
			}
			if r.OK || r.Reason == "" {
				t.Errorf("%s in %s: OK=%v reason %q, want a no-op with a reason", name, state, r.OK, r.Reason)
			}
		}
	}
}

func TestFinishAddsCheckoutFlagsAndCaution(t *testing.T) {
	bosu := ex("bosu-squat", exercises.MeasureReps, false)
	bosu.Status = exercises.StatusTherapistOnly
	s := New(NewPlan(routine(0, 0, item(bosu, dose{Sets: 2, Reps: 1}))), Meta{Checkin: record.Checkin{Fall: true}}, t0)
	s.Start(t0)
	s.AddRep(at(3))
	s.AddRep(at(6))
	co := &record.Checkout{Pain: 2, Effort: 4, Reports: []record.ExerciseReport{{Exercise: "bosu-squat", Dizziness: true, BalanceLoss: true}}}
	rec := s.Finish(at(7), co)
	co.Reports[0].Exercise = "changed after finish"
	kinds := []string{}
	for _, f := range rec.Flags {
		kinds = append(kinds, f.Kind)
	}
	if got := strings.Join(kinds, " "); got != "fall caution dizziness balance-loss" {
		t.Fatalf("flags %q", got)
	}
	if rec.Status != record.StatusCompleted || rec.Checkout.Reports[0].Exercise != "bosu-squat" {
		t.Fatalf("record = %+v", rec)
	}
	if again := s.Finish(at(9), co); len(again.Flags) != 4 || !again.EndedAt.Equal(at(7)) {
		t.Fatalf("a second Finish changed the record: %+v", again)
	}
}

func TestRecordIsADeepCopy(t *testing.T) {
	s := New(NewPlan(twoExercises()), Meta{Checkin: record.Checkin{RedFlags: []string{"lasting-pain"}}}, t0)
	s.SkipSet(t0)
	rec := s.Record()
	rec.Exercises[0].Sets[0].HeldSeconds = 99
	rec.Flags[0].Detail = "x"
	rec.Checkin.RedFlags[0] = "x"
	again := s.Record()
	if again.Exercises[0].Sets[0].HeldSeconds != 0 || again.Flags[0].Detail == "x" || again.Checkin.RedFlags[0] != "lasting-pain" {
		t.Fatalf("record shares memory with the session: %+v", again)
	}
	b, _ := json.Marshal(New(NewPlan(twoExercises()), Meta{}, t0).Record())
	if !strings.Contains(string(b), `"flags":[]`) || !strings.Contains(string(b), `"sets":[]`) {
		t.Fatalf("empty lists should be [] in JSON: %s", b)
	}
}
