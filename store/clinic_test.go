package store

import (
	"errors"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"
)

func clinicDB(t *testing.T) *Store {
	t.Helper()
	s := mustOpen(t, newDB(t))
	for _, name := range []string{"ann", "bob"} {
		if _, _, err := s.EnsureProfile(name, t0); err != nil {
			t.Fatal(err)
		}
	}
	return s
}

func TestInviteEnrolsOnce(t *testing.T) {
	s := clinicDB(t)
	inv, err := s.CreateInvite("ann", t0)
	if err != nil {
		t.Fatal(err)
	}
	if !regexp.MustCompile(`^[2-9A-HJKMNP-Z]{5}-[2-9A-HJKMNP-Z]{5}$`).MatchString(inv.Code) {
		t.Errorf("code %q is not two groups of five unambiguous characters", inv.Code)
	}
	if !inv.Expires.Equal(t0.Add(72*time.Hour)) || inv.Profile != "ann" {
		t.Errorf("invite = %+v, want ann's, expiring 72 h after %v", inv, t0)
	}
	if _, err := s.KeyProfile("SHA256:k1"); !errors.Is(err, ErrNotFound) {
		t.Errorf("a key never enrolled: %v, want ErrNotFound", err)
	}
	// Typed in lower case with a space instead of the dash, as people do.
	typed := strings.ToLower(strings.Replace(inv.Code, "-", " ", 1))
	if p, err := s.Enrol(typed, "SHA256:k1", t0.Add(time.Hour)); err != nil || p != "ann" {
		t.Fatalf("Enrol = %q, %v; want ann", p, err)
	}
	if p, err := s.KeyProfile("SHA256:k1"); err != nil || p != "ann" {
		t.Errorf("KeyProfile after enrolment = %q, %v; want ann", p, err)
	}
	if _, err := s.Enrol(inv.Code, "SHA256:k2", t0.Add(2*time.Hour)); !errors.Is(err, ErrInviteUsed) {
		t.Errorf("the same code again, for another key: %v, want ErrInviteUsed", err)
	}
	if _, err := s.KeyProfile("SHA256:k2"); !errors.Is(err, ErrNotFound) {
		t.Errorf("the key that reused the code got a profile: %v", err)
	}
}

func TestInviteWrongCodeAndExpiry(t *testing.T) {
	s := clinicDB(t)
	inv, err := s.CreateInvite("bob", t0)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.Enrol("ZZZZZ-ZZZZZ", "SHA256:k1", t0); !errors.Is(err, ErrInviteUnknown) {
		t.Errorf("a wrong code: %v, want ErrInviteUnknown", err)
	}
	if got := ErrInviteUnknown.Error(); strings.Contains(got, "\n") {
		t.Errorf("message %q is not one line", got)
	}
	if _, err := s.Enrol(inv.Code, "SHA256:k1", inv.Expires); !errors.Is(err, ErrInviteExpired) {
		t.Errorf("the code at its expiry: %v, want ErrInviteExpired", err)
	}
	if p, err := s.Enrol(inv.Code, "SHA256:k1", inv.Expires.Add(-time.Second)); err != nil || p != "bob" {
		t.Errorf("the code a second before its expiry: %q, %v; want bob", p, err)
	}
	// A key enrolled already cannot take another profile with a second code.
	inv2, err := s.CreateInvite("ann", t0)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.Enrol(inv2.Code, "SHA256:k1", t0); !errors.Is(err, ErrKeyEnrolled) {
		t.Errorf("an enrolled key with a second code: %v, want ErrKeyEnrolled", err)
	}
	if p, _ := s.KeyProfile("SHA256:k1"); p != "bob" {
		t.Errorf("the key is now %q's, want still bob's", p)
	}
	if _, err := s.CreateInvite("nobody", t0); !errors.Is(err, ErrNotFound) {
		t.Errorf("an invite for a profile that does not exist: %v, want ErrNotFound", err)
	}
}

func TestInviteCodesDiffer(t *testing.T) {
	s := clinicDB(t)
	seen := map[string]bool{}
	for range 50 {
		inv, err := s.CreateInvite("ann", t0)
		if err != nil {
			t.Fatal(err)
		}
		if seen[inv.Code] {
			t.Fatalf("code %s made twice in 50", inv.Code)
		}
		seen[inv.Code] = true
	}
}

func TestAuditLogInOrder(t *testing.T) {
	s := clinicDB(t)
	want := []AuditEntry{
		{At: t0.Add(time.Hour), Key: "SHA256:a", Profile: "ann", Action: "open"},
		{At: t0, Key: "SHA256:t", Profile: "bob", Action: "report"}, // an earlier clock, written later
	}
	for _, e := range want {
		if err := s.Audit(e); err != nil {
			t.Fatal(err)
		}
	}
	got, bad, err := s.AuditLog()
	if err != nil || len(bad) > 0 || len(got) != 2 {
		t.Fatalf("AuditLog = %v, %v, %v", got, bad, err)
	}
	for i := range want {
		if !got[i].At.Equal(want[i].At) || got[i].Key != want[i].Key || got[i].Profile != want[i].Profile || got[i].Action != want[i].Action {
			t.Errorf("entry %d = %+v, want %+v", i, got[i], want[i])
		}
	}
}

// TestOlderDatabaseGetsClinicBuckets: a database written before the clinic buckets existed is
// sound as it is (read-only: no keys, no log), and a writable open adds them.
func TestOlderDatabaseGetsClinicBuckets(t *testing.T) {
	path := newDB(t)
	s := mustOpen(t, path)
	_ = s.Close()
	db, err := bolt.Open(path, 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	err = db.Update(func(tx *bolt.Tx) error {
		for _, name := range laterBuckets {
			if err := tx.DeleteBucket(name); err != nil {
				return err
			}
		}
		return nil
	})
	if cerr := db.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		t.Fatal(err)
	}
	forgetChecked(path)
	ro, err := Open(path, Options{ReadOnly: true})
	if err != nil {
		t.Fatalf("read-only open of an older database: %v", err)
	}
	if probs, err := ro.Check(); err != nil || len(probs) > 0 {
		t.Errorf("an older database checks as %v, %v; want sound", probs, err)
	}
	if log, _, err := ro.AuditLog(); err != nil || len(log) > 0 {
		t.Errorf("AuditLog of an older database = %v, %v", log, err)
	}
	if _, err := ro.KeyProfile("SHA256:x"); !errors.Is(err, ErrNotFound) {
		t.Errorf("KeyProfile on an older database: %v, want ErrNotFound", err)
	}
	_ = ro.Close()
	rw := mustOpen(t, path)
	if _, _, err := rw.EnsureProfile("ann", t0); err != nil {
		t.Fatal(err)
	}
	if _, err := rw.CreateInvite("ann", t0); err != nil {
		t.Errorf("an invite after a writable open of an older database: %v", err)
	}
}

// TestCheckFindsDamagedClinicRecords: an invite, key or audit entry whose bytes changed is named
// by Check, as any other record.
func TestCheckFindsDamagedClinicRecords(t *testing.T) {
	path := newDB(t)
	s := mustOpen(t, path)
	if _, _, err := s.EnsureProfile("ann", t0); err != nil {
		t.Fatal(err)
	}
	inv, err := s.CreateInvite("ann", t0)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.Enrol(inv.Code, "SHA256:k", t0); err != nil {
		t.Fatal(err)
	}
	if err := s.Audit(AuditEntry{At: t0, Key: "SHA256:k", Profile: "ann", Action: "open"}); err != nil {
		t.Fatal(err)
	}
	_ = s.Close()
	db, err := bolt.Open(path, 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	err = db.Update(func(tx *bolt.Tx) error {
		for _, name := range laterBuckets {
			b := tx.Bucket(name)
			k, v := b.Cursor().First()
			if err := b.Put(append([]byte(nil), k...), []byte(strings.Replace(string(v), "ann", "bob", 1))); err != nil {
				return err
			}
		}
		return nil
	})
	if cerr := db.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		t.Fatal(err)
	}
	forgetChecked(path)
	ro, err := Open(path, Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer ro.Close()
	probs, err := ro.Check()
	if err != nil {
		t.Fatal(err)
	}
	var where []string
	for _, p := range probs {
		where = append(where, strings.SplitN(p.Where, "/", 2)[0])
	}
	for _, name := range laterBuckets {
		if !slices.Contains(where, string(name)) {
			t.Errorf("Check found %v, nothing in %s", probs, name)
		}
	}
	if _, err := ro.KeyProfile("SHA256:k"); !errors.Is(err, ErrDamaged) {
		t.Errorf("a damaged key record reads as %v, want ErrDamaged", err)
	}
	// The test's own final check would fail on the damage it made: repair by removing it.
	db, err = bolt.Open(path, 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	_ = db.Update(func(tx *bolt.Tx) error {
		for _, name := range laterBuckets {
			_ = tx.DeleteBucket(name)
			_, _ = tx.CreateBucket(name)
		}
		return nil
	})
	_ = db.Close()
	forgetChecked(path)
}
