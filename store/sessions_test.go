package store

import (
	"errors"
	"reflect"
	"slices"
	"testing"
	"time"

	sessionrecord "upright/session/record"
)

func TestRoundTripFullRecord(t *testing.T) {
	s := mustOpen(t, newDB(t))
	want := record("ann", "a1", t0, "core")
	if err := s.FinishSession(want); err != nil {
		t.Fatal(err)
	}
	got, err := s.Session("ann", "a1")
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("round trip:\n got %+v\nwant %+v", got, want)
	}
	recs, bad, err := s.Sessions("ann", Query{})
	if err != nil || len(bad) > 0 || len(recs) != 1 || !reflect.DeepEqual(recs[0], want) {
		t.Fatalf("Sessions = %+v %v %v", recs, bad, err)
	}
	if _, err := s.Session("ann", "nope"); !errors.Is(err, ErrNotFound) {
		t.Fatalf("missing session: %v, want ErrNotFound", err)
	}
}

func TestSessionsOrderLimitRangeRoutine(t *testing.T) {
	s := mustOpen(t, newDB(t))
	// Saved out of order, on days 0..9; odd days use routine "balance".
	for _, d := range []int{5, 2, 9, 0, 7, 1, 8, 3, 6, 4} {
		routine := "core"
		if d%2 == 1 {
			routine = "balance"
		}
		if err := s.FinishSession(record("ann", sid(d), t0.AddDate(0, 0, d), routine)); err != nil {
			t.Fatal(err)
		}
	}
	day := func(d int) time.Time { return t0.AddDate(0, 0, d) }
	tests := []struct {
		name string
		q    Query
		want []string
	}{
		{"all newest first", Query{}, []string{sid(9), sid(8), sid(7), sid(6), sid(5), sid(4), sid(3), sid(2), sid(1), sid(0)}},
		{"limit", Query{Limit: 3}, []string{sid(9), sid(8), sid(7)}},
		{"since inclusive", Query{Since: day(7)}, []string{sid(9), sid(8), sid(7)}},
		{"until exclusive", Query{Until: day(2)}, []string{sid(1), sid(0)}},
		{"range", Query{Since: day(3), Until: day(6)}, []string{sid(5), sid(4), sid(3)}},
		{"range between days", Query{Since: day(3).Add(time.Hour), Until: day(6).Add(time.Hour)}, []string{sid(6), sid(5), sid(4)}},
		{"routine", Query{Routine: "balance"}, []string{sid(9), sid(7), sid(5), sid(3), sid(1)}},
		{"routine and limit", Query{Routine: "core", Limit: 2}, []string{sid(8), sid(6)}},
		{"routine and range", Query{Routine: "core", Since: day(2), Until: day(6)}, []string{sid(4), sid(2)}},
		{"empty range", Query{Since: day(20)}, []string{}},
		{"until past the end", Query{Until: day(100), Limit: 1}, []string{sid(9)}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			recs, bad, err := s.Sessions("ann", tt.q)
			if err != nil || len(bad) > 0 {
				t.Fatal(err, bad)
			}
			if got := ids(recs); !slices.Equal(got, tt.want) {
				t.Fatalf("got %v, want %v", got, tt.want)
			}
		})
	}
	if n, err := s.CountSince("ann", day(6)); err != nil || n != 4 {
		t.Fatalf("CountSince = %d, %v; want 4", n, err)
	}
	var seen []string
	bad, err := s.EachSession("ann", func(r sessionrecord.Record) error { seen = append(seen, r.ID); return nil })
	if err != nil || len(bad) > 0 {
		t.Fatal(err, bad)
	}
	if want := []string{sid(0), sid(1), sid(2), sid(3), sid(4), sid(5), sid(6), sid(7), sid(8), sid(9)}; !slices.Equal(seen, want) {
		t.Fatalf("EachSession order %v, want %v", seen, want)
	}
}

func TestEachSessionManyBatchesAndStop(t *testing.T) {
	s := mustOpen(t, newDB(t))
	n := scanBatch*2 + 7
	var recs []sessionrecord.Record
	for i := range n {
		recs = append(recs, record("ann", sid(i), t0.Add(time.Duration(i)*time.Hour), "core"))
	}
	seed(t, s, recs)
	var seen []string
	if _, err := s.EachSession("ann", func(r sessionrecord.Record) error { seen = append(seen, r.ID); return nil }); err != nil {
		t.Fatal(err)
	}
	if len(seen) != n || seen[0] != sid(0) || seen[n-1] != sid(n-1) || !slices.IsSorted(seen) {
		t.Fatalf("EachSession saw %d records, want %d in order", len(seen), n)
	}
	stop := errors.New("stop")
	count := 0
	if _, err := s.EachSession("ann", func(sessionrecord.Record) error { count++; return stop }); !errors.Is(err, stop) || count != 1 {
		t.Fatalf("EachSession did not stop at fn's error: %v after %d", err, count)
	}
}

func TestProfilesIsolation(t *testing.T) {
	s := mustOpen(t, newDB(t))
	for i := range 3 {
		if err := s.FinishSession(record("ann", "a"+sid(i), t0.AddDate(0, 0, i), "core")); err != nil {
			t.Fatal(err)
		}
		if err := s.FinishSession(record("bob", "b"+sid(i), t0.AddDate(0, 0, i), "core")); err != nil {
			t.Fatal(err)
		}
	}
	if err := s.SaveCheckpoint(growing("ann", "a-live", 2), nil); err != nil {
		t.Fatal(err)
	}
	bob, _, _ := s.Sessions("bob", Query{})
	for _, r := range bob {
		if r.Profile != "bob" {
			t.Fatalf("bob's history has %s of %s", r.ID, r.Profile)
		}
	}
	if len(bob) != 3 {
		t.Fatalf("bob has %d sessions, want 3", len(bob))
	}
	if cp, err := s.Checkpoint("bob"); cp != nil || err != nil {
		t.Fatalf("bob has ann's checkpoint: %v %v", cp, err)
	}
	if _, err := s.Session("bob", "a"+sid(0)); !errors.Is(err, ErrNotFound) {
		t.Fatalf("bob can read ann's session: %v", err)
	}
	if recs, _, _ := s.Sessions("carol", Query{}); len(recs) != 0 {
		t.Fatalf("unknown profile has sessions: %v", ids(recs))
	}
}

func TestCheckpointLifecycle(t *testing.T) {
	path := newDB(t)
	s := mustOpen(t, path)
	if cp, err := s.Checkpoint("ann"); cp != nil || err != nil {
		t.Fatalf("fresh checkpoint = %v, %v", cp, err)
	}
	toml := []byte("name = \"Mine\"\n")
	for n := 1; n <= 3; n++ {
		if err := s.SaveCheckpoint(growing("ann", "live", n), toml); err != nil {
			t.Fatal(err)
		}
	}
	_ = s.Close()
	s = mustOpen(t, path)
	cp, err := s.Checkpoint("ann")
	if err != nil || cp == nil {
		t.Fatalf("Checkpoint = %v, %v", cp, err)
	}
	if !reflect.DeepEqual(cp.Record, growing("ann", "live", 3)) || string(cp.RoutineTOML) != string(toml) {
		t.Fatalf("checkpoint after reopen = %+v", cp)
	}

	if err := s.DiscardCheckpoint("ann"); err != nil {
		t.Fatal(err)
	}
	if cp, _ := s.Checkpoint("ann"); cp != nil {
		t.Fatal("discarded checkpoint is still there")
	}

	// Finish: the session lands in history and the checkpoint goes, in one step.
	if err := s.SaveCheckpoint(growing("ann", "f1", 2), nil); err != nil {
		t.Fatal(err)
	}
	done := growing("ann", "f1", 2)
	done.Status, done.EndedAt = sessionrecord.StatusCompleted, t0.Add(10*time.Minute)
	if err := s.FinishSession(done); err != nil {
		t.Fatal(err)
	}
	if cp, _ := s.Checkpoint("ann"); cp != nil {
		t.Fatal("checkpoint left after FinishSession")
	}
	if got, err := s.Session("ann", "f1"); err != nil || got.Status != sessionrecord.StatusCompleted {
		t.Fatalf("finished session = %+v, %v", got, err)
	}
	// Finishing another session leaves an unrelated checkpoint alone.
	if err := s.SaveCheckpoint(growing("ann", "other", 1), nil); err != nil {
		t.Fatal(err)
	}
	done.ID = "f2"
	done.StartedAt = t0.Add(-time.Hour)
	if err := s.FinishSession(done); err != nil {
		t.Fatal(err)
	}
	if cp, _ := s.Checkpoint("ann"); cp == nil || cp.Record.ID != "other" {
		t.Fatalf("FinishSession of f2 dropped checkpoint of other: %v", cp)
	}
	bad := growing("ann", "x", 1)
	if err := s.FinishSession(bad); err == nil {
		t.Fatal("FinishSession accepted an in-progress record")
	}

	// Keep as interrupted: ends at the last set, not at now.
	if err := s.KeepInterrupted("ann", t0.AddDate(0, 0, 3)); err != nil {
		t.Fatal(err)
	}
	kept, err := s.Session("ann", "other")
	if err != nil || kept.Status != sessionrecord.StatusInterrupted || !kept.EndedAt.Equal(t0.Add(time.Minute)) {
		t.Fatalf("kept = %+v, %v", kept, err)
	}
	if cp, _ := s.Checkpoint("ann"); cp != nil {
		t.Fatal("checkpoint left after KeepInterrupted")
	}
	if err := s.KeepInterrupted("ann", t0); !errors.Is(err, ErrNotFound) {
		t.Fatalf("KeepInterrupted without a checkpoint: %v", err)
	}
	// No sets: ends where it started.
	if err := s.SaveCheckpoint(growing("ann", "empty", 0), nil); err != nil {
		t.Fatal(err)
	}
	if err := s.KeepInterrupted("ann", t0.AddDate(0, 0, 3)); err != nil {
		t.Fatal(err)
	}
	if e, _ := s.Session("ann", "empty"); !e.EndedAt.Equal(t0) {
		t.Fatalf("empty interrupted session ends %v, want %v", e.EndedAt, t0)
	}
}

func TestFinishSameIDTwiceKeepsOne(t *testing.T) {
	s := mustOpen(t, newDB(t))
	r := record("ann", "dup", t0, "core")
	if err := s.FinishSession(r); err != nil {
		t.Fatal(err)
	}
	r.StartedAt = t0.Add(time.Second) // a corrected start time moves the key
	if err := s.FinishSession(r); err != nil {
		t.Fatal(err)
	}
	if recs, _, _ := s.Sessions("ann", Query{}); len(recs) != 1 || !recs[0].StartedAt.Equal(r.StartedAt) {
		t.Fatalf("sessions after re-finishing: %+v", recs)
	}
}

func TestRecordValidation(t *testing.T) {
	s := mustOpen(t, newDB(t))
	bad := []func(*sessionrecord.Record){
		func(r *sessionrecord.Record) { r.Profile = "" },
		func(r *sessionrecord.Record) { r.Profile = "a\x1b[31m" },
		func(r *sessionrecord.Record) { r.ID = "" },
		func(r *sessionrecord.Record) { r.ID = "a\nb" },
		func(r *sessionrecord.Record) { r.StartedAt = time.Time{} },
	}
	for i, mod := range bad {
		r := record("ann", "x", t0, "core")
		mod(&r)
		if err := s.FinishSession(r); err == nil {
			t.Errorf("case %d: FinishSession accepted %+v", i, r)
		}
		if err := s.SaveCheckpoint(r, nil); err == nil {
			t.Errorf("case %d: SaveCheckpoint accepted %+v", i, r)
		}
	}
}
