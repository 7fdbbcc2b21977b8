package ui

import (
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"upright/exercises"
	"upright/session/profile"
	"upright/ui/nav"
)

// toCatalogCard opens the catalog card of exercise id.
func toCatalogCard(h *harness, id string) {
	h.t.Helper()
	h.send(nav.Catalog{})
	for i, ex := range h.m.st.active.Data.OfferedCatalog() {
		if ex.ID == id {
			for range i {
				h.send(runes("j"))
			}
			h.send(keyEnter)
			return
		}
	}
	h.t.Fatalf("%s is not in the catalog", id)
}

// The intake refuses an allowed flagged exercise its own answers lock, with the rule that locks
// it (profile.Allows), on the allowed line; without the lock it saves.
func TestIntakeRefusesAnAllowedExerciseItsAnswersLock(t *testing.T) {
	for _, c := range []struct {
		name, field, value, want string
		at                       int
	}{
		{"a fall", "falls", "1", "bosu-squat: not for this person: a fall in the last year", 19},
		{"a 4 s stance", "stance", "4", "bosu-squat: not for this person: single-leg stance of 4 s, under 5 s", 9},
	} {
		h := twoProfiles(t, nil)
		toIntakeField(h, c.at)
		h.send(tea.KeyMsg{Type: tea.KeyCtrlU})
		h.send(typed(c.value)...)
		for i := c.at; i < 20; i++ {
			h.send(keyEnter)
		}
		h.send(typed("bosu-squat")...)
		h.send(keyEnter, keyEnter) // the allowed line, then Save
		v := flat(h)
		if len(h.store.ProfileSaves) != 0 || !strings.Contains(v, "Flagged exercises allowed (ids): "+c.want) {
			t.Fatalf("%s: bosu-squat allowed though locked was saved (%d saves) or not explained:\n%s",
				c.name, len(h.store.ProfileSaves), viewText(h))
		}
		if h.screen() != screenIntake || !strings.Contains(viewText(h), "› bosu-squat") {
			t.Errorf("%s: the cursor is not on the allowed line:\n%s", c.name, viewText(h))
		}
	}
	// No fall, a good stance: allowed and saved.
	h := twoProfiles(t, nil)
	toIntakeField(h, 20)
	h.send(typed("bosu-squat")...)
	h.send(keyEnter, keyEnter)
	if len(h.store.ProfileSaves) != 1 || strings.Join(h.store.ProfileSaves[0].Intake.Allowed, ",") != "bosu-squat" {
		t.Fatalf("an allowed exercise nothing locks was not saved: %+v\n%s", h.store.ProfileSaves, viewText(h))
	}
}

// Saving the intake says so on the profiles list, on the profile just edited; esc lands there
// too, without the word.
func TestIntakeSaveSaysSavedOnTheList(t *testing.T) {
	h := twoProfiles(t, nil)
	toProfiles(h)
	h.send(runes("j"), runes("i")) // Bob, not the active Ann
	for range intakeFieldCount {
		h.send(keyEnter)
	}
	h.send(keyEnter) // Save
	if len(h.store.ProfileSaves) != 1 || !onProfileList(h) || !selectedLine(h, "Bob") ||
		!strings.Contains(flat(h), "Saved Bob's intake.") {
		t.Fatalf("after Save (%d saves): want the list on Bob saying it saved:\n%s", len(h.store.ProfileSaves), viewText(h))
	}
	h.send(runes("j"))
	if strings.Contains(flat(h), "Saved Bob's intake.") {
		t.Errorf("the notice outlived the next key:\n%s", viewText(h))
	}
	h.send(runes("k"), runes("i"), tea.KeyMsg{Type: tea.KeyEsc})
	if !onProfileList(h) || !selectedLine(h, "Bob") || strings.Contains(flat(h), "Saved") {
		t.Errorf("esc from Bob's intake: want the list on Bob, nothing saved said:\n%s", viewText(h))
	}
}

// A locked card offers no try-it; one exercise that does reach the lock says "this exercise".
func TestLockedCardOffersNoTryIt(t *testing.T) {
	locked := func(o *Options) {
		o.ProfileData.Intake = &profile.Intake{FallsLastYear: 1, Allowed: []string{"bosu-squat"}}
	}
	h := newHarness(t, locked)
	toCatalogCard(h, "bosu-squat")
	if v := viewText(h); !strings.Contains(v, "not for you") || strings.Contains(v, "try it") {
		t.Fatalf("the locked card offers try it:\n%s", v)
	}
	h.send(keyEnter)
	if h.screen() != screenCatalog {
		t.Fatalf("enter on a locked card led to %v", h.screen())
	}
	h = newHarness(t, nil)
	toCatalogCard(h, "plank")
	if !strings.Contains(viewText(h), "enter try it") {
		t.Fatalf("an open card lost its try it:\n%s", viewText(h))
	}

	bosu := mustExercise("bosu-squat")
	one := exercises.Routine{ID: "single-bosu-squat", Name: bosu.Name, GetReady: time.Second,
		Items: []exercises.Item{{Exercise: bosu, Dose: bosu.Dose, CautionAcknowledged: true}}}
	h = newHarness(t, locked)
	h.send(nav.StartCheckin{Routine: one, Single: true})
	if v := flat(h); h.screen() != screenGate || !strings.Contains(v, "This exercise does not start for you") {
		t.Errorf("one exercise's lock does not say this exercise:\n%s", viewText(h))
	}
	h = newHarness(t, locked)
	h.send(nav.StartCheckin{Routine: one})
	if v := flat(h); !strings.Contains(v, "This routine does not start for you") {
		t.Errorf("a routine's lock does not say this routine:\n%s", viewText(h))
	}
}

// Status words reach a patient as words, said once: no file tag, no label the reason repeats.
func TestStatusWordsAreReadableAndSaidOnce(t *testing.T) {
	allowed := func(o *Options) {
		o.ProfileData.Intake = &profile.Intake{Allowed: []string{"bosu-squat", "bicycle-crunch"}, StanceLeft: 12, StanceRight: 12}
	}
	tags := []string{"not-recommended", "therapist-only"}
	noTags := func(where, v string) {
		t.Helper()
		for _, tag := range tags {
			if strings.Contains(v, tag) {
				t.Errorf("%s shows the tag %q:\n%s", where, tag, v)
			}
		}
	}
	h := newHarness(t, allowed)
	h.send(nav.Catalog{})
	noTags("the catalog list", strings.Join([]string{viewAt(h.m, 80, 60), viewAt(h.m, 40, 60)}, "\n"))
	toCatalogCard(h, "bosu-squat")
	v := flat(h)
	noTags("the Bosu card", v)
	if !strings.Contains(v, "Caution — Therapist-approved only: a loaded squat") || strings.Count(strings.ToLower(v), "approved only:") != 2 {
		// once in the caution, once in the catalog's start dose ("start: therapist-approved only: 2 × 5")
		t.Errorf("the Bosu card's caution does not say its status once:\n%s", viewText(h))
	}
	h.send(runes("k"), keyEnter) // try it: the gate
	v = flat(h)
	noTags("the Bosu gate", v)
	if h.screen() != screenGate || !strings.Contains(v, "Bosu ball squat, prescribed by your therapist — Therapist-approved only: a loaded squat") {
		t.Errorf("the gate does not say the status in words, once:\n%s", viewText(h))
	}
	h = newHarness(t, allowed)
	toCatalogCard(h, "bicycle-crunch")
	h.send(keyEnter)
	if v := flat(h); !strings.Contains(v, "Bicycle crunch, prescribed by your therapist — not recommended: Crunching") {
		t.Errorf("the crunch's gate:\n%s", viewText(h))
	}
	h.send(runes("a"))
	h.checkin()
	if v := flat(h); !strings.Contains(v, "Caution — not recommended: Crunching") {
		t.Errorf("the crunch's brief:\n%s", viewText(h))
	}
	noTags("the crunch's brief", viewText(h))
}

// A wrapped bullet keeps a hanging indent: its later lines start under its text, on the
// check-in's red-flag question, the gate and the safe-movement cards.
func TestWrappedBulletsHang(t *testing.T) {
	hangs := func(where, v string) {
		t.Helper()
		in := false
		for _, l := range strings.Split(v, "\n") {
			l = strings.TrimPrefix(l, " ") // the page's margin
			switch {
			case strings.HasPrefix(l, "· "):
				in = true
			case in && strings.HasPrefix(l, "  ") && strings.TrimSpace(l) != "":
			case in && strings.TrimSpace(l) != "" && !strings.Contains(l, "y / n"):
				t.Errorf("%s: a wrapped bullet's line starts at the margin: %q\n%s", where, l, v)
				return
			default:
				in = false
			}
		}
	}
	r := clinicDemo()
	h := newHarness(t, func(o *Options) { o.Routine = &r })
	h.send(keyEnter, keyEnter, keyEnter)
	v := viewAt(h.m, 80, 24)
	if !strings.Contains(v, "  loss") && !strings.Contains(v, "  weight loss") {
		t.Errorf("the red-flag question's last flag is not wrapped under its text:\n%s", v)
	}
	hangs("the red-flag question at 80x24", v)
	hangs("the red-flag question at 40x12", viewAt(h.m, 40, 40))
	h = newHarness(t, nil)
	h.send(nav.SafeMovement{})
	for range exercises.SafeMovementCards() {
		hangs("a safe-movement card at 40 columns", viewAt(h.m, 40, 40))
		h.send(keyEnter)
	}
}
