package store

import (
	"strings"
	"testing"

	bolt "go.etcd.io/bbolt"
)

// owners maps each saved routine's id to its owner ("" is the library).
func owners(t *testing.T, s *Store) map[string]string {
	t.Helper()
	all, bad, err := s.Routines()
	if err != nil || len(bad) > 0 {
		t.Fatalf("Routines: %v, %+v", err, bad)
	}
	out := map[string]string{}
	for _, r := range all {
		out[r.ID] = r.Owner
	}
	return out
}

func TestRoutineOwnerIsStoredAndOldRoutinesAreTheLibrary(t *testing.T) {
	s := mustOpen(t, newDB(t))
	if _, _, err := s.EnsureProfile("Pat", t0); err != nil {
		t.Fatal(err)
	}
	// A routine saved before owners: its value has no owner field at all.
	err := s.update("plant", func(tx *bolt.Tx) error {
		v, err := seal(string(bucketRoutines), []byte("old-one"), struct {
			File string `json:"file"`
			TOML []byte `json:"toml"`
		}{"old.toml", []byte("name = \"Old one\"\n[[exercise]]\nid = \"plank\"\n")})
		if err != nil {
			return err
		}
		return tx.Bucket(bucketRoutines).Put([]byte("old-one"), v)
	})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.SaveRoutine([]byte(morningTOML), RoutineSave{File: "m.toml", Owner: "Pat"}); err != nil {
		t.Fatal(err)
	}
	if got := owners(t, s); got["old-one"] != "" || got["morning-core"] != "Pat" || len(got) != 2 {
		t.Fatalf("owners = %v", got)
	}
	_, err = s.SaveRoutine([]byte(strings.Replace(morningTOML, "Morning core", "Evening", 1)), RoutineSave{File: "e.toml", Owner: "Nobody"})
	if err == nil || !strings.Contains(err.Error(), `no profile called "Nobody"`) {
		t.Fatalf("a routine for a profile that does not exist: %v", err)
	}
	// Added again without --profile, Pat's routine is not quietly taken into the library.
	_, err = s.SaveRoutine([]byte(morningTOML), RoutineSave{File: "m.toml"})
	if err == nil || !strings.Contains(err.Error(), `already saved for "Pat"; add it with --profile "Pat"`) {
		t.Fatalf("re-adding Pat's routine to the library: %v", err)
	}
	if _, err := s.SaveRoutine([]byte(morningTOML), RoutineSave{File: "m.toml", Owner: "Pat"}); err != nil {
		t.Fatalf("re-adding Pat's routine for Pat: %v", err)
	}
}

// TestRenameReplacesTheOldID: the builder's rename leaves one routine under the new id, and a
// prescription of the old id follows it; a new name whose id another routine has is refused.
func TestRenameReplacesTheOldID(t *testing.T) {
	s := mustOpen(t, newDB(t))
	p, _, err := s.EnsureProfile("Pat", t0)
	if err != nil {
		t.Fatal(err)
	}
	p.Prescribed = []string{"morning-core", "core"}
	if err := s.SaveProfile(p); err != nil {
		t.Fatal(err)
	}
	if _, err := s.SaveRoutine([]byte(morningTOML), RoutineSave{File: "m.toml"}); err != nil {
		t.Fatal(err)
	}
	other := strings.Replace(morningTOML, "Morning core", "Evening", 1)
	if _, err := s.SaveRoutine([]byte(other), RoutineSave{File: "e.toml", New: true}); err != nil {
		t.Fatal(err)
	}
	if _, err := s.SaveRoutine([]byte(other), RoutineSave{File: "builder", New: true}); err == nil {
		t.Fatal("a new routine from the builder replaced a saved one of the same name")
	}
	renamed := strings.Replace(morningTOML, "Morning core", "Morning strength", 1)
	r, err := s.SaveRoutine([]byte(renamed), RoutineSave{File: "builder", Replaces: "morning-core", Owner: "Pat"})
	if err != nil || r.ID != "morning-strength" {
		t.Fatalf("rename: %+v, %v", r, err)
	}
	if got := owners(t, s); len(got) != 2 || got["morning-strength"] != "Pat" || got["evening"] != "" {
		t.Fatalf("after the rename: %v", got)
	}
	q, err := s.Profile("Pat")
	if err != nil || strings.Join(q.Prescribed, ",") != "morning-strength,core" {
		t.Fatalf("Pat's prescription after the rename: %v, %v", q.Prescribed, err)
	}
	_, err = s.SaveRoutine([]byte(strings.Replace(morningTOML, "Morning core", "EVENING", 1)), RoutineSave{File: "builder", Replaces: "morning-strength"})
	// Said as the builder's own problem, as a file's is: not as a failed write.
	if err == nil || !strings.HasPrefix(err.Error(), `builder: routine "EVENING" gets the id "evening", which the saved routine "Evening" already has`) {
		t.Fatalf("a rename onto another routine's id: %v", err)
	}
	if got := owners(t, s); len(got) != 2 || got["morning-strength"] != "Pat" {
		t.Fatalf("the refused rename changed something: %v", got)
	}
	// A change of case keeps the id: the routine is replaced, not refused as a clash with itself.
	if _, err := s.SaveRoutine([]byte(strings.Replace(renamed, "Morning strength", "Morning Strength", 1)), RoutineSave{File: "builder", Replaces: "morning-strength"}); err != nil {
		t.Fatalf("renaming in case only: %v", err)
	}
}

func TestProfileRenameAndDeleteCarryTheirRoutines(t *testing.T) {
	path := newDB(t)
	s := mustOpen(t, path)
	for _, n := range []string{"Pat", "Sam"} {
		if _, _, err := s.EnsureProfile(n, t0); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := s.SaveRoutine([]byte(morningTOML), RoutineSave{File: "m.toml", Owner: "Pat"}); err != nil {
		t.Fatal(err)
	}
	if _, err := s.SaveRoutine([]byte(strings.Replace(morningTOML, "Morning core", "Sam legs", 1)), RoutineSave{File: "s.toml", Owner: "Sam"}); err != nil {
		t.Fatal(err)
	}
	if err := s.RenameProfile("Pat", "Patricia"); err != nil {
		t.Fatal(err)
	}
	if got := owners(t, s); got["morning-core"] != "Patricia" || got["sam-legs"] != "Sam" {
		t.Fatalf("after renaming Pat: %v", got)
	}
	if err := s.DeleteProfile("Patricia"); err != nil {
		t.Fatal(err)
	}
	if got := owners(t, s); len(got) != 2 || got["morning-core"] != "" || got["sam-legs"] != "Sam" {
		t.Fatalf("after deleting Patricia: %v (her routine should be in the library)", got)
	}
	checkClean(t, path)
}

// A routine on Sam's prescription is not made Pat's alone: Sam would be prescribed a routine
// that is not his to see.
func TestRoutinePrescribedForAnotherIsNotMadeOnePatients(t *testing.T) {
	s := mustOpen(t, newDB(t))
	for _, n := range []string{"Pat", "Sam"} {
		if _, _, err := s.EnsureProfile(n, t0); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := s.SaveRoutine([]byte(morningTOML), RoutineSave{File: "m.toml"}); err != nil {
		t.Fatal(err)
	}
	sam, err := s.Profile("Sam")
	if err != nil {
		t.Fatal(err)
	}
	sam.Prescribed = []string{"morning-core"}
	if err := s.SaveProfile(sam); err != nil {
		t.Fatal(err)
	}
	_, err = s.SaveRoutine([]byte(morningTOML), RoutineSave{File: "builder", Owner: "Pat", Replaces: "morning-core"})
	if err == nil || !strings.HasPrefix(err.Error(), `builder: routine "Morning core" is prescribed for Sam too, so it cannot be Pat's alone`) {
		t.Fatalf("making Sam's prescribed routine Pat's: %v", err)
	}
	if got := owners(t, s); got["morning-core"] != "" {
		t.Errorf("the refused save changed the owner: %v", got)
	}
	if _, err := s.SaveRoutine([]byte(morningTOML), RoutineSave{File: "builder", Owner: "Sam", Replaces: "morning-core"}); err != nil {
		t.Errorf("making it Sam's own, whose prescription it is: %v", err)
	}
}
