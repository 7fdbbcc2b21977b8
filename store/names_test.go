package store

import (
	"errors"
	"testing"

	bolt "go.etcd.io/bbolt"

	"upright/session/profile"
)

const (
	composed   = "Ren\u00e9e"  // é as one character (NFC)
	decomposed = "Rene\u0301e" // e and a combining accent
)

// A name typed with a combining accent makes and finds the one profile kept under the name's
// NFC spelling, whichever spelling comes later (issue 18).
func TestProfileNamesAreOneSpelling(t *testing.T) {
	s := mustOpen(t, newDB(t))
	p, created, err := s.EnsureProfile(decomposed, t0)
	if err != nil || !created || p.Name != composed {
		t.Fatalf("EnsureProfile(decomposed) = %q created %v, %v; want it kept as %q", p.Name, created, err, composed)
	}
	if _, created, _ := s.EnsureProfile(composed, t0); created {
		t.Fatal("the other spelling made a second profile")
	}
	if err := s.SaveCheckpoint(growing(decomposed, "s1", 1), nil); err != nil {
		t.Fatal(err)
	}
	if err := s.FinishSession(record(composed, "s1", t0, "core")); err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{composed, decomposed} {
		if recs, _, err := s.Sessions(name, Query{}); err != nil || len(recs) != 1 {
			t.Errorf("Sessions(%+q) = %d, %v; want the one session", name, len(recs), err)
		}
		if cp, _ := s.Checkpoint(name); cp != nil {
			t.Errorf("Checkpoint(%+q) left after the session finished", name)
		}
	}
	if ps, _ := s.Profiles(); len(ps) != 1 {
		t.Fatalf("%d profiles; want one", len(ps))
	}
}

// legacy stores a profile, a finished session and a checkpoint under the decomposed spelling, as
// upright did before names were normalised.
func legacy(t *testing.T, s *Store) {
	t.Helper()
	err := s.update("an older upright", func(tx *bolt.Tx) error {
		if err := putProfile(tx, Profile{Profile: profile.Profile{Name: decomposed, DisplayName: decomposed, CreatedAt: t0}}); err != nil {
			return err
		}
		if err := putSession(tx, record(decomposed, "old", t0, "core")); err != nil {
			return err
		}
		return putCheckpoint(tx, Checkpoint{Record: growing(decomposed, "cp", 1)})
	})
	if err != nil {
		t.Fatal(err)
	}
}

// A profile stored under another spelling by an older upright is found by either spelling, and
// what is written for it goes beside what it has: no second profile, nothing out of reach.
func TestProfileStoredUnderAnOldSpellingIsFound(t *testing.T) {
	s := mustOpen(t, newDB(t))
	legacy(t, s)
	if p, err := s.Profile(composed); err != nil || p.Name != decomposed {
		t.Fatalf("Profile(composed) = %q, %v; want the stored one", p.Name, err)
	}
	if _, created, _ := s.EnsureProfile(composed, t0); created {
		t.Fatal("the composed spelling made a second profile beside the stored one")
	}
	if cp, err := s.Checkpoint(composed); err != nil || cp == nil || cp.Record.ID != "cp" {
		t.Fatalf("Checkpoint(composed) = %v, %v; want the stored one", cp, err)
	}
	if err := s.FinishSession(record(composed, "new", t0.Add(48*60*60*1e9), "core")); err != nil {
		t.Fatal(err)
	}
	if err := s.KeepInterrupted(composed, t0); err != nil {
		t.Fatal(err)
	}
	recs, _, err := s.Sessions(decomposed, Query{})
	if err != nil || len(recs) != 3 {
		t.Fatalf("Sessions(decomposed) = %v, %v; want the old, the new and the interrupted one together", ids(recs), err)
	}
	if _, err := s.CreateInvite(composed, t0); err != nil {
		t.Fatalf("an invite for the composed spelling: %v", err)
	}
	// Renaming to the composed spelling moves everything to the one spelling.
	if err := s.RenameProfile(composed, composed); err != nil {
		t.Fatal(err)
	}
	if ps, _ := s.Profiles(); len(ps) != 1 || ps[0].Name != composed {
		t.Fatalf("after renaming to the composed spelling: %+v", ps)
	}
	if recs, _, _ := s.Sessions(decomposed, Query{}); len(recs) != 3 {
		t.Fatalf("after the rename, %d sessions; want 3", len(recs))
	}
	if err := s.DeleteProfile(decomposed); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Profile(composed); !errors.Is(err, ErrNotFound) {
		t.Fatalf("after deleting by the other spelling: %v", err)
	}
}
