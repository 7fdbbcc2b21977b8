package main_test

import (
	"slices"
	"strings"
	"syscall"
	"testing"
	"time"

	"upright/session/record"
)

// Issue 17 through the binary: what the person sees, and what `upright history --json` holds.

// holdShown waits for the first plank set's hold to be under way.
func (d *drill) holdShown() {
	d.t.Helper()
	d.toSession()
	d.send("Enter")
	d.waitFor("left of", 10*time.Second)
}

// quitAndSave quits from a brief or a set, confirms, and leaves the summary.
func (d *drill) quitAndSave() {
	d.t.Helper()
	d.send("q")
	d.waitFor("Quit this session?", 5*time.Second)
	d.send("y")
	d.waitFor("Saved", 5*time.Second)
	d.send("q")
	d.waitFor("EXITED=0", 5*time.Second)
}

// A pain rise mid-hold shows the stop screen at once; going on shows the next exercise, and the
// stored flag has the level and the exercise.
func TestEndToEndPainStopScreen(t *testing.T) {
	bin := buildBinary(t)
	d := startDrill(t, bin)
	d.holdShown()
	d.send("!")
	d.waitFor("How much back pain", 5*time.Second)
	d.send("5", "Enter", "Enter")
	d.waitFor("Exercise stopped", 5*time.Second)
	s := strings.Join(strings.Fields(d.screen()), " ")
	for _, want := range []string{"pain of 5 out of 10 during Plank", "Pain rose 2 points", "skip this exercise and go on", "end the session"} {
		if !strings.Contains(s, want) {
			t.Errorf("the stop screen lacks %q:\n%s", want, d.screen())
		}
	}
	d.send("Enter")
	d.waitFor("Side plank", 5*time.Second)
	d.waitFor("Press enter or space", 5*time.Second)
	d.quitAndSave()
	recs := history(t, bin, d.db)
	if len(recs) != 1 {
		t.Fatalf("%d sessions stored, want 1", len(recs))
	}
	fl := recs[0].Flags
	if len(fl) != 1 || fl[0].Kind != record.FlagPainRise || fl[0].Exercise != "plank" || fl[0].Pain == nil || *fl[0].Pain != 5 {
		t.Errorf("stored flags %+v; want one pain-rise on plank at 5", fl)
	}
	if !recs[0].Exercises[0].Stopped {
		t.Errorf("the plank is not stored as stopped: %+v", recs[0].Exercises[0])
	}
}

// The help laid over a running hold pauses it: the hold does not finish under the help, and the
// time under it is stored as paused, not held.
func TestEndToEndHelpPausesTheHold(t *testing.T) {
	bin := buildBinary(t)
	d := startDrill(t, bin)
	d.holdShown()
	d.send("?")
	d.waitFor("Press any key to go back", 5*time.Second)
	// The 2 s hold would be long over; the help must still be up, the hold waiting under it.
	for end := time.Now().Add(3 * time.Second); time.Now().Before(end); time.Sleep(100 * time.Millisecond) {
		if !strings.Contains(d.screen(), "Press any key to go back") {
			t.Fatalf("the help went away on its own:\n%s", d.screen())
		}
	}
	d.send("x")
	d.waitFor("left of", 5*time.Second)
	d.waitFor("Up next", 10*time.Second)
	d.quitAndSave()
	recs := history(t, bin, d.db)
	if len(recs) != 1 || len(recs[0].Exercises[0].Sets) == 0 {
		t.Fatalf("stored %+v; want the first plank set", recs)
	}
	set := recs[0].Exercises[0].Sets[0]
	if set.HeldSeconds != 2 || set.PausedSeconds < 3 {
		t.Errorf("plank set held %v s, paused %v s; want 2 s held and at least 3 s paused", set.HeldSeconds, set.PausedSeconds)
	}
}

// A closed terminal during the check-out stores the questions not answered as unanswered.
func TestEndToEndHangupInCheckout(t *testing.T) {
	bin := buildBinary(t)
	d := startDrill(t, bin)
	d.toSession()
	d.drive(func() bool { return strings.Contains(d.screen(), "Check-out") }, 60*time.Second)
	d.send("6", "Enter")
	d.waitFor("How much back pain now", 5*time.Second)
	if err := syscall.Kill(d.pid(), syscall.SIGHUP); err != nil {
		t.Fatal(err)
	}
	d.terminalRestored()
	recs := history(t, bin, d.db)
	if len(recs) != 1 || recs[0].Checkout == nil {
		t.Fatalf("stored %+v; want one session with its check-out", recs)
	}
	co := recs[0].Checkout
	if !co.Unfinished || co.Effort != 6 || co.Answered(record.CheckoutPain) || co.Pain != 0 {
		t.Errorf("stored check-out %+v; want unfinished, effort 6, pain unanswered", co)
	}
}

// Letters that arrive in one read are separate presses: "up" typed in the check-out's list is
// u then p, not ↑, so the mark lands on the row chosen with ↓.
func TestEndToEndTypedLettersAreNotNamedKeys(t *testing.T) {
	bin := buildBinary(t)
	d := startDrill(t, bin)
	d.toSession()
	d.drive(func() bool { return strings.Contains(d.screen(), "Check-out") }, 60*time.Second)
	d.send("Enter", "Enter", "y") // y answers at once
	d.waitFor("Mark what happened", 5*time.Second)
	d.send("Down")
	d.send("-l", "up")
	d.send("1", "Enter")
	d.waitFor("A note for your therapist", 5*time.Second)
	d.send("Enter")
	d.waitFor("Saved", 5*time.Second)
	d.send("q")
	d.waitFor("EXITED=0", 5*time.Second)
	recs := history(t, bin, d.db)
	if len(recs) != 1 || recs[0].Checkout == nil {
		t.Fatalf("stored %+v", recs)
	}
	reps := recs[0].Checkout.Reports
	if len(reps) != 1 || reps[0].Exercise != "side-plank" || !reps[0].SharpPain {
		t.Errorf("stored reports %+v; want sharp pain on the side plank (the second row)", reps)
	}
	if !slices.ContainsFunc(recs[0].Flags, func(f record.Flag) bool { return f.Exercise == "side-plank" }) {
		t.Errorf("stored flags %+v; want the side plank flagged", recs[0].Flags)
	}
}
