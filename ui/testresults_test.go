package ui

import (
	"strings"
	"testing"

	"upright/exercises"
	"upright/session"
)

// The check-up tests through the real screens (issue 12 walk): each result screen says the
// test's own measure and what it means, with its source and "tell your therapist"; a result
// never stays on the next exercise; each stance try shows at once and the best per side at the
// end; the summary lists each test by its measure and keeps tests out of the hold and rep totals.
func TestCheckupResultsSayTheirMeasureAndMeaning(t *testing.T) {
	h := startRoutine(t, checkupRoutine(t), func(o *Options) {
		o.ProfileData.AgeBand, o.ProfileData.Sex, o.AgeBand = "70-74", exercises.SexFemale, "70-74"
	})
	contains := func(when string, want ...string) {
		t.Helper()
		v := flat(h)
		for _, w := range want {
			if !strings.Contains(v, w) {
				t.Errorf("%s: want %q on screen:\n%s", when, w, viewText(h))
			}
		}
	}
	lacks := func(when string, not ...string) {
		t.Helper()
		v := flat(h)
		for _, w := range not {
			if strings.Contains(v, w) {
				t.Errorf("%s: %q should not be on screen:\n%s", when, w, viewText(h))
			}
		}
	}
	brief := func(id string) {
		t.Helper()
		h.until("the brief of "+id, func() bool {
			return h.phase() == session.PhaseBrief && h.eng().Step().Exercise.ID == id
		})
	}

	// 4-stage: failed during semi-tandem.
	h.toActive(exercises.FourStageTestID)
	h.until("the second stance", func() bool { k, _, _ := h.eng().Stage(h.at()); return k == 2 })
	h.tick()
	h.send(keySpace)
	contains("4-stage result", "4-stage balance test: 1 of 4 stances held; semi-tandem lasted",
		"Not holding the tandem stance for 10 s means a raised risk of falling. Source: CDC STEADI", "Tell your therapist")
	lacks("4-stage result", "reps", "Kept —")
	// On a small terminal the result and its reading are on the first page, not below the fold.
	if v := strings.Join(strings.Fields(viewAt(h.m, 40, 12)), " "); !strings.Contains(v, "1 of 4 stances held") || !strings.Contains(v, "Tell your therapist") {
		t.Errorf("at 40x12 the result is not on the first page:\n%s", viewAt(h.m, 40, 12))
	}

	brief(exercises.ChairStandTestID)
	lacks("the chair stand's brief", "stances held", "Source: CDC STEADI. Tell")
	h.send(keyEnter)
	h.untilPhase(session.PhaseActive)
	lacks("the chair stand running", "stances held")
	h.send(keySpace, keySpace, keySpace)
	h.until("the window's end", func() bool { return h.phase() != session.PhaseActive })
	contains("chair-stand result", "30-second chair stand: 3 stands in 30 s",
		"Below average for women aged 70–74: under 10 stands. Source: Rikli & Jones, Senior Fitness Test via CDC STEADI", "Tell your therapist")
	lacks("chair-stand result", "held 0:30", "Last set")

	brief(exercises.TUGTestID)
	lacks("the TUG's brief", "3 stands")
	h.send(keyEnter)
	h.untilPhase(session.PhaseActive)
	for range 13 {
		h.tick()
	}
	h.send(keySpace)
	contains("TUG result", "Timed Up and Go: 13.0 s.", "12 s or more means a raised risk of falling. Source: CDC STEADI", "Tell your therapist")
	lacks("TUG result", "0:13", "Kept —")

	brief(exercises.StanceTestID)
	lacks("the stance test's brief", "13.0 s")
	h.send(keyEnter)
	for set := 1; set <= 3; set++ {
		for _, side := range []string{"left", "right"} {
			h.untilPhase(session.PhaseActive)
			for range 3 + set {
				h.tick()
			}
			h.send(keySpace)
			if set == 3 && side == "right" {
				break
			}
			// Each try shows at once: on the side switch after a left try, the rest after a right.
			contains("stance try "+side, "Single-leg stance test: ", "("+side+" side)")
		}
	}
	if h.screen() != screenCheckout {
		t.Fatalf("after the last try: screen %v, want the check-out", h.screen())
	}
	contains("the check-out", "(right side) · best left 6.0 s, right 6.0 s")

	h.send(keyEnter, runes("0"), keyEnter, keyEnter, keyEnter) // effort, pain, no problems, no note
	if h.screen() != screenSummary {
		t.Fatalf("screen %v, want the summary", h.screen())
	}
	contains("the summary", "4-stage balance test: 1 of 4 stances held; semi-tandem lasted", "30-second chair stand: 3 stands in 30 s",
		"Timed Up and Go: 13.0 s", "Single-leg stance test: best left 6.0 s, right 6.0 s")
	lacks("the summary", "Holds:", "Reps:", "of 4 reps", "held 0:")
}
