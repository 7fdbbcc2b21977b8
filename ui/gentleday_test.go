package ui

import (
	"strings"
	"testing"

	"upright/session"
)

// Check-in pain of 7/10 advises a gentle day before the first exercise; the person may still go on.
func TestCheckinPainSevenAdvisesAGentleDay(t *testing.T) {
	r := tinyRoutine()
	h := newHarness(t, func(o *Options) { o.Routine = &r })
	h.send(runes("7"), keyEnter, keyEnter, keyEnter, keyEnter)
	if h.screen() != screenAdvice || !strings.Contains(viewText(h), "Take a gentle day") {
		t.Fatalf("screen %v, want the gentle-day advice:\n%s", h.screen(), viewText(h))
	}
	h.send(keyEnter)
	if h.phase() != session.PhaseBrief || h.eng().Record().Checkin.Pain != 7 {
		t.Fatalf("the session did not start after the advice (screen %v)", h.screen())
	}
	// 6/10 is not a gentle day.
	h = newHarness(t, func(o *Options) { o.Routine = &r })
	h.send(runes("6"), keyEnter, keyEnter, keyEnter, keyEnter)
	if strings.Contains(viewText(h), "Take a gentle day") {
		t.Errorf("6/10 advised a gentle day:\n%s", viewText(h))
	}
}
