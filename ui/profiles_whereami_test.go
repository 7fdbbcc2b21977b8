package ui

import (
	"strings"
	"testing"

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
