package ui

import (
	"strings"
	"testing"

	sessionprofile "upright/session/profile"
	"upright/ui/kit/kittest"
)

// A profile just created is the one the next start opens on (issue 18).
func TestNewProfileIsTheNextStartsProfile(t *testing.T) {
	h := twoProfiles(t, nil)
	toProfiles(h)
	h.send(runes("a"))
	h.send(typed("Carol")...)
	h.send(keyEnter)
	var last string
	h.store.Locked(func() { last = h.store.Last })
	if last != "Carol" {
		t.Fatalf("after creating Carol the store opens next on %q", last)
	}
}

// The profiles list opens on the profile in use, not on the first one (issue 18).
func TestProfilesListOpensOnTheActiveProfile(t *testing.T) {
	h := twoProfiles(t, func(o *Options) {
		o.Profile, o.ProfileData = "bob", o.Store.(*kittest.FakeStore).People["bob"]
	})
	toProfiles(h)
	for _, l := range strings.Split(viewText(h), "\n") {
		if strings.Contains(l, "›") {
			if !strings.Contains(l, "Bob") {
				t.Fatalf("the list opens on %q, want Bob's line", l)
			}
			return
		}
	}
	t.Fatalf("no line under the cursor:\n%s", viewText(h))
}

// A name typed with a combining accent is the profile already there with the accented letter:
// creating it again is refused as taken, not made a second "Renée" (issue 18).
func TestProfileNameTypedWithACombiningAccentIsTheSameName(t *testing.T) {
	h := twoProfiles(t, func(o *Options) {
		st := o.Store.(*kittest.FakeStore)
		st.People["Ren\u00e9e"] = sessionprofile.Profile{Name: "Ren\u00e9e", FirstRunDone: true}
	})
	toProfiles(h)
	h.send(runes("a"))
	h.send(typed("Rene\u0301e")...)
	h.send(keyEnter)
	if !strings.Contains(viewText(h), "already exists") {
		t.Fatalf("Renée typed with a combining accent was made a new profile:\n%s", viewText(h))
	}
}

// The cursor moves on from "New profile…" (it once stuck there, every key swallowed).
func TestProfilesCursorLeavesNewProfile(t *testing.T) {
	h := twoProfiles(t, nil)
	toProfiles(h)
	for range 2 {
		h.send(runes("j")) // ann is first and active: bob, then New profile…
	}
	h.send(runes("j"))
	for _, l := range strings.Split(viewText(h), "\n") {
		if strings.Contains(l, "›") && !strings.Contains(l, "Ann") {
			t.Fatalf("j from New profile… leaves the cursor on %q, want Ann's line (the list wraps)", l)
		}
	}
}
