package ui

import (
	"strings"
	"testing"
	"time"

	"upright/exercises"
	"upright/session/profile"
	"upright/ui/nav"
)

// plankByTherapist is a patient whose intake sets the plank to one set of 7 s.
func plankByTherapist(o *Options) {
	o.ProfileData.DoseOverrides = map[string]profile.DoseOverride{"plank": {Sets: 1, HoldSeconds: 7}}
}

// checkPlankDose fails unless the session's plank has the therapist's dose and its brief says so.
func checkPlankDose(t *testing.T, h *harness, path string) {
	t.Helper()
	if h.screen() != screenSession {
		t.Fatalf("%s: screen %v, want the session:\n%s", path, h.screen(), viewText(h))
	}
	found := false
	for _, it := range h.eng().Plan().Routine.Items {
		if it.Exercise.ID == "plank" {
			found = true
			if it.Dose.Sets != 1 || it.Dose.Hold != 7*time.Second {
				t.Errorf("%s: plank dose %+v, want the therapist's 1 × 7 s", path, it.Dose)
			}
		}
	}
	if !found {
		t.Fatalf("%s: the routine has no plank", path)
	}
	if h.eng().Step().Exercise.ID == "plank" && !strings.Contains(viewText(h), "dose from your therapist") {
		t.Errorf("%s: the plank's brief does not say the dose is the therapist's:\n%s", path, viewText(h))
	}
}

func TestDoseOverridesApplyOnEveryPath(t *testing.T) {
	// A routine file (--routine).
	file := exercises.Routine{ID: "file", Name: "From a file", GetReady: time.Second, Rest: time.Second,
		Items: []exercises.Item{{Exercise: mustExercise("plank"), Dose: exercises.Dose{Sets: 3, Hold: 30 * time.Second}}}}
	h := startRoutine(t, file, plankByTherapist)
	checkPlankDose(t, h, "routine file")

	// The catalog's "try it" on the plank, its first card.
	h = newHarness(t, plankByTherapist)
	h.send(nav.Catalog{}, keyEnter, keyEnter)
	h.checkin()
	checkPlankDose(t, h, "catalog try it")

	// A built-in routine with a plank, from the picker.
	at := -1
	for i, r := range exercises.Builtin() {
		for _, it := range r.Items {
			if it.Exercise.ID == "plank" && at < 0 {
				at = i
			}
		}
	}
	if at < 0 {
		t.Fatal("no built-in routine has a plank")
	}
	h = newHarness(t, plankByTherapist)
	h.send(nav.Picker{})
	for range at {
		h.send(runes("j"))
	}
	h.send(keyEnter)
	h.checkin()
	checkPlankDose(t, h, "picker")
}

func TestLockedExerciseStopsTheRoutineBeforeTheCheckin(t *testing.T) {
	bosu := exercises.Routine{ID: "b", Name: "Balance", GetReady: time.Second, Rest: time.Second,
		Items: []exercises.Item{{Exercise: mustExercise("bosu-squat"), Dose: mustExercise("bosu-squat").Dose, CautionAcknowledged: true}}}
	cases := []struct {
		name   string
		intake profile.Intake
		want   string
	}{
		{"not prescribed", profile.Intake{}, "not for you: therapist-approved only; it opens only when your therapist prescribes it"},
		{"a fall, though prescribed", profile.Intake{Allowed: []string{"bosu-squat"}, FallsLastYear: 1}, "not for you: a fall in the last year"},
		{"a 4 s stance, though prescribed", profile.Intake{Allowed: []string{"bosu-squat"}, StanceLeft: 4, StanceRight: 9}, "not for you: single-leg stance of 4"},
	}
	for _, c := range cases {
		h := newHarness(t, func(o *Options) { o.Routine = &bosu; o.ProfileData.Intake = &c.intake })
		v := strings.Join(strings.Fields(viewText(h)), " ")
		if h.screen() != screenGate || !strings.Contains(v, c.want) {
			t.Errorf("%s: screen %v, want %q:\n%s", c.name, h.screen(), c.want, v)
			continue
		}
		h.send(runes("a")) // no acknowledging a lock
		if h.screen() != screenGate {
			t.Errorf("%s: a passed a lock to %v", c.name, h.screen())
		}
		h.send(keyEnter)
		if h.screen() != screenHome {
			t.Errorf("%s: enter led to %v, want home", c.name, h.screen())
		}
	}
}

func TestPrescribedCautionIsAcknowledgedWithItsOwnKey(t *testing.T) {
	h := newHarness(t, func(o *Options) {
		o.ProfileData.Intake = &profile.Intake{Allowed: []string{"bosu-squat"}, StanceLeft: 12, StanceRight: 12}
	})
	// The catalog's try-it on the Bosu squat.
	h.send(nav.Catalog{})
	for i, ex := range (profile.Profile{}).OfferedCatalog() {
		if ex.ID == "bosu-squat" {
			for range i {
				h.send(runes("j"))
			}
		}
	}
	h.send(keyEnter, keyEnter)
	v := strings.Join(strings.Fields(viewText(h)), " ")
	if h.screen() != screenGate || !strings.Contains(v, "prescribed by your therapist") {
		t.Fatalf("screen %v, want the caution before the check-in:\n%s", h.screen(), v)
	}
	h.send(keyEnter, keyEnter, keyEnter, keyEnter)
	if h.screen() != screenGate {
		t.Fatalf("enter passed the caution to %v", h.screen())
	}
	h.send(runes("a"))
	if h.screen() != screenCheckin || !strings.Contains(viewText(h), "Bosu") {
		t.Fatalf("a led to %v, want the check-in for the Bosu squat:\n%s", h.screen(), viewText(h))
	}
	h.checkin()
	if id := h.eng().Step().Exercise.ID; id != "bosu-squat" {
		t.Errorf("the session opened on %s", id)
	}
}

// A spine fracture shows the go-ahead requirement before a floor exercise starts.
func TestSpineFractureRequirementBeforeStart(t *testing.T) {
	h := newHarness(t, func(o *Options) { o.ProfileData.Intake = &profile.Intake{SpineFracture: true} })
	h.send(nav.Catalog{}, keyEnter, keyEnter) // the plank
	v := strings.Join(strings.Fields(viewText(h)), " ")
	if h.screen() != screenGate || !strings.Contains(v, "Plank (incline): after a spine fracture, only with your therapist's go-ahead") {
		t.Fatalf("screen %v, want the go-ahead requirement:\n%s", h.screen(), v)
	}
}

// The picker's preview shows the doses this person will do, and what is not for them.
func TestPickerPreviewShowsThePrescribedDose(t *testing.T) {
	h := newHarness(t, plankByTherapist)
	h.send(nav.Picker{})
	v := viewText(h)
	if !strings.Contains(v, "Plank") || !strings.Contains(v, "1 set × 7 s hold (your therapist's dose)") {
		t.Errorf("the preview does not show the therapist's plank dose:\n%s", v)
	}
}

// The catalog card shows the therapist's dose, and "not for you" with the reason when locked.
func TestCatalogCardShowsDoseAndAccess(t *testing.T) {
	h := newHarness(t, func(o *Options) {
		plankByTherapist(o)
		o.ProfileData.Intake = &profile.Intake{FallsLastYear: 1, Allowed: []string{"bosu-squat"}}
	})
	h.send(nav.Catalog{}, keyEnter)
	if v := flat(h); !strings.Contains(v, "Your therapist's dose: 1 set × 7 s hold") {
		t.Errorf("the plank card lacks the therapist's dose:\n%s", viewText(h))
	}
	h.send(nav.Catalog{})
	for i, ex := range (profile.Profile{}).OfferedCatalog() {
		if ex.ID == "bosu-squat" {
			for range i {
				h.send(runes("j"))
			}
		}
	}
	h.send(keyEnter)
	if v := flat(h); !strings.Contains(v, "not for you: a fall in the last year") {
		t.Errorf("the Bosu card does not say it is not for this person:\n%s", viewText(h))
	}
}
