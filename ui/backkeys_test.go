package ui

import (
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"

	"upright/session"
)

var keyLeft = tea.KeyMsg{Type: tea.KeyLeft}

// showing fails unless the screen shows want.
func showing(t *testing.T, h *harness, step, want string) {
	t.Helper()
	if v := viewText(h); !strings.Contains(v, want) {
		t.Fatalf("%s: want %q on screen:\n%s", step, want, v)
	}
}

// Every question goes back one with esc, and with ← where ← does not rate (issue 18): the pain
// question a patient opens with ! mid-set too, whose "is it sharp" went back only with esc.
func TestPainQuestionGoesBackWithEscAndLeft(t *testing.T) {
	for _, back := range []tea.KeyMsg{keyEsc, keyLeft} {
		t.Run(back.String(), func(t *testing.T) {
			h := newHarness(t, func(o *Options) { r := tinyRoutine(); o.Routine = &r })
			h.checkin()
			h.send(keyEnter)
			h.untilPhase(session.PhaseActive)
			h.send(runes("!"), runes("1"), keyEnter) // a rise of 1: no stop
			showing(t, h, "after the rating", "sharp")
			h.send(back)
			showing(t, h, "back from sharp", "Your answer: 1 out of 10")
			h.send(keyEnter, runes("n"))
			if h.screen() != screenSession || h.eng().Phase() != session.PhaseActive {
				t.Fatalf("answering again did not return to the set: %v", h.screen())
			}
		})
	}
}

// The check-out's questions go back one at a time too, keeping their answers; the first has no
// back (the session is over and the check-out keeps it).
func TestCheckoutQuestionsGoBack(t *testing.T) {
	h := tinyAtCheckout(t)
	showing(t, h, "first", "How hard was that session")
	h.send(runes("6"), keyEnter)
	showing(t, h, "second", "How much back pain now?")
	h.send(keyEsc)
	showing(t, h, "esc from the pain question", "Your answer: 6 out of 10")
	h.send(keyEnter, keyEnter)
	showing(t, h, "third", "Did any exercise cause")
	h.send(keyLeft)
	showing(t, h, "← from the yes/no question", "How much back pain now?")
	h.send(keyEnter, runes("n"))
	showing(t, h, "the note", "A note for your therapist")
	h.send(runes("hi"), keyEsc)
	showing(t, h, "esc from the note", "Did any exercise cause")
	h.send(keyEsc, keyEsc, keyEsc)
	showing(t, h, "esc on the first question", "How hard was that session")
	h.send(keyEnter, keyEnter, runes("n"), keyEnter)
	_, fin := h.store.Snapshot()
	if len(fin) != 1 || fin[0].Checkout.Effort != 6 || fin[0].Checkout.Note != "hi" {
		t.Fatalf("stored %+v; want effort 6 and the note kept through going back", fin)
	}
}
