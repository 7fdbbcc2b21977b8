package ui

import (
	"reflect"
	"strings"
	"testing"

	"upright/session"
	"upright/session/record"
)

// finishTiny runs the tiny routine from its first brief to the summary, check-out by defaults.
func finishTiny(h *harness) {
	h.t.Helper()
	h.send(keyEnter)
	h.until("the second brief", func() bool { return h.phase() == session.PhaseBrief && h.eng().Step().Item == 1 })
	h.send(keyEnter)
	h.untilPhase(session.PhaseActive)
	h.send(keySpace, keySpace)
	if h.screen() != screenCheckout {
		h.t.Fatalf("the last rep did not lead to the check-out (screen %v)", h.m.screen)
	}
	h.send(keyEnter, keyEnter, keyEnter, keyEnter)
	if h.screen() != screenSummary {
		h.t.Fatalf("4 × enter on the check-out: screen %v, want the summary", h.m.screen)
	}
}

func TestQuitConfirmKeepsPartialRecord(t *testing.T) {
	h, _ := inHold(t)
	h.untilPhase(session.PhaseRest)
	h.send(runes("q"))
	if v := h.m.View(); !strings.Contains(v, "Quit this session?") {
		t.Fatalf("q does not ask to confirm:\n%s", v)
	}
	h.send(runes("n"))
	if strings.Contains(h.m.View(), "Quit this session?") || h.phase() != session.PhaseRest {
		t.Fatalf("n did not carry on with the rest (phase %v)", h.phase())
	}
	h.send(runes("q"))

	// By hand from here, to see when the store is called.
	next, cmd := h.m.Update(runes("y"))
	m := next.(Model)
	msgs := h.exec(cmd)
	if _, fin := h.store.Snapshot(); len(fin) != 0 {
		t.Fatalf("FinishSession ran before the summary")
	}
	if len(msgs) != 1 {
		t.Fatalf("y produced %d messages, want one navigation", len(msgs))
	}
	next, cmd = m.Update(msgs[0])
	m = next.(Model)
	rec := m.Unsaved()
	if screenOf(m) != screenSummary || rec == nil || rec.Status != record.StatusPartial {
		t.Fatalf("after y: screen %v, unsaved %+v; want the summary holding a partial record", m.screen, rec)
	}
	if _, fin := h.store.Snapshot(); len(fin) != 0 {
		t.Fatalf("FinishSession ran before the summary's save command")
	}
	msgs = h.exec(cmd)
	_, fin := h.store.Snapshot()
	if len(fin) != 1 || fin[0].Status != record.StatusPartial || fin[0].SetsDone() != 1 {
		t.Fatalf("store after the save command: %d finished, want 1 partial with 1 set: %+v", len(fin), fin)
	}
	if got := firstSet(t, fin[0], 0); got.HeldSeconds != 3 {
		t.Errorf("kept hold = %v s, want 3", got.HeldSeconds)
	}
	for _, msg := range msgs {
		next, _ = m.Update(msg)
		m = next.(Model)
	}
	if m.Unsaved() != nil || !strings.Contains(m.View(), "Saved") {
		t.Errorf("after the store confirmed: unsaved %v, view:\n%s", m.Unsaved() != nil, m.View())
	}
}

func TestSummaryKeepsRecordWhileSaveFails(t *testing.T) {
	h := startRoutine(t, tinyRoutine(), nil)
	h.store.SetFail(true)
	finishTiny(h)
	if v := h.m.View(); !strings.Contains(v, "Not saved yet") || h.m.Unsaved() == nil {
		t.Fatalf("failed save: unsaved %v, view:\n%s", h.m.Unsaved() != nil, v)
	}
	h.store.SetFail(false)
	h.send(keyEnter)
	if _, fin := h.store.Snapshot(); len(fin) != 1 || h.m.Unsaved() != nil || !strings.Contains(h.m.View(), "Saved") {
		t.Errorf("retry: %d finished, unsaved %v; view:\n%s", len(fin), h.m.Unsaved() != nil, h.m.View())
	}
}

func TestCtrlCMidSessionKeepsPartialRecord(t *testing.T) {
	h, _ := inHold(t)
	h.untilPhase(session.PhaseRest)
	h.send(keyCtrlC)
	rec := h.m.Unsaved()
	if !h.quit || !h.m.Interrupted() {
		t.Errorf("ctrl+c: quit %v, interrupted %v; want both", h.quit, h.m.Interrupted())
	}
	if rec == nil || rec.Status != record.StatusPartial || rec.SetsDone() != 1 || rec.EndedAt.IsZero() {
		t.Fatalf("ctrl+c mid-session: unsaved = %+v, want a partial record with the 1 set done", rec)
	}
}

func TestCheckinDefaults(t *testing.T) {
	h := startRoutine(t, tinyRoutine(), nil)
	rec := h.eng().Record()
	want := record.Checkin{}
	if !reflect.DeepEqual(rec.Checkin, want) || len(rec.Flags) != 0 {
		t.Errorf("enter × 4 check-in = %+v, flags %v; want pain 0 and no flags", rec.Checkin, rec.Flags)
	}
	cps, _ := h.store.Snapshot()
	if len(cps) != 1 || cps[0].SetsDone() != 0 || cps[0].Status != record.StatusInProgress {
		t.Errorf("the check-in is not checkpointed at the session start: %d checkpoints", len(cps))
	}
}

func TestCheckinPainRating(t *testing.T) {
	r := tinyRoutine()
	h := newHarness(t, func(o *Options) { o.Routine = &r })
	h.send(runes("3"), runes("l"), keyEnter, keyEnter, keyEnter, keyEnter)
	if got := h.eng().Record().Checkin.Pain; got != 4 {
		t.Errorf("3 then → : pain %d, want 4", got)
	}
}

func TestRedFlagStopsBeforeSession(t *testing.T) {
	r := tinyRoutine()
	h := newHarness(t, func(o *Options) { o.Routine = &r })
	h.send(keyEnter, keyEnter, keyEnter, runes("y"))
	if v := h.m.View(); !strings.Contains(v, "Tick each one") {
		t.Fatalf("y to red flags does not show the list:\n%s", v)
	}
	h.send(keySpace, keyEnter)
	if h.screen() != screenAdvice || !strings.Contains(h.m.View(), "Please stop here") {
		t.Fatalf("a ticked red flag: screen %v, want the stop advice:\n%s", h.screen(), h.m.View())
	}
	h.send(keyEnter)
	cps, fin := h.store.Snapshot()
	if h.screen() != screenHome || len(cps) != 0 {
		t.Errorf("after the advice: screen %v, %d checkpoints; want home and no session", h.screen(), len(cps))
	}
	if len(fin) != 1 || fin[0].Status != record.StatusStopped || len(fin[0].Checkin.RedFlags) != 1 ||
		len(fin[0].Flags) == 0 || fin[0].Flags[0].Kind != record.FlagRedFlag {
		t.Fatalf("stopped record not saved: %+v", fin)
	}
	if got := fin[0].Checkin.RedFlags[0]; got != record.RedFlags[0].ID {
		t.Errorf("red flag %q saved, want %q", got, record.RedFlags[0].ID)
	}
}

func TestEveryFinishedSetIsCheckpointed(t *testing.T) {
	h := startRoutine(t, tinyRoutine(), nil)
	finishTiny(h)
	cps, fin := h.store.Snapshot()
	if len(cps) != 3 {
		t.Fatalf("%d checkpoints, want 3: the start and one per set", len(cps))
	}
	for i, cp := range cps {
		if cp.SetsDone() != i || cp.ID != "s-test" || cp.Status != record.StatusInProgress {
			t.Errorf("checkpoint %d: %d sets, id %q, status %q; want %d sets of s-test in progress", i, cp.SetsDone(), cp.ID, cp.Status, i)
		}
	}
	if len(fin) != 1 || fin[0].Status != record.StatusCompleted || fin[0].Checkout == nil {
		t.Errorf("finished: %+v, want one completed session with its check-out", fin)
	}
	var toml string
	h.store.Locked(func() { toml = string(h.store.RoutineTOML[0]) })
	if !strings.Contains(toml, "plank") {
		t.Errorf("checkpoint routine TOML lacks the routine:\n%s", toml)
	}
}

func TestDemoSavesNothing(t *testing.T) {
	h := startRoutine(t, tinyRoutine(), func(o *Options) { o.Demo = true })
	if !strings.Contains(h.m.View(), "DEMO") {
		t.Errorf("demo session does not say DEMO:\n%s", h.m.View())
	}
	finishTiny(h)
	if n := h.store.Calls(); n != 0 {
		t.Errorf("demo mode called the store %d times", n)
	}
	if v := h.m.View(); !strings.Contains(v, "DEMO") || !strings.Contains(v, "demo: not saved") {
		t.Errorf("demo summary:\n%s", v)
	}
}

func TestHelpOpensAndAnyKeyCloses(t *testing.T) {
	h := startRoutine(t, tinyRoutine(), nil)
	h.send(runes("?"))
	v := h.m.View()
	if !strings.Contains(v, "Keys") || !strings.Contains(v, "skip exercise") || !strings.Contains(v, "Press any key") {
		t.Errorf("? does not show the full help:\n%s", v)
	}
	h.send(keyEnter)
	if h.m.showHelp || h.phase() != session.PhaseBrief {
		t.Errorf("enter on the help: help shown %v, phase %v; want help closed and the key not passed on", h.m.showHelp, h.phase())
	}
	if strings.Contains(h.m.View(), "Press any key") {
		t.Errorf("help still drawn after a key")
	}
}

func TestQuestionMarkIsTextInTheNote(t *testing.T) {
	h := startRoutine(t, tinyRoutine(), nil)
	h.send(runes("n"), keyEnter)
	h.untilPhase(session.PhaseActive)
	h.send(keySpace, keySpace, keyEnter, keyEnter, keyEnter, runes("ok?"))
	if v := h.m.View(); h.m.showHelp || !strings.Contains(v, "› ok?") {
		t.Errorf("typing ok? in the note: help %v, view:\n%s", h.m.showHelp, v)
	}
}

func TestCheckpointFailureShownAndRetried(t *testing.T) {
	h, _ := inHold(t)
	h.store.SetFail(true)
	h.untilPhase(session.PhaseRest)
	if v := h.m.View(); !strings.Contains(v, "disk full") {
		t.Errorf("a failed checkpoint is not shown:\n%s", v)
	}
	h.store.SetFail(false)
	h.until("the second brief", func() bool { return h.phase() == session.PhaseBrief })
	h.send(keyEnter)
	h.untilPhase(session.PhaseActive)
	h.send(keySpace, keySpace)
	cps, _ := h.store.Snapshot()
	if last := cps[len(cps)-1]; last.SetsDone() != 2 {
		t.Errorf("the checkpoint after the failure holds %d sets, want both", last.SetsDone())
	}
}

// A set that could not be saved shows on the next exercise's brief, and the quit question does
// not claim the sets are kept, until a later save succeeds.
func TestFailedSetSaveShowsOnTheBriefAndTheQuitQuestion(t *testing.T) {
	h, _ := inHold(t)
	h.store.SetFail(true)
	h.untilPhase(session.PhaseBrief) // the plank's set is saved (and fails); the squat's brief
	v := viewText(h)
	if !strings.Contains(v, "save your set: disk full") {
		t.Errorf("the brief after a failed save does not say so:\n%s", v)
	}
	h.send(runes("q"))
	if v := viewText(h); strings.Contains(v, "is kept") || !strings.Contains(v, "could not be saved") {
		t.Errorf("the quit question after a failed save:\n%s", v)
	}
}
