package ui

import (
	"strings"
	"testing"

	"upright/session"
)

// oneLine is a view with its line breaks and runs of spaces made single spaces, so a wrapped
// sentence reads as one.
func oneLine(v string) string { return strings.Join(strings.Fields(v), " ") }

// A small pain rise reported with ! during a hold is named normal effort on the session screen,
// whole (with the limits it gives), without "call your doctor"; the hold goes on and the note
// stays while it lasts, then goes with the set.
func TestSmallPainRiseSaysNormalEffortOnScreen(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {40, 12}} {
		h, _ := inHold(t) // check-in pain 0, a 3 s hold
		h.send(runes("!"), runes("1"), keyEnter, keyEnter)
		if len(h.ticks) == 0 {
			t.Fatal("no tick is pending after the report: the hold does not go on")
		}
		for range len(h.ticks) { // the ticks due now: each redraws what the report left
			h.tick()
		}
		if h.phase() != session.PhaseActive {
			t.Fatalf("%dx%d: a small rise left the hold (phase %v)", size[0], size[1], h.phase())
		}
		v := oneLine(viewAt(h.m, size[0], size[1]))
		for _, want := range []string{"A small rise in pain is normal effort", "passes 5 out of 10"} {
			if !strings.Contains(v, want) {
				t.Errorf("%dx%d: the hold does not say %q:\n%s", size[0], size[1], want, viewAt(h.m, size[0], size[1]))
			}
		}
		if strings.Contains(strings.ToLower(v), "call your doctor") {
			t.Errorf("%dx%d: a small rise says call your doctor:\n%s", size[0], size[1], v)
		}
		h.untilPhase(session.PhaseRest)
		if v := oneLine(viewAt(h.m, size[0], size[1])); strings.Contains(v, "normal effort") {
			t.Errorf("%dx%d: the note outlives its set:\n%s", size[0], size[1], v)
		}
	}
}

// At check-out a small rise is named normal effort on the summary; a rise of 2 says rest and call
// if it has not settled; no rise says neither.
func TestCheckoutPainRiseOnTheSummary(t *testing.T) {
	for _, c := range []struct {
		name, pain, want string
	}{
		{"small rise", "1", session.AfterEffortNote},
		{"rise of 2", "2", session.AfterRiseNote},
		{"no rise", "0", ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			h := startRoutine(t, tinyRoutine(), nil) // check-in pain 0
			h.send(keyEnter)
			h.until("the second brief", func() bool { return h.phase() == session.PhaseBrief && h.eng().Step().Item == 1 })
			h.send(keyEnter)
			h.untilPhase(session.PhaseActive)
			h.send(keySpace, keySpace)
			h.send(keyEnter, runes(c.pain), keyEnter, keyEnter, keyEnter) // effort, pain, no problems, no note
			if h.screen() != screenSummary {
				t.Fatalf("screen %v, want the summary", h.screen())
			}
			v := oneLine(viewText(h))
			for _, note := range []string{session.AfterEffortNote, session.AfterRiseNote} {
				if strings.Contains(v, note) != (note == c.want) {
					t.Errorf("pain 0→%s: the summary shows %q: %v:\n%s", c.pain, note, note == c.want, viewText(h))
				}
			}
		})
	}
}
