package ui

import (
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"

	sessionprofile "upright/session/profile"
	"upright/ui/kit/kittest"
	"upright/ui/nav"
)

// Home logs aerobic minutes: 30 to start, → twice makes 40, enter logs them with the profile
// and home shows the week's total against 150; after a spine fracture the screen says moderate.
func TestLogAerobicMinutesFromHome(t *testing.T) {
	h := twoProfiles(t, func(o *Options) {
		o.ProfileData.Intake = &sessionprofile.Intake{SpineFracture: true}
		o.Store.(*kittest.FakeStore).People["ann"] = o.ProfileData
	})
	if strings.Contains(viewText(h), "Aerobic this week") {
		t.Fatalf("home shows aerobic minutes before any were logged:\n%s", viewText(h))
	}
	selectHome(t, h, "Log aerobic minutes")
	right := tea.KeyMsg{Type: tea.KeyRight}
	h.send(right, right)
	v := oneLine(viewText(h))
	for _, want := range []string{"Today: 40 minutes", "keep it moderate"} {
		if !strings.Contains(v, want) {
			t.Errorf("the log screen lacks %q:\n%s", want, viewText(h))
		}
	}
	h.send(keyEnter)
	if h.screen() != screenHome {
		t.Fatalf("after logging: screen %v, want home", h.screen())
	}
	if got := h.store.People["ann"].Aerobic; len(got) != 1 || got[0].Minutes != 40 || got[0].Day != "2026-11-29" {
		t.Errorf("stored %+v, want 40 minutes on 2026-11-29", got)
	}
	if v := oneLine(viewText(h)); !strings.Contains(v, "Aerobic this week: 40 of 150 minutes") {
		t.Errorf("home does not show the logged minutes:\n%s", viewText(h))
	}
	h.send(nav.ToggleDemo{})
	if homeOffers(h, "Log aerobic minutes") {
		t.Errorf("a demonstration offers to log minutes it would not keep:\n%s", viewText(h))
	}
}
