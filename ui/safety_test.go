package ui

import (
	"slices"
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"upright/session"
	"upright/session/record"
)

// Issue 17: the session tells the truth and keeps the patient safe. Each test drives the real
// screens through the root with a fake clock.

// ! asks starting from the check-in pain, then from the last report.
func TestPainQuestionStartsFromTheCurrentLevel(t *testing.T) {
	h := newHarness(t, func(o *Options) { r := tinyRoutine(); o.Routine = &r })
	h.send(runes("3"), keyEnter, keyEnter, keyEnter, keyEnter) // check-in pain 3
	h.send(keyEnter)
	h.untilPhase(session.PhaseActive)
	h.send(runes("!"))
	if v := viewText(h); !strings.Contains(v, "Your answer: 3 out of 10") {
		t.Fatalf("the pain question does not start at the check-in's 3:\n%s", v)
	}
	h.send(runes("4"), keyEnter, keyEnter) // a small rise: normal effort, carry on
	h.send(runes("!"))
	if v := viewText(h); !strings.Contains(v, "Your answer: 4 out of 10") {
		t.Fatalf("the second pain question does not start at the last report, 4:\n%s", v)
	}
}

// A pain rise that stops the exercise shows the stop screen at once, with what happened, the
// advice and the choices; going on leads to the next brief, and the flag keeps the level.
func TestPainStopShowsTheStopScreen(t *testing.T) {
	for _, tc := range []struct {
		name, keys, what, advice string
		kind                     string
		level                    int
	}{
		{"rise", "5", "pain of 5 out of 10 during Plank", session.PainRiseReason, record.FlagPainRise, 5},
		{"sharp", "y", "sharp pain (0 out of 10) during Plank", session.SharpPainReason, record.FlagSharpPain, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			h, _ := inHold(t)
			eng := h.eng()
			h.send(runes("!"))
			if tc.keys == "y" {
				h.send(keyEnter, runes("y")) // y answers at once
			} else {
				h.send(runes(tc.keys), keyEnter, keyEnter)
			}
			v := viewText(h)
			for _, want := range []string{"Exercise stopped", tc.what, "Call your doctor", "skip this exercise and go on", "end the session"} {
				if !strings.Contains(strings.Join(strings.Fields(v), " "), want) {
					t.Errorf("stop screen lacks %q:\n%s", want, v)
				}
			}
			if strings.Contains(v, "in position") {
				t.Errorf("the stop screen shows the next brief's prompt:\n%s", v)
			}
			fl := eng.Record().Flags
			if len(fl) != 1 || fl[0].Kind != tc.kind || fl[0].Pain == nil || *fl[0].Pain != tc.level || fl[0].Exercise != "plank" {
				t.Fatalf("flags %+v; want one %s on plank at %d", fl, tc.kind, tc.level)
			}
			h.send(keyEnter)
			if v := viewText(h); h.phase() != session.PhaseBrief || !strings.Contains(v, "in position") || strings.Contains(v, "Call your doctor") {
				t.Errorf("after going on: phase %v, view:\n%s", h.phase(), v)
			}
		})
	}
}

// Choosing to end on the stop screen ends the session as partial, keeping the flag.
func TestPainStopCanEndTheSession(t *testing.T) {
	h, _ := inHold(t)
	h.send(runes("!"), runes("7"), keyEnter, keyEnter, runes("y"))
	if h.screen() != screenSummary {
		t.Fatalf("y on the stop screen: screen %v, want the summary", h.screen())
	}
	_, fin := h.store.Snapshot()
	if len(fin) != 1 || fin[0].Status != record.StatusPartial || len(fin[0].Flags) != 1 {
		t.Fatalf("stored %+v; want one partial session with the pain flag", fin)
	}
}

// The help, the quit question and the pain question pause a running hold; closing resumes it.
func TestCoversPauseTheRunningStep(t *testing.T) {
	for _, tc := range []struct {
		name       string
		open, shut []tea.Msg
	}{
		{"help", []tea.Msg{runes("?")}, []tea.Msg{runes("x")}},
		{"quit question", []tea.Msg{runes("q")}, []tea.Msg{runes("n")}},
		{"pain question", []tea.Msg{runes("!")}, []tea.Msg{keyEsc}},
		{"pain answered", []tea.Msg{runes("!")}, []tea.Msg{keyEnter, keyEnter}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			h, start := inHold(t)
			eng := h.eng()
			h.clock.Advance(time.Second)
			h.send(tc.open...)
			if !eng.Paused() {
				t.Fatalf("%s did not pause the hold", tc.name)
			}
			h.clock.Advance(30 * time.Second) // far past the 3 s hold
			h.until("pending ticks", func() bool { return len(h.ticks) == 0 })
			if h.phase() != session.PhaseActive {
				t.Fatalf("the hold ended under the %s (phase %v)", tc.name, h.phase())
			}
			h.send(tc.shut...)
			if eng.Paused() {
				t.Fatalf("closing the %s did not resume the hold", tc.name)
			}
			h.untilPhase(session.PhaseRest)
			got := firstSet(t, eng.Record(), 0)
			if got.HeldSeconds != 3 || got.PausedSeconds != 30 {
				t.Errorf("set held %v s, paused %v s; want 3 and 30 (started %v)", got.HeldSeconds, got.PausedSeconds, start)
			}
		})
	}
}

// A step the person paused stays paused after a cover closes.
func TestCoverLeavesAPersonsPause(t *testing.T) {
	h, _ := inHold(t)
	h.send(runes("p"), runes("?"), runes("x"))
	if !h.eng().Paused() {
		t.Fatal("closing the help resumed a hold the person had paused")
	}
}

// A tick arriving long after it was due (the process was stopped) pauses the step and says so;
// the time away is not held.
func TestClockJumpPausesAndSaysHowLong(t *testing.T) {
	h, _ := inHold(t)
	eng := h.eng()
	if len(h.ticks) == 0 {
		t.Fatal("no tick pending in a hold")
	}
	h.clock.Advance(10 * time.Minute) // the lid was closed
	h.tick()
	if !eng.Paused() || h.phase() != session.PhaseActive {
		t.Fatalf("after a 10-minute jump: paused %v, phase %v; want a paused hold", eng.Paused(), h.phase())
	}
	if v := viewText(h); !strings.Contains(strings.Join(strings.Fields(v), " "), "stopped for 10m0s") {
		t.Errorf("the screen does not say how long it was away:\n%s", v)
	}
	h.send(runes("p"))
	h.untilPhase(session.PhaseRest)
	if got := firstSet(t, eng.Record(), 0); got.HeldSeconds != 3 || got.PausedSeconds < 600 {
		t.Errorf("set held %v s, paused %v s; want 3 and at least 600", got.HeldSeconds, got.PausedSeconds)
	}
}

// e shows what was kept at once.
func TestEndSetShowsTheResultAtOnce(t *testing.T) {
	h, _ := inHold(t)
	h.clock.Advance(2 * time.Second)
	h.send(runes("e"))
	if v := viewText(h); !strings.Contains(v, "held 0:02 of 0:03") {
		t.Errorf("e does not show the result at once:\n%s", v)
	}
}

// SIGHUP in the check-out keeps the questions not answered as unanswered, never as the check-in
// pain and effort 0, and the record says the check-out was not finished.
func TestHangupInCheckoutStoresUnanswered(t *testing.T) {
	h := tinyAtCheckout(t)
	h.send(runes("6"), keyEnter) // effort answered; pain shown (the check-in's) but not confirmed
	h.send(hangupMsg{})
	rec := h.m.Unsaved()
	if rec == nil || rec.Checkout == nil {
		t.Fatalf("hang-up in the check-out kept %+v", rec)
	}
	co := rec.Checkout
	if !co.Unfinished || co.Effort != 6 || co.Answered(record.CheckoutPain) || !co.Answered(record.CheckoutEffort) ||
		co.Answered(record.CheckoutProblem) {
		t.Errorf("check-out %+v; want unfinished, effort 6, pain and the problem question unanswered", co)
	}
}

// SIGHUP mid-exercise leaves the stored checkpoint for the next start; ctrl+c keeps it as partial.
func TestHangupMidExerciseStaysResumable(t *testing.T) {
	h, _ := inHold(t)
	h.send(hangupMsg{})
	if !h.quit || h.m.Unsaved() != nil {
		t.Fatalf("hang-up in a hold: quit %v, unsaved %+v; want quit with nothing finished", h.quit, h.m.Unsaved())
	}
	cp, fin := h.store.Snapshot()
	if len(fin) != 0 || len(cp) == 0 {
		t.Fatalf("hang-up: %d finished, checkpoint %v; want the checkpoint only", len(fin), cp)
	}
	h2, _ := inHold(t)
	h2.send(keyCtrlC)
	if rec := h2.m.Unsaved(); rec == nil || rec.Status != record.StatusPartial {
		t.Fatalf("ctrl+c in a hold keeps %+v, want a partial record", rec)
	}
}

// A "yes" at check-out with nothing marked is kept as an unspecified flag.
func TestCheckoutYesWithoutMarksIsFlagged(t *testing.T) {
	h := tinyAtCheckout(t)
	h.send(keyEnter, keyEnter, runes("y"), keyEnter, keyEnter, keyEnter)
	_, fin := h.store.Snapshot()
	if len(fin) != 1 {
		t.Fatalf("%d sessions stored", len(fin))
	}
	if !fin[0].Checkout.Problem || !slices.ContainsFunc(fin[0].Flags, func(f record.Flag) bool { return f.Kind == record.FlagUnspecified }) {
		t.Errorf("stored check-out %+v flags %+v; want the yes kept and flagged", fin[0].Checkout, fin[0].Flags)
	}
}

// Keys that arrive in one read are that many presses, and letters typed together never become
// a named key: "up" is u then p, not ↑.
func TestKeysInOneReadAreSeparatePresses(t *testing.T) {
	h, _ := inHold(t)
	h.send(runes("ppp"))
	if !h.eng().Paused() {
		t.Error(`"ppp" in one read did not leave the hold paused (three presses)`)
	}
	h.send(runes("pp"))
	if !h.eng().Paused() {
		t.Error(`"pp" in one read did not pause and resume`)
	}

	c := tinyAtCheckout(t)
	c.send(keyEnter, keyEnter, runes("y")) // y answers at once; the list of exercises to mark follows
	c.send(tea.KeyMsg{Type: tea.KeyDown}, runes("up"), runes("1"), keyEnter, keyEnter)
	_, fin := c.store.Snapshot()
	if len(fin) != 1 || fin[0].Checkout == nil || len(fin[0].Checkout.Reports) != 1 ||
		fin[0].Checkout.Reports[0].Exercise != "squat-to-chair" {
		t.Fatalf(`after ↓ then "up" typed: reports %+v; want sharp pain on the second row (squat-to-chair)`, fin)
	}
}

// In a demonstration no screen or prompt says anything was saved or kept.
func TestDemoNeverSaysSavedOrKept(t *testing.T) {
	r := tinyRoutine()
	r.Items[0].Dose.Sets = 2
	h := startRoutine(t, r, func(o *Options) { o.Demo = true })
	var views []string
	look := func() { views = append(views, viewText(h)) }
	h.send(keyEnter)
	h.untilPhase(session.PhaseActive)
	h.send(runes("e")) // a set ended by hand says what it was
	look()
	h.untilPhase(session.PhaseActive)
	h.send(runes("q"))
	look()
	h.send(runes("n"), runes("!"), runes("8"), keyEnter, keyEnter) // the stop screen
	look()
	h.send(keyEnter, keyEnter)
	h.untilPhase(session.PhaseActive)
	h.send(runes("e")) // the last set, ended by hand: the check-out
	look()
	h.send(runes("q"), runes("y"))
	look()
	for _, v := range views {
		low := strings.ToLower(v)
		for _, allowed := range []string{"not saved", "nothing is saved", "nothing from it is stored"} {
			low = strings.ReplaceAll(low, allowed, "")
		}
		for _, word := range []string{"saved", "kept", "keep what"} {
			if strings.Contains(low, word) {
				t.Errorf("a demonstration says %q:\n%s", word, v)
			}
		}
	}
	if len(views) != 5 || !strings.Contains(views[0], "held 0:00 of 0:03") || !strings.Contains(views[2], "Exercise stopped") {
		t.Fatalf("the walk did not reach the stop screen:\n%s", strings.Join(views, "\n----\n"))
	}
}

// ctrl+z pauses the running step before the program stops, and it comes back paused.
func TestCtrlZSuspendsAndReturnsPaused(t *testing.T) {
	stopped := 0
	r := tinyRoutine()
	h := startRoutine(t, r, func(o *Options) { o.Suspend = func() { stopped++ } })
	h.send(keyEnter)
	h.untilPhase(session.PhaseActive)
	h.send(tea.KeyMsg{Type: tea.KeyCtrlZ})
	if stopped != 1 || !h.eng().Paused() {
		t.Fatalf("ctrl+z: stopped %d times, paused %v; want once, paused", stopped, h.eng().Paused())
	}
	if v := viewText(h); !strings.Contains(v, "in the background") {
		t.Errorf("the screen does not say why it is paused:\n%s", v)
	}
}
