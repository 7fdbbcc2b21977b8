package store

import (
	"testing"
	"time"
)

// When the safe-movement cards were shown is kept with the profile across a reopen, so home
// offers them once; a profile without it reads as never shown.
func TestSafeMovementSeenIsStored(t *testing.T) {
	path := newDB(t)
	s := mustOpen(t, path)
	p, _, err := s.EnsureProfile("ann", t0)
	if err != nil {
		t.Fatal(err)
	}
	if _, _, err := s.EnsureProfile("bob", t0); err != nil {
		t.Fatal(err)
	}
	p.SafeMovementSeen = t0.Add(time.Hour)
	if err := s.SaveProfile(p); err != nil {
		t.Fatal(err)
	}
	_ = s.Close()
	s = mustOpen(t, path)
	defer s.Close()
	for name, want := range map[string]time.Time{"ann": t0.Add(time.Hour), "bob": {}} {
		got, err := s.Profile(name)
		if err != nil || !got.SafeMovementSeen.Equal(want) {
			t.Errorf("%s: seen %v, %v; want %v", name, got.SafeMovementSeen, err, want)
		}
	}
}
