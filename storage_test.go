package main

import (
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"upright/exercises"
	"upright/session"
	"upright/session/record"
	"upright/store"
	"upright/ui"
)

// adapterT0 is the start of the first stored session; the others follow a day apart.
var adapterT0 = time.Date(2026, 11, 2, 9, 0, 0, 0, time.UTC)

// openAdapter is the adapter on a new store in a temporary folder, holding three sessions of
// "ana" (days 0, 1 and 2) and one of "ben", with both profiles created.
func openAdapter(t *testing.T) storage {
	t.Helper()
	st, err := store.Open(filepath.Join(t.TempDir(), "upright.db"), store.Options{Timeout: time.Second})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	r, _ := exercises.BuiltinRoutine("clinic-demo")
	for _, name := range []string{"ana", "ben"} {
		if _, _, err := st.EnsureProfile(name, adapterT0); err != nil {
			t.Fatal(err)
		}
	}
	for i, who := range []string{"ana", "ana", "ana", "ben"} {
		meta := session.Meta{ID: who + string(rune('0'+i)), Profile: who}
		rec := session.StoppedRecord(session.NewPlan(r), meta, adapterT0.AddDate(0, 0, i%3))
		if err := st.FinishSession(rec); err != nil {
			t.Fatal(err)
		}
	}
	return storage{st}
}

// adapterCheckpoint is an unfinished session of who, begun after the stored ones.
func adapterCheckpoint(who string) record.Record {
	r, _ := exercises.BuiltinRoutine("clinic-demo")
	meta := session.Meta{ID: who + "-open", Profile: who}
	return session.StoppedRecord(session.NewPlan(r), meta, adapterT0.AddDate(0, 0, 4))
}

func recordIDs(recs []record.Record) []string {
	out := []string{}
	for _, r := range recs {
		out = append(out, r.ID)
	}
	return out
}

// TestStorageAdapter drives every method of ui.Storage through the adapter against a real store,
// and reads the result back through the store, not through the adapter.
func TestStorageAdapter(t *testing.T) {
	day := func(i int) time.Time { return adapterT0.AddDate(0, 0, i) }
	queries := []struct {
		name string
		q    ui.SessionQuery
		want []string
	}{
		{"all, newest first", ui.SessionQuery{}, []string{"ana2", "ana1", "ana0"}},
		{"the last one", ui.SessionQuery{Limit: 1}, []string{"ana2"}},
		{"a page before a day", ui.SessionQuery{Until: day(2), Limit: 1}, []string{"ana1"}},
		{"since a day", ui.SessionQuery{Since: day(1)}, []string{"ana2", "ana1"}},
		{"between two days", ui.SessionQuery{Since: day(1), Until: day(2)}, []string{"ana1"}},
		{"up to a day", ui.SessionQuery{Until: day(1)}, []string{"ana0"}},
	}
	for _, tc := range queries {
		t.Run("Sessions/"+tc.name, func(t *testing.T) {
			recs, err := openAdapter(t).Sessions("ana", tc.q)
			if err != nil || !slices.Equal(recordIDs(recs), tc.want) {
				t.Errorf("Sessions(%+v) = %v, %v; want %v", tc.q, recordIDs(recs), err, tc.want)
			}
		})
	}

	cases := []struct {
		name string
		// act calls the adapter; check reads the store behind it.
		act   func(s storage) error
		check func(t *testing.T, s storage)
	}{
		{"MarkFirstRunDone sets the flag and keeps the rest", func(s storage) error {
			p, _ := s.Profile("ana")
			p.AgeBand = "70-79"
			if err := s.Store.SaveProfile(p); err != nil {
				return err
			}
			return s.MarkFirstRunDone("ana")
		}, func(t *testing.T, s storage) {
			p, err := s.Profile("ana")
			if err != nil || !p.FirstRunDone || p.AgeBand != "70-79" {
				t.Errorf("profile after MarkFirstRunDone: %+v, %v; want first run done, age band kept", p.Profile, err)
			}
			if b, _ := s.Profile("ben"); b.FirstRunDone {
				t.Error("MarkFirstRunDone marked another profile")
			}
		}},
		{"SaveProfile replaces the shared data", func(s storage) error {
			p, _ := s.Profile("ben")
			p.Profile.DisplayName = "Benjamin"
			return s.SaveProfile(p.Profile)
		}, func(t *testing.T, s storage) {
			if p, _ := s.Profile("ben"); p.DisplayName != "Benjamin" || p.Version == 0 {
				t.Errorf("ben after SaveProfile: %+v (version %d)", p.Profile, p.Version)
			}
		}},
		{"UseProfile with create makes a new one and opens on it next", func(s storage) error {
			p, err := s.UseProfile("cleo", true, adapterT0)
			if err == nil && p.Name != "cleo" {
				t.Errorf("created %q, want cleo", p.Name)
			}
			return err
		}, func(t *testing.T, s storage) {
			if _, err := s.Profile("cleo"); err != nil {
				t.Errorf("cleo is not stored: %v", err)
			}
			if last, _ := s.LastProfile(); last != "cleo" {
				t.Errorf("last profile %q, want cleo", last)
			}
		}},
		{"UseProfile with create refuses a name in use", func(s storage) error {
			if _, err := s.UseProfile("ana", true, adapterT0); err == nil {
				t.Error("a second ana was accepted")
			}
			return nil
		}, func(t *testing.T, s storage) {
			if recs, _, _ := s.Store.Sessions("ana", store.Query{}); len(recs) != 3 {
				t.Errorf("ana has %d sessions after the refused create, want 3", len(recs))
			}
			if last, _ := s.LastProfile(); last == "ana" {
				t.Error("the refused create still became the last profile")
			}
		}},
		{"UseProfile switches to a stored profile", func(s storage) error {
			p, _ := s.Profile("ben")
			p.DisplayName = "Benjamin"
			if err := s.Store.SaveProfile(p); err != nil {
				return err
			}
			got, err := s.UseProfile("ben", false, adapterT0)
			if err == nil && got.DisplayName != "Benjamin" {
				t.Errorf("switched to %+v, want the stored ben", got)
			}
			return err
		}, func(t *testing.T, s storage) {
			if last, _ := s.LastProfile(); last != "ben" {
				t.Errorf("last profile %q, want ben", last)
			}
			if _, err := s.UseProfile("nobody", false, adapterT0); err == nil {
				t.Error("switched to a profile that does not exist")
			}
		}},
		{"RenameProfile moves the profile and its sessions", func(s storage) error {
			return s.RenameProfile("ben", "bea")
		}, func(t *testing.T, s storage) {
			if recs, _, _ := s.Store.Sessions("bea", store.Query{}); len(recs) != 1 {
				t.Errorf("bea has %d sessions, want ben's 1", len(recs))
			}
		}},
		{"DeleteProfile erases one profile", func(s storage) error {
			return s.DeleteProfile("ben")
		}, func(t *testing.T, s storage) {
			if _, err := s.Profile("ben"); err == nil {
				t.Error("ben is still stored")
			}
			if recs, _, _ := s.Store.Sessions("ana", store.Query{}); len(recs) != 3 {
				t.Errorf("ana has %d sessions, want 3", len(recs))
			}
		}},
		{"SaveCheckpoint stores the unfinished session", func(s storage) error {
			return s.SaveCheckpoint(adapterCheckpoint("ana"), nil)
		}, func(t *testing.T, s storage) {
			if cp, err := s.Checkpoint("ana"); err != nil || cp == nil || cp.Record.ID != "ana-open" {
				t.Errorf("checkpoint %+v, %v; want ana-open", cp, err)
			}
		}},
		{"FinishSession stores a finished session", func(s storage) error {
			return s.FinishSession(adapterCheckpoint("ben"))
		}, func(t *testing.T, s storage) {
			if recs, _, _ := s.Store.Sessions("ben", store.Query{}); len(recs) != 2 {
				t.Errorf("ben has %d sessions, want 2", len(recs))
			}
		}},
		{"ResolveCheckpoint keeps it as interrupted", func(s storage) error {
			if err := s.SaveCheckpoint(adapterCheckpoint("ana"), nil); err != nil {
				return err
			}
			return s.ResolveCheckpoint("ana", ui.KeepInterrupted, adapterT0.AddDate(0, 0, 5))
		}, func(t *testing.T, s storage) {
			if cp, _ := s.Checkpoint("ana"); cp != nil {
				t.Error("the checkpoint is still there")
			}
			if _, err := s.Session("ana", "ana-open"); err != nil {
				t.Errorf("the interrupted session was not kept: %v", err)
			}
		}},
		{"ResolveCheckpoint discards it", func(s storage) error {
			if err := s.SaveCheckpoint(adapterCheckpoint("ana"), nil); err != nil {
				return err
			}
			return s.ResolveCheckpoint("ana", ui.DiscardCheckpoint, adapterT0.AddDate(0, 0, 5))
		}, func(t *testing.T, s storage) {
			if cp, _ := s.Checkpoint("ana"); cp != nil {
				t.Error("the checkpoint is still there")
			}
			if _, err := s.Session("ana", "ana-open"); err == nil {
				t.Error("the discarded session was kept")
			}
		}},
		{"Profiles lists every profile", nil, func(t *testing.T, s storage) {
			ps, err := s.Profiles()
			var names []string
			for _, p := range ps {
				names = append(names, p.Name)
			}
			if err != nil || !slices.Equal(names, []string{"ana", "ben"}) {
				t.Errorf("Profiles() = %v, %v; want ana and ben", names, err)
			}
		}},
		{"SaveRoutine stores it and SavedRoutines lists it", func(s storage) error {
			r, _ := exercises.BuiltinRoutine("clinic-demo")
			r.ID, r.Name = "mine", "Mine"
			_, err := s.SaveRoutine(ui.RoutineSave{Src: exercises.MarshalRoutine(r)})
			return err
		}, func(t *testing.T, s storage) {
			rs, err := s.SavedRoutines()
			if err != nil || len(rs) != 1 || rs[0].ID != "mine" {
				t.Errorf("SavedRoutines() = %d routines, %v; want mine", len(rs), err)
			}
			if _, err := s.RoutineSource("mine"); err != nil {
				t.Errorf("the store lacks the routine: %v", err)
			}
		}},
		{"ExportRoutine writes the file", func(s storage) error {
			return s.ExportRoutine(filepath.Join(filepath.Dir(s.Path()), "out.toml"), []byte("x = 1\n"))
		}, func(t *testing.T, s storage) {
			b, err := os.ReadFile(filepath.Join(filepath.Dir(s.Path()), "out.toml"))
			if err != nil || string(b) != "x = 1\n" {
				t.Errorf("exported file %q, %v", b, err)
			}
		}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			s := openAdapter(t)
			if tc.act != nil {
				if err := tc.act(s); err != nil {
					t.Fatal(err)
				}
			}
			tc.check(t, s)
		})
	}
}
