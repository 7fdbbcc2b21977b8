package store

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	sessionrecord "upright/session/record"
)

// flipIn changes one byte of every copy of marker in the file (bbolt may keep older copies of a
// page), and reports how many copies it found.
func flipIn(t *testing.T, path, marker string, at int) int {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for i := 0; ; {
		j := bytes.Index(b[i:], []byte(marker))
		if j < 0 {
			break
		}
		b[i+j+at] ^= 0x01
		i += j + len(marker)
		n++
	}
	if err := os.WriteFile(path, b, 0o600); err != nil {
		t.Fatal(err)
	}
	return n
}

func TestFlippedByteIsReportedNeverUsed(t *testing.T) {
	for _, tt := range []struct {
		name, marker string
		at           int
	}{
		{"in the payload", "NOTE-s0003-", 5}, // still valid JSON: only the checksum can tell
		{"in the JSON syntax", `"NOTE-s0005-`, 0},
	} {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "upright.db") // damaged on purpose: no clean check
			s := mustOpen(t, path)
			for i := range 8 {
				r := record("ann", sid(i), t0.Add(time.Duration(i)*time.Hour), "core")
				r.Checkout.Note = "NOTE-" + sid(i) + "-end"
				if err := s.FinishSession(r); err != nil {
					t.Fatal(err)
				}
			}
			_ = s.Close()
			if n := flipIn(t, path, tt.marker, tt.at); n == 0 {
				t.Fatalf("marker %q not found in the file", tt.marker)
			}
			s = mustOpen(t, path)
			victim := sid(3)
			if strings.Contains(tt.marker, "s0005") {
				victim = sid(5)
			}
			recs, bad, err := s.Sessions("ann", Query{})
			if err != nil {
				t.Fatal(err)
			}
			if slices.Contains(ids(recs), victim) || len(recs) != 7 {
				t.Fatalf("Sessions returned %v; the damaged %s must be left out", ids(recs), victim)
			}
			if len(bad) != 1 || !strings.HasSuffix(bad[0].Key, "/"+victim) || !errors.Is(bad[0].Err, ErrDamaged) {
				t.Fatalf("damaged = %+v", bad)
			}
			if _, err := s.Session("ann", victim); !errors.Is(err, ErrDamaged) {
				t.Fatalf("Session(%s) = %v; want ErrDamaged", victim, err)
			}
			var seen []string
			bad, err = s.EachSession("ann", func(r sessionrecord.Record) error { seen = append(seen, r.ID); return nil })
			if err != nil || len(bad) != 1 || slices.Contains(seen, victim) {
				t.Fatalf("EachSession saw %v, damaged %v, %v", seen, bad, err)
			}
			probs, err := s.Check()
			if err != nil {
				t.Fatal(err)
			}
			if len(probs) != 1 || !strings.Contains(probs[0].Where, victim) {
				t.Fatalf("Check = %+v; want one problem naming %s", probs, victim)
			}
		})
	}
}

func TestValueMovedToAnotherKeyIsDamaged(t *testing.T) {
	path := filepath.Join(t.TempDir(), "upright.db")
	s := mustOpen(t, path)
	if err := s.FinishSession(record("ann", "a", t0, "core")); err != nil {
		t.Fatal(err)
	}
	// Copy ann's value, checksum and all, under bob: the checksum covers where it lives.
	err := s.update("copy", func(tx *bolt.Tx) error {
		ann, _ := sessionsOf(tx, "ann", false)
		k, v := ann.Cursor().First()
		bob, err := sessionsOf(tx, "bob", true)
		if err != nil {
			return err
		}
		return bob.Put(bytes.Clone(k), bytes.Clone(v))
	})
	if err != nil {
		t.Fatal(err)
	}
	if recs, bad, _ := s.Sessions("bob", Query{}); len(recs) != 0 || len(bad) != 1 {
		t.Fatalf("copied value: recs %v, damaged %v", ids(recs), bad)
	}
}
