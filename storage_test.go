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

func recordIDs(recs []record.Record) []string {
	out := []string{}
	for _, r := range recs {
		out = append(out, r.ID)
	}
	return out
}

// TestStorageAdapter drives every method the adapter writes itself against a real store, and
// reads the result back through the store, not through the adapter.
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
		{"CreateProfile makes a new one", func(s storage) error {
			p, err := s.CreateProfile("cleo", adapterT0)
			if err == nil && p.Name != "cleo" {
				t.Errorf("created %q, want cleo", p.Name)
			}
			return err
		}, func(t *testing.T, s storage) {
			if _, err := s.Profile("cleo"); err != nil {
				t.Errorf("cleo is not stored: %v", err)
			}
		}},
		{"CreateProfile refuses a name in use", func(s storage) error {
			if _, err := s.CreateProfile("ana", adapterT0); err == nil {
				t.Error("a second ana was accepted")
			}
			return nil
		}, func(t *testing.T, s storage) {
			if recs, _, _ := s.Store.Sessions("ana", store.Query{}); len(recs) != 3 {
				t.Errorf("ana has %d sessions after the refused create, want 3", len(recs))
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
