package ui

import (
	"testing"

	"upright/session/profile"
)

// The profile screens join the goldens and the size sweep.
func init() { screenCases = append(screenCases, profileScreenCases...) }

var profileScreenCases = []screenCase{
	{"home-program", func(t *testing.T) *harness { return twoProfiles(t, withProgram) }},
	{"profiles-list", func(t *testing.T) *harness { h := twoProfiles(t, nil); toProfiles(h); return h }},
	{"profiles-new", func(t *testing.T) *harness {
		h := twoProfiles(t, nil)
		toProfiles(h)
		h.send(runes("a"))
		h.send(typed("Carol")...)
		return h
	}},
	{"profiles-new-refused", func(t *testing.T) *harness {
		h := twoProfiles(t, nil)
		toProfiles(h)
		h.send(runes("a"), runes(" "), keyEnter)
		return h
	}},
	{"profiles-delete-ask", func(t *testing.T) *harness {
		h := twoProfiles(t, nil)
		toProfiles(h)
		h.send(runes("j"), runes("x"))
		return h
	}},
	{"profiles-delete-confirm", func(t *testing.T) *harness {
		h := twoProfiles(t, nil)
		toProfiles(h)
		h.send(runes("j"), runes("x"), runes("y"), runes("b"))
		return h
	}},
	{"intake", func(t *testing.T) *harness {
		h := twoProfiles(t, withProgram)
		toProfiles(h)
		h.send(runes("i"))
		return h
	}},
	{"intake-refused", func(t *testing.T) *harness {
		h := twoProfiles(t, withProgram)
		toProfiles(h)
		h.send(runes("i"))
		for range 13 {
			h.send(keyEnter) // to "Next check-up"
		}
		h.send(typed("12/08")...)
		for range 9 {
			h.send(keyEnter)
		}
		return h
	}},
	{"readiness-question", func(t *testing.T) *harness {
		h := newHarness(t, func(o *Options) { o.FirstRun = true })
		h.send(keyEnter)
		return h
	}},
	{"readiness-clearance", func(t *testing.T) *harness {
		h := newHarness(t, func(o *Options) { o.FirstRun = true })
		// Welcome, a yes to the first question, no to the rest.
		h.send(keyEnter, runes("y"))
		for range len(profile.ReadinessQuestions) - 1 {
			h.send(keyEnter)
		}
		return h
	}},
	{"checkin-therapist-note", func(t *testing.T) *harness {
		h := twoProfiles(t, withProgram)
		h.send(keyEnter)
		h.passGate()
		return h
	}},
	{"brief-spine-fracture", func(t *testing.T) *harness {
		return startRoutine(t, clinicDemo(), func(o *Options) {
			o.ProfileData.Intake = &profile.Intake{SpineFracture: true}
		})
	}},
}
