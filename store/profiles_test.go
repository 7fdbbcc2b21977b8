package store

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"upright/session/profile"
)

func TestValidateName(t *testing.T) {
	good := []string{"a", "Ann", "Ann Smith", "josé", "王芳", strings.Repeat("x", 40), "o'neil-2"}
	bad := []string{"", strings.Repeat("x", 41), "a\x1b[2Jb", "tab\there", "new\nline", " lead", "trail ", "bidi\u202eevil", "bell\a", "\xff"}
	for _, n := range good {
		if err := ValidateName(n); err != nil {
			t.Errorf("ValidateName(%q) = %v", n, err)
		}
	}
	for _, n := range bad {
		if err := ValidateName(n); err == nil {
			t.Errorf("ValidateName(%q) accepted it", n)
		} else if strings.Contains(err.Error(), "\n") && !strings.Contains(n, "\n") {
			t.Errorf("message for %q is not one line: %q", n, err)
		}
	}
}

func TestProfiles(t *testing.T) {
	path := newDB(t)
	s := mustOpen(t, path)
	p, created, err := s.EnsureProfile("ann", t0)
	if err != nil || !created || p.Name != "ann" || p.DisplayName != "ann" || !p.CreatedAt.Equal(t0) || p.Version != ProfileVersion {
		t.Fatalf("EnsureProfile = %+v, %v, %v", p, created, err)
	}
	p2, created, err := s.EnsureProfile("ann", t0.Add(time.Hour))
	if err != nil || created || !p2.CreatedAt.Equal(t0) {
		t.Fatalf("second EnsureProfile = %+v, %v, %v", p2, created, err)
	}
	if _, _, err := s.EnsureProfile("bad\x1b", t0); err == nil {
		t.Fatal("EnsureProfile accepted an escape character")
	}
	p.FirstRunDone, p.AgeBand = true, "65-74"
	p.Readiness = &Readiness{AnsweredAt: t0, Yes: []string{"balance"}}
	if err := s.SaveProfile(p); err != nil {
		t.Fatal(err)
	}
	if _, _, err := s.EnsureProfile("bob", t0); err != nil {
		t.Fatal(err)
	}
	_ = s.Close()
	s = mustOpen(t, path)
	got, err := s.Profile("ann")
	if err != nil || !reflect.DeepEqual(got, p) {
		t.Fatalf("Profile = %+v, %v; want %+v", got, err, p)
	}
	if _, err := s.Profile("carol"); !errors.Is(err, ErrNotFound) {
		t.Fatalf("missing profile: %v", err)
	}
	all, err := s.Profiles()
	if err != nil || len(all) != 2 || all[0].Name != "ann" || all[1].Name != "bob" {
		t.Fatalf("Profiles = %+v, %v", all, err)
	}
	if last, err := s.LastProfile(); last != "" || err != nil {
		t.Fatalf("LastProfile on a new database = %q, %v", last, err)
	}
	if err := s.SetLastProfile("bob"); err != nil {
		t.Fatal(err)
	}
	if last, _ := s.LastProfile(); last != "bob" {
		t.Fatalf("LastProfile = %q", last)
	}
}

func TestProfileKeepsUnknownFields(t *testing.T) {
	in := `{"version":1,"name":"ann","display_name":"Ann","created_at":"2026-11-29T09:00:00Z","first_run_done":true,"units":"metric","goals":["walk"]}`
	var p Profile
	if err := json.Unmarshal([]byte(in), &p); err != nil {
		t.Fatal(err)
	}
	if len(p.Extra) != 2 || string(p.Extra["units"]) != `"metric"` {
		t.Fatalf("Extra = %v", p.Extra)
	}
	out, err := json.Marshal(p)
	if err != nil {
		t.Fatal(err)
	}
	var back Profile
	if err := json.Unmarshal(out, &back); err != nil || !reflect.DeepEqual(back, p) {
		t.Fatalf("round trip %s → %+v, %v", out, back, err)
	}
}

func TestRenameProfile(t *testing.T) {
	path := newDB(t)
	s := mustOpen(t, path)
	for _, n := range []string{"ann", "bob"} {
		if _, _, err := s.EnsureProfile(n, t0); err != nil {
			t.Fatal(err)
		}
	}
	for i := range 3 {
		if err := s.FinishSession(record("ann", sid(i), t0.AddDate(0, 0, i), "core")); err != nil {
			t.Fatal(err)
		}
	}
	if err := s.SaveCheckpoint(growing("ann", "live", 2), nil); err != nil {
		t.Fatal(err)
	}
	_ = s.SetLastProfile("ann")
	if err := s.RenameProfile("ann", "bob"); err == nil {
		t.Fatal("rename onto an existing profile succeeded")
	}
	if err := s.RenameProfile("nobody", "zed"); !errors.Is(err, ErrNotFound) {
		t.Fatalf("rename of a missing profile: %v", err)
	}
	if err := s.RenameProfile("ann", "Ann B"); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Profile("ann"); !errors.Is(err, ErrNotFound) {
		t.Fatalf("old profile still there: %v", err)
	}
	if p, err := s.Profile("Ann B"); err != nil || p.Name != "Ann B" || p.DisplayName != "Ann B" {
		t.Fatalf("renamed profile = %+v, %v", p, err)
	}
	recs, bad, err := s.Sessions("Ann B", Query{})
	if err != nil || len(bad) > 0 || len(recs) != 3 {
		t.Fatalf("renamed sessions = %v, %v, %v", ids(recs), bad, err)
	}
	for _, r := range recs {
		if r.Profile != "Ann B" {
			t.Fatalf("record %s still says profile %q", r.ID, r.Profile)
		}
	}
	if old, _, _ := s.Sessions("ann", Query{}); len(old) != 0 {
		t.Fatalf("old profile keeps sessions %v", ids(old))
	}
	if cp, err := s.Checkpoint("Ann B"); err != nil || cp == nil || cp.Record.Profile != "Ann B" || cp.Record.ID != "live" {
		t.Fatalf("moved checkpoint = %+v, %v", cp, err)
	}
	if cp, _ := s.Checkpoint("ann"); cp != nil {
		t.Fatal("old checkpoint left behind")
	}
	if last, _ := s.LastProfile(); last != "Ann B" {
		t.Fatalf("LastProfile = %q after rename", last)
	}
}

func TestDeleteProfileLeavesNoTrace(t *testing.T) {
	const marker = "MARKER-7f3a"
	const intakeMarker = "INTAKE-9c1e" // only in the profile record: proves the intake goes too
	path := newDB(t)
	s := mustOpen(t, path)
	for _, n := range []string{"ann", "bob"} {
		if _, _, err := s.EnsureProfile(n, t0); err != nil {
			t.Fatal(err)
		}
	}
	for i := range 20 {
		r := record("ann", sid(i), t0.AddDate(0, 0, i), "core")
		r.Checkout.Note = "private " + marker + " note"
		if err := s.FinishSession(r); err != nil {
			t.Fatal(err)
		}
	}
	ann, _ := s.Profile("ann")
	ann.TherapistNotes = "notes " + marker
	ann.Intake = &profile.Intake{RecordedAt: t0, MedicalHistory: "history " + intakeMarker, SpineFracture: true,
		SpineFractureWhen: marker, Medications: marker}
	ann.Program = &profile.Program{Start: "2026-11-02", Weeks: 12, NextCheckup: "2026-12-10"}
	if err := s.SaveProfile(ann); err != nil {
		t.Fatal(err)
	}
	live := growing("ann", "live", 3)
	live.Checkin.RedFlags = []string{marker}
	if err := s.SaveCheckpoint(live, []byte("# "+marker)); err != nil {
		t.Fatal(err)
	}
	if err := s.FinishSession(record("bob", "b1", t0, "core")); err != nil {
		t.Fatal(err)
	}
	_ = s.SetLastProfile("ann")
	raw, _ := os.ReadFile(path)
	if !bytes.Contains(raw, []byte(marker)) || !bytes.Contains(raw, []byte(intakeMarker)) {
		t.Fatal("marker not in the file before the deletion: the test would prove nothing")
	}

	if err := s.DeleteProfile("ann"); err != nil {
		t.Fatal(err)
	}
	raw, _ = os.ReadFile(path)
	if bytes.Contains(raw, []byte(marker)) || bytes.Contains(raw, []byte(intakeMarker)) || bytes.Contains(raw, []byte(`"ann"`)) {
		t.Fatal("the deleted profile's data is still in the file")
	}
	if left, _ := filepath.Glob(path + ".*"); len(left) > 0 {
		t.Fatalf("files left beside the database: %v", left)
	}
	if fi, _ := os.Stat(path); fi.Mode().Perm() != 0o600 {
		t.Fatalf("compacted file mode %v", fi.Mode())
	}
	// The store goes on working on the new file, and bob is intact.
	if _, err := s.Profile("ann"); !errors.Is(err, ErrNotFound) {
		t.Fatalf("deleted profile: %v", err)
	}
	if last, _ := s.LastProfile(); last != "" {
		t.Fatalf("LastProfile still %q", last)
	}
	if r, err := s.Session("bob", "b1"); err != nil || !reflect.DeepEqual(r, record("bob", "b1", t0, "core")) {
		t.Fatalf("bob's session after compaction: %v", err)
	}
	if err := s.FinishSession(record("bob", "b2", t0.Add(time.Hour), "core")); err != nil {
		t.Fatal(err)
	}
	_ = s.Close()
	s = mustOpen(t, path)
	if recs, _, _ := s.Sessions("bob", Query{}); len(recs) != 2 {
		t.Fatalf("bob has %d sessions after reopen, want 2", len(recs))
	}
	if err := s.DeleteProfile("ann"); !errors.Is(err, ErrNotFound) {
		t.Fatalf("second delete: %v", err)
	}
}

// The second store must not keep writing into the old file after the first compacted it away.
func TestOpenAfterCompactionSeesNewFile(t *testing.T) {
	path := newDB(t)
	s := mustOpen(t, path)
	if _, _, err := s.EnsureProfile("ann", t0); err != nil {
		t.Fatal(err)
	}
	if err := s.FinishSession(record("bob", "b1", t0, "core")); err != nil {
		t.Fatal(err)
	}
	if err := s.DeleteProfile("ann"); err != nil {
		t.Fatal(err)
	}
	_ = s.Close()
	s2 := mustOpen(t, path)
	if err := s2.FinishSession(record("bob", "b2", t0.Add(time.Hour), "core")); err != nil {
		t.Fatal(err)
	}
	if n, _ := s2.CountSince("bob", t0); n != 2 {
		t.Fatalf("bob has %d sessions, want 2", n)
	}
}

// A profile written before the prescription, intake and program fields existed still loads, and
// saving it again keeps its unknown fields and adds nothing it did not have.
func TestOldProfileStillLoads(t *testing.T) {
	old := `{"version":1,"name":"ann","display_name":"Ann","created_at":"2026-11-29T09:00:00Z","first_run_done":true,"age_band":"70-79","readiness":{"answered_at":"2026-11-29T09:00:00Z","yes":["heart"]},"units":"metric"}`
	var p Profile
	if err := json.Unmarshal([]byte(old), &p); err != nil {
		t.Fatal(err)
	}
	if p.Name != "ann" || p.AgeBand != "70-79" || p.Readiness == nil || p.Readiness.Yes[0] != "heart" ||
		p.Intake != nil || p.Program != nil || len(p.Extra) != 1 {
		t.Fatalf("old profile read as %+v", p)
	}
	out, _ := json.Marshal(p)
	var a, b map[string]any
	_ = json.Unmarshal([]byte(old), &a)
	_ = json.Unmarshal(out, &b)
	if !reflect.DeepEqual(a, b) {
		t.Fatalf("re-saved old profile changed:\n%s\n%s", old, out)
	}
}

func TestProfileFieldsRoundTrip(t *testing.T) {
	path := newDB(t)
	s := mustOpen(t, path)
	p, _, err := s.EnsureProfile("ann", t0)
	if err != nil {
		t.Fatal(err)
	}
	p.Prescribed = []string{"core", "balance"}
	p.Targets = &profile.WeeklyTargets{StrengthDays: 2, BalanceDays: 7, PostureDays: 7, StretchDays: 2}
	p.TherapistNotes = "Go gently on the side plank."
	p.SetOverrides(map[string]profile.DoseOverride{"plank": {Sets: 2, HoldSeconds: 15}}, t0)
	p.Intake = &profile.Intake{RecordedAt: t0, MedicalHistory: "osteoporosis", SpineFracture: true,
		SpineFractureWhen: "2024, T12", StanceLeft: 8.5, StanceRight: 6}
	p.Program = &profile.Program{Start: "2026-11-02", Weeks: 16, NextCheckup: "2026-12-10"}
	p.Readiness = &profile.Readiness{AnsweredAt: t0, Yes: []string{"bp-medication"}}
	p.Extra = map[string]json.RawMessage{"units": json.RawMessage(`"metric"`)}
	if err := s.SaveProfile(p); err != nil {
		t.Fatal(err)
	}
	_ = s.Close()
	s = mustOpen(t, path)
	got, err := s.Profile("ann")
	if err != nil || !reflect.DeepEqual(got, p) {
		t.Fatalf("Profile = %+v, %v\nwant %+v", got, err, p)
	}
}

// TestProfilesListedIgnoringCase: names are listed as a person reads them, "ann" before "Bob".
func TestProfilesListedIgnoringCase(t *testing.T) {
	s := mustOpen(t, newDB(t))
	for _, name := range []string{"Bob", "carol", "ann", "Ann"} {
		if _, _, err := s.EnsureProfile(name, t0); err != nil {
			t.Fatal(err)
		}
	}
	all, err := s.Profiles()
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, p := range all {
		names = append(names, p.Name)
	}
	if want := []string{"Ann", "ann", "Bob", "carol"}; !slices.Equal(names, want) {
		t.Errorf("Profiles listed %q, want %q", names, want)
	}
}
