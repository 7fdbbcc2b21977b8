package ui

import (
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"

	"upright/exercises"
	sessionprofile "upright/session/profile"
	"upright/ui/kit/kittest"
	"upright/ui/nav"
)

const safeMovementOffer = "Safe movement for everyday life — read the cards"

// In the program's first week home offers the safe-movement cards; they read one at a time,
// back and forth, and once opened the offer is gone for good (stored with the profile), while
// the catalog still lists them.
func TestSafeMovementCardsOfferedOnceInTheFirstWeek(t *testing.T) {
	cards := exercises.SafeMovementCards()
	h := twoProfiles(t, func(o *Options) {
		o.ProfileData.Program = &sessionprofile.Program{Start: "2026-11-27", Weeks: 12} // t0 is day 3
		o.Store.(*kittest.FakeStore).People["ann"] = o.ProfileData
	})
	selectHome(t, h, safeMovementOffer)
	v := oneLine(viewText(h))
	if !strings.Contains(v, "Safe movement · 1 of 5") || !strings.Contains(v, cards[0].Title) || !strings.Contains(v, cards[0].Lines[0]) {
		t.Fatalf("the first card is not shown:\n%s", viewText(h))
	}
	if small := oneLine(viewAt(h.m, 40, 12)); !strings.Contains(small, cards[0].Title) || !strings.Contains(small, "1 of 5") {
		t.Errorf("at 40x12 the card lacks its title or place:\n%s", viewAt(h.m, 40, 12))
	}
	if got := h.store.People["ann"].SafeMovementSeen; !got.Equal(t0) {
		t.Errorf("opening the cards stored seen %v, want %v", got, t0)
	}
	h.send(keyEnter, keyEnter, tea.KeyMsg{Type: tea.KeyLeft})
	if v := oneLine(viewText(h)); !strings.Contains(v, "2 of 5") || !strings.Contains(v, cards[1].Title) {
		t.Fatalf("enter, enter, ← does not show the second card:\n%s", viewText(h))
	}
	for range len(cards) - 2 {
		h.send(keyEnter)
	}
	if v := oneLine(viewText(h)); !strings.Contains(v, "5 of 5") || !strings.Contains(v, cards[4].Lines[0]) || !strings.Contains(v, "enter done") {
		t.Fatalf("the last card is not shown with done:\n%s", viewText(h))
	}
	h.send(keyEnter)
	if h.screen() != screenHome {
		t.Fatalf("done on the last card: screen %v, want home", h.screen())
	}
	if homeOffers(h, safeMovementOffer) {
		t.Errorf("home offers the cards again after they were read:\n%s", viewText(h))
	}
	h.send(nav.Catalog{})
	if v := viewAt(h.m, 80, 200); !strings.Contains(v, "Safe movement: "+cards[0].Title) {
		t.Errorf("the catalog no longer lists the cards:\n%s", v)
	}
}

// The offer is for the first week of a program only, and never in a demonstration.
func TestSafeMovementOfferOnlyInTheFirstWeek(t *testing.T) {
	for _, c := range []struct {
		name    string
		program *sessionprofile.Program
		demo    bool
		offered bool
	}{
		{"first day", &sessionprofile.Program{Start: "2026-11-29"}, false, true},
		{"second week", &sessionprofile.Program{Start: "2026-11-22"}, false, false},
		{"before the start", &sessionprofile.Program{Start: "2026-12-01"}, false, false},
		{"no program", nil, false, false},
		{"a demonstration", &sessionprofile.Program{Start: "2026-11-29"}, true, false},
	} {
		t.Run(c.name, func(t *testing.T) {
			h := twoProfiles(t, func(o *Options) {
				o.ProfileData.Program = c.program
				o.Store.(*kittest.FakeStore).People["ann"] = o.ProfileData
			})
			if c.demo {
				h.send(nav.ToggleDemo{})
			}
			if got := homeOffers(h, safeMovementOffer); got != c.offered {
				t.Errorf("offered %v, want %v:\n%s", got, c.offered, viewText(h))
			}
		})
	}
}
