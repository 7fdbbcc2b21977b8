package session

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"upright/exercises"
)

// countdowns ticks every 50 ms from one time to another and spells each countdown cue with the
// instant it came, "3@2.5s".
func countdowns(s *Session, fromMS, toMS int) string {
	var out []string
	for ms := fromMS; ms <= toMS; ms += 50 {
		now := t0.Add(time.Duration(ms) * time.Millisecond)
		for _, e := range s.Tick(now).Events {
			if e.Kind == EventCountdown {
				out = append(out, fmt.Sprintf("%d@%vs", e.N, now.Sub(t0).Seconds()))
			}
		}
	}
	return strings.Join(out, " ")
}

// The countdown says 3, 2 and 1 when that many seconds are left, and only the numbers still
// ahead when the phase starts: a 3 s get-ready does not say "3" in the same instant it appears.
func TestCountdownSaysOnlyTheSecondsAhead(t *testing.T) {
	cases := []struct {
		getReady float64
		want     string
	}{
		{0.5, ""},
		{1, ""},
		{1.5, "1@0.5s"},
		{2, "1@1s"},
		{2.5, "2@0.5s 1@1.5s"},
		{3, "2@1s 1@2s"},
		{3.5, "3@0.5s 2@1.5s 1@2.5s"},
		{5, "3@2s 2@3s 1@4s"},
	}
	for _, c := range cases {
		s := start(routine(sec(c.getReady), 0, item(plank, dose{Sets: 1, Hold: 10 * time.Second})))
		s.Start(t0)
		if got := countdowns(s, 0, int(c.getReady*1000)); got != c.want {
			t.Errorf("get-ready of %vs: countdown %q, want %q", c.getReady, got, c.want)
		}
		wantPhase(t, s, PhaseActive)
	}
}

// Cues due at the same instant come in one order: a 6 s hold is half done when 3 s are left,
// and the halfway cue comes before the "3".
func TestCuesAtTheSameInstantComeHalfwayFirst(t *testing.T) {
	for _, c := range []struct {
		name  string
		r     exercises.Routine
		from  float64
		phase string
	}{
		{"hold", routine(0, 0, item(plank, dose{Sets: 1, Hold: 6 * time.Second})), 0, "active"},
		{"rest", routine(0, 6*time.Second, item(plank, dose{Sets: 2, Hold: time.Second})), 1, "rest"},
	} {
		s := start(c.r)
		s.Start(t0)
		s.Tick(at(c.from))
		s.Tick(at(c.from + 2.9))
		want := "halfway:" + c.phase + " countdown:" + c.phase + ":3"
		if got := evs(s.Tick(at(c.from + 3)).Events); got != want {
			t.Errorf("%s at its middle: %q, want %q", c.name, got, want)
		}
	}
}

// Shortening a rest re-arms its countdown for the seconds then left, without a burst of the cues
// that the shorter rest would already have passed.
func TestAdjustRestRearmsTheCountdown(t *testing.T) {
	s := start(routine(0, 30*time.Second, item(plank, dose{Sets: 2, Hold: time.Second})))
	s.Start(t0)
	s.Tick(at(1)) // rest from 1 s to 31 s
	s.Tick(at(14.5))
	r := mustOK(t, "shorten", s.AdjustRest(at(14.5), -15*time.Second)) // now ends at 16 s: 1.5 s left
	if hasEvent(r.Events, EventCountdown) {
		t.Fatalf("shortening to 1.5 s left: %s, want no countdown yet", evs(r.Events))
	}
	if got := countdowns(s, 14550, 16000); got != "1@15s" {
		t.Fatalf("countdown after shortening: %q, want only 1 at 15 s", got)
	}
	wantPhase(t, s, PhaseActive)

	s = start(routine(0, 30*time.Second, item(plank, dose{Sets: 2, Hold: time.Second})))
	s.Start(t0)
	s.Tick(at(1))
	s.Tick(at(10))
	mustOK(t, "lengthen", s.AdjustRest(at(10), 15*time.Second)) // ends at 46 s
	if got := countdowns(s, 10050, 46000); got != "3@43s 2@44s 1@45s" {
		t.Fatalf("countdown after lengthening: %q, want 3, 2, 1 before 46 s", got)
	}
}

// A rest cut to nothing as it starts ends at once, with no halfway or countdown cue: the person
// skipped it, and a bell would only say "half your rest is gone" as the next set begins.
func TestRestCutToNothingEndsWithoutCues(t *testing.T) {
	s := start(routine(0, 15*time.Second, item(plank, dose{Sets: 2, Hold: time.Second})))
	s.Start(t0)
	s.Tick(at(1))
	wantPhase(t, s, PhaseRest)
	r := mustOK(t, "cut", s.AdjustRest(at(1), -15*time.Second))
	if got := evs(r.Events); got != "phase-ended:rest phase-started:active" {
		t.Fatalf("cut to nothing: %q", got)
	}
}
