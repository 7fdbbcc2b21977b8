package session

import (
	"testing"
	"time"
	"upright/session/record"
)

// A hold: brief, get-ready with its countdown, the hold with halfway and countdown, rest, next set.
func TestHoldFlowEventsAndRecord(t *testing.T) {
	s := start(routine(5*time.Second, 30*time.Second, item(plank, dose{Sets: 2, Hold: 10 * time.Second})))
	wantPhase(t, s, PhaseBrief)
	if !s.NextChange(t0).IsZero() || s.Remaining(t0) != 0 {
		t.Fatalf("brief: NextChange %v Remaining %v, want zero", s.NextChange(t0), s.Remaining(t0))
	}
	r := mustOK(t, "start", s.Start(at(2)))
	if got := evs(r.Events); got != "phase-started:get-ready" {
		t.Fatalf("start events %q", got)
	}
	got := evs(tickEvery(s, at(2), at(17), 250*time.Millisecond))
	want := "countdown:get-ready:3 countdown:get-ready:2 countdown:get-ready:1 phase-ended:get-ready phase-started:active " +
		"halfway:active countdown:active:3 countdown:active:2 countdown:active:1 phase-ended:active set-saved:active phase-started:rest"
	if got != want {
		t.Fatalf("events\n got %s\nwant %s", got, want)
	}
	rec := s.Record()
	set := sets(rec, 0)[0]
	if set.HeldSeconds != 10 || set.TargetSeconds != 10 || !set.CompletedAt.Equal(at(17)) || set.Set != 1 || set.Side != record.SideNone {
		t.Fatalf("set 1 = %+v", set)
	}
	if rec.Status != record.StatusInProgress || !rec.StartedAt.Equal(t0) || len(rec.Exercises) != 1 {
		t.Fatalf("record = %+v", rec)
	}
	// Rest 30 s, then set 2 goes straight to its get-ready: the brief is only before set 1.
	s.Tick(at(47))
	wantPhase(t, s, PhaseGetReady)
	s.Tick(at(62))
	wantPhase(t, s, PhaseDone)
	if n := len(sets(s.Record(), 0)); n != 2 {
		t.Fatalf("%d sets, want 2", n)
	}
	fin := s.Finish(at(70), &record.Checkout{Pain: 2, Effort: 5})
	if fin.Status != record.StatusCompleted || !fin.EndedAt.Equal(at(70)) || fin.Checkout == nil || fin.Checkout.Effort != 5 {
		t.Fatalf("final = %+v", fin)
	}
}

// The exactness rule: however irregular the ticks, a 60 s hold ends at its deadline with 60.0 held.
func TestHoldExactWithIrregularTicks(t *testing.T) {
	s := start(routine(0, 30*time.Second, item(plank, dose{Sets: 2, Hold: 60 * time.Second})))
	mustOK(t, "start", s.Start(t0)) // no get-ready: active at t0, deadline t0+60s
	wantPhase(t, s, PhaseActive)
	steps := []float64{0.7, 1.3, 0.01, 2.9, 0.33, 4.44, 0.999}
	now, i := t0, 0
	var ended []Event
	var endedAt time.Time
	for now.Before(at(59.5)) {
		now = now.Add(sec(steps[i%len(steps)]))
		i++
		if now.After(at(59.5)) {
			break
		}
		r := s.Tick(now)
		if hasEvent(r.Events, EventPhaseEnded) {
			t.Fatalf("phase ended early at %v", now.Sub(t0))
		}
	}
	r := s.Tick(at(60.4)) // jumps past the deadline by 0.4 s
	ended, endedAt = r.Events, at(60.4)
	if !hasEvent(ended, EventPhaseEnded) || !r.Saved {
		t.Fatalf("no phase end at %v: %s", endedAt.Sub(t0), evs(ended))
	}
	set := sets(s.Record(), 0)[0]
	if set.HeldSeconds != 60.0 {
		t.Fatalf("held %v, want exactly 60", set.HeldSeconds)
	}
	if !set.CompletedAt.Equal(at(60)) {
		t.Fatalf("completed at %v, want the deadline", set.CompletedAt.Sub(t0))
	}
	// The rest started at the deadline, not at the late tick: lateness does not carry over.
	wantPhase(t, s, PhaseRest)
	if got := s.Remaining(at(60.4)); got != sec(29.6) {
		t.Fatalf("rest remaining %v, want 29.6s", got)
	}
}

func TestPauseInsideHold(t *testing.T) {
	s := start(routine(5*time.Second, 30*time.Second, item(plank, dose{Sets: 1, Hold: 10 * time.Second})))
	s.Start(t0)
	s.Tick(at(5)) // active from 5 s, deadline 15 s
	mustOK(t, "pause", s.Pause(at(8)))
	if !s.Paused() || !s.NextChange(at(9)).IsZero() {
		t.Fatalf("paused %v, NextChange %v", s.Paused(), s.NextChange(at(9)))
	}
	if r := s.Tick(at(20)); len(r.Events) != 0 || s.Phase() != PhaseActive {
		t.Fatalf("tick while paused did something: %s", evs(r.Events))
	}
	if s.Remaining(at(20)) != 7*time.Second || s.Elapsed(at(20)) != 3*time.Second {
		t.Fatalf("paused remaining %v elapsed %v, want 7s 3s", s.Remaining(at(20)), s.Elapsed(at(20)))
	}
	mustFail(t, "pause again", s.Pause(at(20)))
	mustFail(t, "end early while paused", s.EndSetEarly(at(20)))
	mustOK(t, "resume", s.Resume(at(21))) // paused 13 s: deadline 28 s
	mustFail(t, "resume again", s.Resume(at(21)))
	if r := s.Tick(at(27.9)); hasEvent(r.Events, EventPhaseEnded) {
		t.Fatal("ended before the shifted deadline")
	}
	r := s.Tick(at(28))
	if !r.Saved || s.Phase() != PhaseDone {
		t.Fatalf("at the shifted deadline: saved %v phase %s", r.Saved, s.Phase())
	}
	set := sets(s.Record(), 0)[0]
	if set.HeldSeconds != 10 || set.PausedSeconds != 13 || !set.CompletedAt.Equal(at(28)) {
		t.Fatalf("set = %+v", set)
	}
}

func TestPauseInGetReadyCountsForTheSet(t *testing.T) {
	s := start(routine(5*time.Second, 0, item(plank, dose{Sets: 1, Hold: 10 * time.Second})))
	s.Start(t0)
	s.Pause(at(1))
	s.Resume(at(3)) // get-ready now ends at 7 s
	s.Tick(at(6.9))
	wantPhase(t, s, PhaseGetReady)
	s.Tick(at(17))
	set := sets(s.Record(), 0)[0]
	if set.PausedSeconds != 2 || !set.CompletedAt.Equal(at(17)) {
		t.Fatalf("set = %+v", set)
	}
}

func TestSwitchSides(t *testing.T) {
	s := start(routine(5*time.Second, 20*time.Second, item(sidePlank, dose{Sets: 1, Hold: 10 * time.Second})))
	s.Start(t0)
	got := evs(tickEvery(s, at(1), at(20), time.Second))
	want := "countdown:get-ready:3 countdown:get-ready:2 countdown:get-ready:1 phase-ended:get-ready phase-started:active halfway:active countdown:active:3 countdown:active:2 countdown:active:1 " +
		"phase-ended:active set-saved:active switch-sides:switch-sides phase-started:switch-sides " +
		"countdown:switch-sides:3 countdown:switch-sides:2 countdown:switch-sides:1 phase-ended:switch-sides phase-started:active"
	if got != want {
		t.Fatalf("events\n got %s\nwant %s", got, want)
	}
	if st := s.Step(); st.Side != record.SideRight || s.cursor != 1 {
		t.Fatalf("after switch: step %d side %q", s.cursor, st.Side)
	}
	s.Tick(at(30))
	wantPhase(t, s, PhaseDone) // the very last step has no rest
	got2 := sets(s.Record(), 0)
	if len(got2) != 2 || got2[0].Side != record.SideLeft || got2[1].Side != record.SideRight || !got2[1].CompletedAt.Equal(at(30)) {
		t.Fatalf("sets = %+v", got2)
	}
}

func TestMaxHold(t *testing.T) {
	r := routine(0, 30*time.Second, item(stance, dose{Sets: 3, Hold: 45 * time.Second}))
	t.Run("cap", func(t *testing.T) {
		s := start(r)
		s.Start(t0)
		if s.Elapsed(at(12.3)) != sec(12.3) || s.Remaining(at(12.3)) != sec(32.7) {
			t.Fatalf("elapsed %v remaining %v", s.Elapsed(at(12.3)), s.Remaining(at(12.3)))
		}
		if got := s.NextChange(at(12.3)); !got.Equal(at(13)) {
			t.Fatalf("stopwatch NextChange %v, want 13s", got.Sub(t0))
		}
		res := s.Tick(at(45))
		set := sets(s.Record(), 0)[0]
		if !res.Saved || set.HeldSeconds != 45 || set.TargetSeconds != 45 || set.Side != record.SideLeft || !set.CompletedAt.Equal(at(45)) {
			t.Fatalf("capped set = %+v", set)
		}
		if hasEvent(res.Events, EventHalfway) || hasEvent(res.Events, EventCountdown) {
			t.Fatalf("a stopwatch has no halfway or countdown: %s", evs(res.Events))
		}
	})
	t.Run("stop", func(t *testing.T) {
		s := start(r)
		s.Start(t0)
		mustFail(t, "add rep", s.AddRep(at(1)))
		res := mustOK(t, "stop clock", s.StopClock(at(12.3)))
		if !res.Saved {
			t.Fatal("not saved")
		}
		wantPhase(t, s, PhaseSwitchSides)
		s.Tick(at(17.3))
		mustOK(t, "end early on right", s.EndSetEarly(at(25.3)))
		got := sets(s.Record(), 0)
		if got[0].HeldSeconds != 12.3 || got[0].EndedEarly || got[1].HeldSeconds != 8 || got[1].EndedEarly || got[1].Side != record.SideRight {
			t.Fatalf("sets = %+v", got)
		}
	})
}

func TestPacedReps(t *testing.T) {
	s := start(routine(0, 30*time.Second, item(heelRaise, dose{Sets: 2, Reps: 10, Tempo: tempo35})))
	s.Start(t0)
	if s.PhaseLength() != 80*time.Second {
		t.Fatalf("paced length %v, want 80s", s.PhaseLength())
	}
	mustFail(t, "add rep", s.AddRep(at(1)))
	paces := []struct {
		t      float64
		rep    int
		up     bool
		remain float64
		length float64
	}{
		{0, 1, true, 3, 3}, {2, 1, true, 1, 3}, {3, 1, false, 5, 5}, {7.5, 1, false, 0.5, 5},
		{8, 2, true, 3, 3}, {12, 2, false, 4, 5}, {79, 10, false, 1, 5},
	}
	for _, p := range paces {
		got := s.Pace(at(p.t))
		if got.Rep != p.rep || got.Up != p.up || got.PhaseRemaining != sec(p.remain) || got.PhaseLength != sec(p.length) {
			t.Errorf("Pace(%vs) = %+v, want %+v", p.t, got, p)
		}
	}
	counts := []struct {
		t    float64
		reps int
	}{{7.9, 0}, {8, 1}, {15.99, 1}, {16, 2}, {40.5, 5}}
	for _, c := range counts {
		r := s.Tick(at(c.t))
		if s.Reps() != c.reps {
			t.Fatalf("reps at %vs = %d, want %d (%s)", c.t, s.Reps(), c.reps, evs(r.Events))
		}
	}
	if got := s.NextChange(at(40.5)); !got.Equal(at(41)) {
		t.Fatalf("NextChange %v, want 41s", got.Sub(t0))
	}
	r := s.Tick(at(80))
	if got := evs(r.Events); got != "rep-counted:active:6 rep-counted:active:7 rep-counted:active:8 rep-counted:active:9 rep-counted:active:10 phase-ended:active set-saved:active phase-started:rest" {
		t.Fatalf("events at the end: %s", got)
	}
	set := sets(s.Record(), 0)[0]
	if set.Reps != 10 || set.TargetReps != 10 || set.HeldSeconds != 80 || set.TargetSeconds != 0 || set.EndedEarly {
		t.Fatalf("set = %+v", set)
	}
	s.SkipRest(at(81))
	mustOK(t, "end early", s.EndSetEarly(at(81+20)))
	set = sets(s.Record(), 0)[1]
	if set.Reps != 2 || !set.EndedEarly || set.HeldSeconds != 20 {
		t.Fatalf("ended-early set = %+v", set)
	}
}

func TestHoldReps(t *testing.T) {
	s := start(routine(0, 0, item(chinTuck, dose{Sets: 2, Reps: 5, Hold: 5 * time.Second})))
	s.Start(t0)
	if s.PhaseLength() != 37*time.Second { // 5 holds of 5 s, 4 releases of 3 s
		t.Fatalf("length %v, want 37s", s.PhaseLength())
	}
	if p := s.Pace(at(6)); p.Rep != 1 || p.Up || p.PhaseRemaining != 2*time.Second || p.PhaseLength != 3*time.Second {
		t.Fatalf("Pace(6s) = %+v, want rep 1 release 2s left", p)
	}
	if p := s.Pace(at(9)); p.Rep != 2 || !p.Up || p.PhaseRemaining != 4*time.Second {
		t.Fatalf("Pace(9s) = %+v, want rep 2 hold 4s left", p)
	}
	var counted []float64
	for ms := 0; ms <= 37000; ms += 100 {
		for _, e := range s.Tick(t0.Add(time.Duration(ms) * time.Millisecond)).Events {
			if e.Kind == EventRepCounted {
				counted = append(counted, float64(ms)/1000)
			}
		}
	}
	want := []float64{5, 13, 21, 29, 37}
	if len(counted) != len(want) {
		t.Fatalf("reps counted at %v, want %v", counted, want)
	}
	for i := range want {
		if counted[i] != want[i] {
			t.Fatalf("reps counted at %v, want %v", counted, want)
		}
	}
	set := sets(s.Record(), 0)[0]
	if set.Reps != 5 || set.TargetReps != 5 || set.TargetSeconds != 5 || set.HeldSeconds != 25 {
		t.Fatalf("set = %+v", set)
	}
	// No rest: set 2 starts at 37 s. End it early 15 s in: 2 holds done (10 s held).
	wantPhase(t, s, PhaseActive)
	mustOK(t, "end early", s.EndSetEarly(at(37+15)))
	set = sets(s.Record(), 0)[1]
	if set.Reps != 2 || set.HeldSeconds != 10 || !set.EndedEarly {
		t.Fatalf("ended-early set = %+v", set)
	}
}

func TestTappedRepsWithUndo(t *testing.T) {
	s := start(routine(0, 30*time.Second, item(squat, dose{Sets: 1, Reps: 3})))
	s.Start(t0)
	if !s.NextChange(at(1)).IsZero() || s.PhaseLength() != 0 {
		t.Fatalf("tapped: NextChange %v PhaseLength %v, want zero", s.NextChange(at(1)), s.PhaseLength())
	}
	mustFail(t, "undo at 0", s.UndoRep(at(1)))
	mustOK(t, "rep 1", s.AddRep(at(2)))
	mustOK(t, "rep 2", s.AddRep(at(4)))
	mustOK(t, "undo", s.UndoRep(at(5)))
	if s.Reps() != 1 {
		t.Fatalf("reps %d, want 1", s.Reps())
	}
	s.AddRep(at(6))
	if r := s.Tick(at(600)); len(r.Events) != 0 || s.Phase() != PhaseActive {
		t.Fatal("tapped reps ended on their own")
	}
	r := mustOK(t, "rep 3", s.AddRep(at(601.5)))
	if !r.Saved || !hasEvent(r.Events, EventPhaseEnded) {
		t.Fatalf("reaching the target: %s saved %v", evs(r.Events), r.Saved)
	}
	wantPhase(t, s, PhaseDone)
	set := sets(s.Record(), 0)[0]
	if set.Reps != 3 || set.TargetReps != 3 || set.HeldSeconds != 601.5 || set.EndedEarly {
		t.Fatalf("set = %+v", set)
	}
}

func TestEndEarlyKeepsHeldTime(t *testing.T) {
	s := start(routine(5*time.Second, 30*time.Second, item(plank, dose{Sets: 2, Hold: 20 * time.Second})))
	mustFail(t, "end early in brief", s.EndSetEarly(t0))
	s.Start(t0)
	mustFail(t, "end early in get-ready", s.EndSetEarly(at(1)))
	r := mustOK(t, "end early", s.EndSetEarly(at(9.5)))
	if !r.Saved || evs(r.Events[len(r.Events)-2:]) != "set-saved:active phase-started:rest" {
		t.Fatalf("end early: %s saved %v", evs(r.Events), r.Saved)
	}
	wantPhase(t, s, PhaseRest)
	set := sets(s.Record(), 0)[0]
	if set.HeldSeconds != 4.5 || !set.EndedEarly || set.Skipped {
		t.Fatalf("set = %+v", set)
	}
	// An end-early past the deadline is too late: the hold finished on its own, in full.
	s.SkipRest(at(10))
	mustFail(t, "end early after the deadline", s.EndSetEarly(at(60)))
	if set := sets(s.Record(), 0)[1]; set.HeldSeconds != 20 || set.EndedEarly {
		t.Fatalf("set 2 = %+v", set)
	}
}
