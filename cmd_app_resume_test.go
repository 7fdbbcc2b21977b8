package main

import (
	"path/filepath"
	"testing"
	"time"

	"upright/exercises"
	"upright/session/record"
	"upright/store"
	"upright/ui"
)

// Starting as ann offers Cara's unfinished session, named as Cara's (issue 18).
func TestStartOffersAnotherProfilesUnfinishedSession(t *testing.T) {
	path := filepath.Join(t.TempDir(), "u.db")
	st, err := store.Open(path, store.Options{Timeout: time.Second})
	if err != nil {
		t.Fatal(err)
	}
	at := time.Date(2026, 11, 29, 9, 0, 0, 0, time.UTC)
	for _, n := range []string{"ann", "cara"} {
		if _, _, err := st.EnsureProfile(n, at); err != nil {
			t.Fatal(err)
		}
	}
	r, _ := exercises.BuiltinRoutine("core")
	rec := record.Record{Version: record.RecordVersion, ID: "c1", Profile: "cara", Status: record.StatusPartial,
		Routine: record.RoutineRef{ID: r.ID, Name: r.Name}, StartedAt: at, Flags: []record.Flag{}}
	if err := st.SaveCheckpoint(rec, exercises.MarshalRoutine(r)); err != nil {
		t.Fatal(err)
	}
	var opts ui.Options
	if err := loadProfile(profileOption{profile: "ann", set: true}, st, &opts); err != nil {
		t.Fatal(err)
	}
	st.Close()
	if opts.Profile != "ann" || opts.Resume == nil || opts.Resume.Owner == nil || opts.Resume.Owner.Name != "cara" {
		t.Fatalf("starting as ann: profile %q, resume %+v", opts.Profile, opts.Resume)
	}
}
