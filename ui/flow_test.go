package ui

import (
	"bytes"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/exp/teatest"

	"upright/session/record"
	"upright/ui/kit/kittest"
)

// The flows run the real bubbletea program on the model, with the fake clock: ticks arrive as
// soon as they are scheduled, so a whole routine takes milliseconds. Keys are sent only once the
// screen they are meant for is drawn, as a person would.

func startFlow(t *testing.T, edit func(*Options)) (*teatest.TestModel, *kittest.FakeStore) {
	t.Helper()
	st := &kittest.FakeStore{}
	o := testOptions(kittest.NewFakeClock(t0), st)
	edit(&o)
	return teatest.NewTestModel(t, New(o), teatest.WithInitialTermSize(80, 24)), st
}

// waitText waits until text has been drawn since the last wait.
func waitText(t *testing.T, tm *teatest.TestModel, text string) {
	t.Helper()
	teatest.WaitFor(t, tm.Output(), func(b []byte) bool { return bytes.Contains(b, []byte(text)) },
		teatest.WithDuration(5*time.Second), teatest.WithCheckInterval(5*time.Millisecond))
}

// press sends a key once want is on screen.
func press(t *testing.T, tm *teatest.TestModel, want string, k tea.KeyMsg) {
	t.Helper()
	waitText(t, tm, want)
	tm.Send(k)
}

func finalModel(t *testing.T, tm *teatest.TestModel) Model {
	t.Helper()
	m, ok := tm.FinalModel(t, teatest.WithFinalTimeout(5*time.Second)).(Model)
	if !ok {
		t.Fatal("the final model is not a ui.Model")
	}
	return m
}

// checkinFlow answers the check-in by its defaults and waits for the first brief.
func checkinFlow(t *testing.T, tm *teatest.TestModel) {
	t.Helper()
	press(t, tm, "How much back pain", keyEnter)
	press(t, tm, "new, sharp", keyEnter)
	press(t, tm, "fall or near-fall", keyEnter)
	press(t, tm, "any of these", keyEnter)
}

// tappedAndCheckout starts the tapped set from its brief, counts its 2 reps, answers the
// check-out by its defaults and leaves from the summary once it says Saved.
func tappedAndCheckout(t *testing.T, tm *teatest.TestModel) {
	t.Helper()
	press(t, tm, "Exercise 2 of 2", keyEnter)
	press(t, tm, "0 / 2 reps", keySpace)
	press(t, tm, "1 / 2 reps", keySpace)
	press(t, tm, "How hard was that session", keyEnter)
	press(t, tm, "How much back pain now", keyEnter)
	press(t, tm, "sharp pain, dizziness", keyEnter)
	press(t, tm, "A note for your therapist", keyEnter)
	press(t, tm, "Saved", runes("q"))
}

func TestFlowFullRoutine(t *testing.T) {
	r := tinyRoutine()
	tm, st := startFlow(t, func(o *Options) { o.Routine = &r })
	checkinFlow(t, tm)
	press(t, tm, "Exercise 1 of 2", keyEnter)
	tappedAndCheckout(t, tm)
	m := finalModel(t, tm)

	_, fin := st.Snapshot()
	if len(fin) != 1 {
		t.Fatalf("%d sessions finished, want 1", len(fin))
	}
	rec := fin[0]
	if rec.Status != record.StatusCompleted || rec.Checkout == nil || rec.ID != "s-test" {
		t.Errorf("finished record: status %q, id %q, check-out %v", rec.Status, rec.ID, rec.Checkout)
	}
	if got := firstSet(t, rec, 0); got.HeldSeconds != 3 || got.TargetSeconds != 3 || got.PausedSeconds != 0 {
		t.Errorf("hold = %+v, want 3 of 3 s held", got)
	}
	if got := firstSet(t, rec, 1); got.Reps != 2 || got.TargetReps != 2 {
		t.Errorf("tapped set = %+v, want 2 of 2 reps", got)
	}
	if m.Unsaved() != nil || m.Interrupted() {
		t.Errorf("after a saved session: unsaved %v, interrupted %v", m.Unsaved() != nil, m.Interrupted())
	}
}

func TestFlowQuitMidSession(t *testing.T) {
	r := tinyRoutine()
	tm, st := startFlow(t, func(o *Options) { o.Routine = &r })
	checkinFlow(t, tm)
	press(t, tm, "Exercise 1 of 2", keyEnter)
	press(t, tm, "Exercise 2 of 2", keyEnter)
	press(t, tm, "0 / 2 reps", keySpace)
	press(t, tm, "1 / 2 reps", runes("q"))
	press(t, tm, "Quit this session?", runes("y"))
	press(t, tm, "Saved", runes("q"))
	m := finalModel(t, tm)

	_, fin := st.Snapshot()
	if len(fin) != 1 || fin[0].Status != record.StatusPartial {
		t.Fatalf("finished: %+v, want one partial session", fin)
	}
	rec := fin[0]
	if got := firstSet(t, rec, 0); got.HeldSeconds != 3 {
		t.Errorf("kept hold = %+v, want 3 s held", got)
	}
	if sets := rec.Exercises[1].Sets; len(sets) != 0 {
		t.Errorf("the set under way at the quit was kept: %+v", sets)
	}
	if m.Unsaved() != nil || m.Interrupted() {
		t.Errorf("after q, y and a save: unsaved %v, interrupted %v", m.Unsaved() != nil, m.Interrupted())
	}
}

func TestFlowResumeUnfinished(t *testing.T) {
	res := tinyResumable(t)
	tm, st := startFlow(t, func(o *Options) { o.Resume = &res })
	press(t, tm, "An unfinished session", keyEnter)
	tappedAndCheckout(t, tm)
	finalModel(t, tm)

	_, fin := st.Snapshot()
	if len(fin) != 1 {
		t.Fatalf("%d sessions finished, want 1", len(fin))
	}
	rec := fin[0]
	if rec.ID != res.Record.ID || !rec.StartedAt.Equal(t0) || rec.Status != record.StatusCompleted {
		t.Errorf("resumed record: id %q, started %v, status %q; want the checkpoint's id and start, completed",
			rec.ID, rec.StartedAt, rec.Status)
	}
	if got := firstSet(t, rec, 0); got.HeldSeconds != 3 {
		t.Errorf("the hold done before the resume = %+v, want 3 s held", got)
	}
	if got := firstSet(t, rec, 1); got.Reps != 2 {
		t.Errorf("the set done after the resume = %+v, want 2 reps", got)
	}
}
