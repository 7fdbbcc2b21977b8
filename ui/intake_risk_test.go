package ui

import (
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"

	"upright/exercises"
	"upright/ui/kit/kittest"
)

// toIntakeField opens the intake of the highlighted profile and moves to field i (0-based).
func toIntakeField(h *harness, i int) {
	h.t.Helper()
	toProfiles(h)
	h.send(runes("i"))
	for range i {
		h.send(keyEnter)
	}
}

// fillToSave types v into the field under the cursor and presses enter to the Save button.
func fillToSave(h *harness, from int, v string) {
	h.send(tea.KeyMsg{Type: tea.KeyCtrlU})
	h.send(typed(v)...)
	for i := from; i <= intakeFieldCount; i++ {
		h.send(keyEnter)
	}
}

func TestIntakeRefusesADoseTheRoutineFileRulesRefuse(t *testing.T) {
	h := twoProfiles(t, nil)
	toIntakeField(h, 16) // the dose changes
	fillToSave(h, 16, "plank 3x20")
	v := flat(h)
	if len(h.store.ProfileSaves) != 0 || !strings.Contains(v, "Dose changes") || !strings.Contains(v, "give a hold in seconds") {
		t.Fatalf("plank 3x20 (reps on a hold) was saved (%d saves) or not explained on the dose line:\n%s", len(h.store.ProfileSaves), viewText(h))
	}
	// A flagged exercise with a dose but a fall in the last year: refused with the card's reason.
	h = twoProfiles(t, nil)
	toIntakeField(h, 16)
	h.send(tea.KeyMsg{Type: tea.KeyCtrlU})
	h.send(typed("bosu-squat 2x8")...)
	for range 3 {
		h.send(keyEnter)
	}
	h.send(typed("1")...) // falls in the last year
	for i := 19; i <= intakeFieldCount; i++ {
		h.send(keyEnter)
	}
	if v := flat(h); len(h.store.ProfileSaves) != 0 || !strings.Contains(v, "not for this person: a fall in the last year") {
		t.Fatalf("a locked exercise's dose was saved (%d saves) or not explained:\n%s", len(h.store.ProfileSaves), viewText(h))
	}
}

func TestIntakeRecordsSexFallsAndAllowedExercises(t *testing.T) {
	h := twoProfiles(t, nil)
	toIntakeField(h, 18)
	h.send(typed("f")...)
	h.send(keyEnter)
	h.send(typed("2")...)
	h.send(keyEnter)
	h.send(typed("bicycle-crunch")...)
	h.send(keyEnter, keyEnter) // the last field, then Save
	if len(h.store.ProfileSaves) != 1 {
		t.Fatalf("%d saves, want 1:\n%s", len(h.store.ProfileSaves), viewText(h))
	}
	p := h.store.ProfileSaves[0]
	if p.Sex != exercises.SexFemale || p.Intake == nil || p.Intake.FallsLastYear != 2 || strings.Join(p.Intake.Allowed, ",") != "bicycle-crunch" {
		t.Fatalf("saved sex %q, intake %+v", p.Sex, p.Intake)
	}
	// An exercise open to everyone needs no allowing: the field says so.
	h = twoProfiles(t, nil)
	toIntakeField(h, 20)
	h.send(typed("plank")...)
	h.send(keyEnter, keyEnter)
	if v := flat(h); len(h.store.ProfileSaves) != 0 || !strings.Contains(v, "plank is open to everyone") {
		t.Fatalf("allowing the plank was saved or not explained:\n%s", viewText(h))
	}
}

// The profiles list opens on the active profile, and i edits the highlighted one.
func TestProfilesOpenOnTheActiveAndEditTheHighlighted(t *testing.T) {
	h := twoProfiles(t, func(o *Options) { o.Profile, o.ProfileData = "bob", o.Store.(*kittest.FakeStore).People["bob"] })
	toProfiles(h)
	if !selectedLine(h, "Bob") {
		t.Fatalf("the list does not open on the active profile, Bob:\n%s", viewText(h))
	}
	h.send(runes("i"))
	if h.screen() != screenIntake || !strings.Contains(viewText(h), "Intake · Bob") {
		t.Fatalf("i did not edit Bob:\n%s", viewText(h))
	}
	h.send(tea.KeyMsg{Type: tea.KeyEsc})
	// Down from Bob to "New profile…", and on round to Ann: the cursor does not stick on that line.
	h.send(runes("j"), runes("j"), runes("j"), runes("k"), runes("i"))
	if h.screen() != screenIntake || !strings.Contains(viewText(h), "Intake · Ann") {
		t.Fatalf("i did not edit the highlighted Ann:\n%s", viewText(h))
	}
}
