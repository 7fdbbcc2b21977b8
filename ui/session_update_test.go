package ui

import (
	"strings"
	"testing"
	"time"

	"upright/exercises"
	"upright/session"
	"upright/session/record"
	"upright/ui/kit/kittest"
)

// inHold starts the tiny routine and runs it into its 3 s hold; it returns when the hold began.
func inHold(t *testing.T) (*harness, time.Time) {
	t.Helper()
	h := startRoutine(t, tinyRoutine(), nil)
	h.send(keyEnter)
	if h.phase() != session.PhaseGetReady {
		t.Fatalf("enter on the brief: phase %v, want get-ready", h.phase())
	}
	h.untilPhase(session.PhaseActive)
	// The get-ready ends on its deadline, 1 s after the start, whatever the tick lateness.
	return h, t0.Add(time.Second)
}

func TestPauseInHoldIsNotHeldTime(t *testing.T) {
	h, start := inHold(t)
	eng := h.eng()
	h.send(runes("p"))
	if !eng.Paused() {
		t.Fatalf("p in a hold did not pause")
	}
	if v := h.m.View(); !strings.Contains(v, "PAUSED") {
		t.Errorf("paused hold does not say PAUSED:\n%s", v)
	}
	left := eng.Remaining(h.clock.Now())
	h.clock.Advance(10 * time.Second)
	if got := eng.Remaining(h.clock.Now()); got != left {
		t.Errorf("remaining moved while paused: %v, then %v", left, got)
	}
	h.send(runes("p"))
	if eng.Paused() {
		t.Fatalf("second p did not resume")
	}
	h.untilPhase(session.PhaseRest)
	got := firstSet(t, eng.Record(), 0)
	if got.HeldSeconds != 3 || got.PausedSeconds != 10 || got.EndedEarly {
		t.Errorf("set = held %v s, paused %v s, ended early %v; want 3, 10, false", got.HeldSeconds, got.PausedSeconds, got.EndedEarly)
	}
	if want := start.Add(13 * time.Second); !got.CompletedAt.Equal(want) {
		t.Errorf("hold ended at %v, want %v (deadline pushed back by the 10 s pause)", got.CompletedAt, want)
	}
}

func TestPausedTimeLeftOutOfAnEarlyEnd(t *testing.T) {
	h, start := inHold(t)
	eng := h.eng()
	h.send(runes("p"))
	h.clock.Advance(10 * time.Second)
	h.send(runes("p"))
	want := h.clock.Now().Sub(start) - 10*time.Second
	h.send(runes("e"))
	got := firstSet(t, eng.Record(), 0)
	if !got.EndedEarly || got.HeldSeconds != want.Seconds() || got.PausedSeconds != 10 {
		t.Errorf("ended early = %v, held %v s, paused %v s; want true, %v s, 10 s", got.EndedEarly, got.HeldSeconds, got.PausedSeconds, want.Seconds())
	}
	if h.phase() != session.PhaseRest {
		t.Errorf("after e the phase is %v, want rest", h.phase())
	}
}

func TestStaleTickIsIgnored(t *testing.T) {
	h, _ := inHold(t)
	eng := h.eng()
	if len(h.ticks) == 0 {
		t.Fatal("a running hold has no tick scheduled")
	}
	stale := h.ticks[len(h.ticks)-1]
	h.ticks = nil
	h.send(runes("p"))
	h.clock.Advance(5 * time.Second)
	left := eng.Remaining(h.clock.Now())

	next, cmd := h.m.Update(stale)
	h.m = next.(Model)
	if cmd != nil || eng.Remaining(h.clock.Now()) != left || !eng.Paused() {
		t.Errorf("a tick from before the pause acted: cmd %v, remaining %v (was %v), paused %v",
			cmd != nil, eng.Remaining(h.clock.Now()), left, eng.Paused())
	}

	h.send(runes("p")) // resume schedules a fresh tick
	if len(h.ticks) != 1 {
		t.Fatalf("resume scheduled %d ticks, want 1", len(h.ticks))
	}
	next, cmd = h.m.Update(stale)
	h.m = next.(Model)
	if cmd != nil {
		t.Errorf("the stale tick, delivered after resume, scheduled another tick: two tick chains would run")
	}
	h.tick()
	if len(h.ticks) != 1 {
		t.Errorf("the fresh tick scheduled %d ticks, want 1", len(h.ticks))
	}
}

func TestTappedRepsCountAndUndo(t *testing.T) {
	h := startRoutine(t, tinyRoutine(), nil)
	h.send(runes("n")) // skip the hold from its brief
	eng := h.eng()
	if h.phase() != session.PhaseBrief || eng.Step().Item != 1 {
		t.Fatalf("n on the first brief: phase %v item %d, want the brief of item 1", h.phase(), eng.Step().Item)
	}
	h.send(keyEnter)
	h.untilPhase(session.PhaseActive)
	h.send(keySpace)
	if eng.Reps() != 1 || !strings.Contains(h.m.View(), "1 / 2 reps") {
		t.Errorf("one space: reps %d, view:\n%s", eng.Reps(), h.m.View())
	}
	h.send(runes("u"))
	if eng.Reps() != 0 {
		t.Errorf("u: reps %d, want 0", eng.Reps())
	}
	h.send(runes("u"))
	if eng.Reps() != 0 || !strings.Contains(h.m.View(), "nothing to undo") {
		t.Errorf("u at 0: reps %d, want 0 and a notice; view:\n%s", eng.Reps(), h.m.View())
	}
	h.send(keySpace, keySpace)
	if h.screen() != screenCheckout {
		t.Fatalf("2 of 2 reps on the last set: screen %v, want check-out", h.m.screen)
	}
	cps, _ := h.store.Snapshot()
	last := cps[len(cps)-1]
	if got := firstSet(t, last, 1); got.Reps != 2 || got.TargetReps != 2 || got.Skipped {
		t.Errorf("saved tapped set = %+v, want 2 of 2 reps", got)
	}
	if !firstSet(t, last, 0).Skipped {
		t.Errorf("the hold skipped from its brief is not marked skipped")
	}
}

func TestMaxHoldStoppedWithSpace(t *testing.T) {
	h := startRoutine(t, clinicDemo(), nil)
	for range 5 {
		h.send(runes("n"))
	}
	eng := h.eng()
	if eng.Step().Exercise.ID != "single-leg-stance-test" {
		t.Fatalf("five skips reach %q, want the stance test", eng.Step().Exercise.ID)
	}
	h.send(keyEnter)
	h.untilPhase(session.PhaseActive)
	h.until("2 s on the stopwatch", func() bool { return eng.Elapsed(h.clock.Now()) >= 2*time.Second })
	want := eng.Elapsed(h.clock.Now())
	h.send(keySpace)
	got := firstSet(t, eng.Record(), 5)
	if got.HeldSeconds != want.Seconds() || got.EndedEarly || got.Side != record.SideLeft {
		t.Errorf("stopped stance test = %+v, want %v s held on the left, not ended early", got, want.Seconds())
	}
	if h.phase() != session.PhaseSwitchSides {
		t.Errorf("after the left side: phase %v, want switch-sides", h.phase())
	}
}

func TestSkipAndBack(t *testing.T) {
	h := startRoutine(t, clinicDemo(), nil)
	eng := h.eng()
	h.send(keyEnter, runes("n"))
	if h.phase() != session.PhaseActive {
		t.Fatalf("n in get-ready: phase %v, want active (start now)", h.phase())
	}
	h.send(runes("n"))
	if h.phase() != session.PhaseBrief || eng.Step().Item != 1 {
		t.Fatalf("n in the hold: phase %v item %d, want the next brief", h.phase(), eng.Step().Item)
	}
	if got := firstSet(t, eng.Record(), 0); !got.Skipped {
		t.Errorf("skipped set not marked skipped: %+v", got)
	}
	cps, _ := h.store.Snapshot()
	if n := len(cps); n != 2 || !firstSet(t, cps[1], 0).Skipped {
		t.Errorf("checkpoints after the skip: %d, want 2 with the skipped set", n)
	}
	h.send(runes("b"))
	if h.phase() != session.PhaseGetReady || eng.Step().Item != 0 {
		t.Errorf("b on the second brief: phase %v item %d, want the get-ready of item 0", h.phase(), eng.Step().Item)
	}
	if sets := eng.Record().Exercises[0].Sets; len(sets) != 0 {
		t.Errorf("back kept the set it redoes: %+v", sets)
	}
}

func TestRestMoreAndLess(t *testing.T) {
	h, _ := inHold(t)
	eng := h.eng()
	h.untilPhase(session.PhaseRest)
	if got := eng.PhaseLength(); got != 2*time.Second {
		t.Fatalf("rest is %v, want 2s", got)
	}
	h.send(runes("+"))
	if got := eng.PhaseLength(); got != 17*time.Second {
		t.Errorf("+ made the rest %v, want 17s", got)
	}
	h.send(runes("-"))
	if got := eng.PhaseLength(); got != 2*time.Second {
		t.Errorf("- made the rest %v, want 2s", got)
	}
	h.send(runes("-"))
	if h.phase() != session.PhaseBrief || eng.Step().Item != 1 {
		t.Errorf("- below nothing: phase %v item %d, want the rest over and the next brief", h.phase(), eng.Step().Item)
	}
}

func TestPainReportStopsTheExercise(t *testing.T) {
	h, _ := inHold(t)
	eng := h.eng()
	h.send(runes("!"))
	if !strings.Contains(h.m.View(), "Pain check") {
		t.Fatalf("! does not ask about pain:\n%s", h.m.View())
	}
	h.send(runes("5"), keyEnter, keyEnter)
	rec := eng.Record()
	if len(rec.Flags) != 1 || rec.Flags[0].Kind != record.FlagPainRise || !rec.Exercises[0].Stopped {
		t.Fatalf("pain 5 after 0 at check-in: flags %+v, stopped %v; want a pain-rise flag and the exercise stopped",
			rec.Flags, rec.Exercises[0].Stopped)
	}
	if h.phase() != session.PhaseBrief || eng.Step().Item != 1 {
		t.Errorf("after the pain stop: phase %v item %d; want the next brief", h.phase(), eng.Step().Item)
	}
	// A pain stop shows the "call soon" advice. The engine returns it in Result.Reason
	// with OK true, and sessionModel.apply keeps a Reason only when OK is false.
	if v := h.m.View(); !strings.Contains(v, "Call your doctor") {
		t.Errorf("BUG (session.go:184 apply): the call-soon advice of a pain stop is not shown; view:\n%s", v)
	}
}

// TestCuesChangeOnTheCountdownsTicks: a hold's form cue moves on every 6 s of the hold, on the
// same ticks as its seconds, so the cues never wake the program on their own.
func TestCuesChangeOnTheCountdownsTicks(t *testing.T) {
	plank := mustExercise("plank")
	if len(plank.Cues) < 3 {
		t.Fatalf("the plank needs at least 3 cues for this test, has %d", len(plank.Cues))
	}
	r := exercises.Routine{ID: "cues", Name: "Cues", Items: []exercises.Item{
		{Exercise: plank, Dose: exercises.Dose{Sets: 1, Hold: 20 * time.Second}},
	}}
	h := startRoutine(t, r, nil)
	// Read the brief for 2.5 s, so the hold's seconds fall between the wall clock's.
	h.clock.Advance(2500 * time.Millisecond)
	h.send(keyEnter)
	h.untilPhase(session.PhaseActive)
	eng := h.eng()
	// The fake clock is already at the first pending tick; the hold began Elapsed before it.
	start := h.clock.Now().Add(-eng.Elapsed(h.clock.Now()))
	ticks := 0
	for h.phase() == session.PhaseActive && len(h.ticks) > 0 {
		at := h.clock.Now().Sub(start)
		if frac := at % time.Second; frac != 0 && frac != 400*time.Millisecond {
			t.Errorf("a tick %v into the hold: neither a whole second nor the end of a flash", at)
		}
		h.tick()
		ticks++
		want := "Cue: " + plank.Cues[int(at/(6*time.Second))%len(plank.Cues)]
		if h.phase() == session.PhaseActive && !strings.Contains(viewText(h), want) {
			t.Errorf("%v into the hold the screen does not show %q:\n%s", at, want, viewText(h))
		}
	}
	// 20 seconds, and the ends of the flashes on 3, 2, 1.
	if ticks > 23 {
		t.Errorf("%d ticks in a 20 s hold, want at most 23", ticks)
	}
}

// TestQuitSummaryCountsThePlannedSets: a session quit early says how many of the routine's sets
// were done, not how many of those it reached.
func TestQuitSummaryCountsThePlannedSets(t *testing.T) {
	h, _ := inHold(t)
	h.send(runes("q"), runes("y"))
	if h.screen() != screenSummary {
		t.Fatalf("q, y in a hold: screen %v, want the summary", h.m.screen)
	}
	if v := viewText(h); !strings.Contains(v, "Sets done: 0 of 2") {
		t.Errorf("summary of a session quit in its first set:\n%s\nwant \"Sets done: 0 of 2\"", v)
	}
}

// TestHomeSaysWhenTheLastSessionHadNoSets: a session quit at its first brief is "partial" in the
// record; home says nothing was done rather than let "partial" suggest otherwise.
func TestHomeSaysWhenTheLastSessionHadNoSets(t *testing.T) {
	h := newHarness(t, func(o *Options) {
		o.Store.(*kittest.FakeStore).Recs = []record.Record{{Version: record.RecordVersion, ID: "q",
			Profile: "default", Routine: record.RoutineRef{ID: "core", Name: "Core"}, StartedAt: t0.Add(-time.Hour),
			EndedAt: t0.Add(-time.Hour + time.Minute), Status: record.StatusPartial, Flags: []record.Flag{}}}
	})
	if v := viewText(h); !strings.Contains(v, "Core (partial, no sets done)") {
		t.Errorf("home after a session with no sets:\n%s", v)
	}
}
