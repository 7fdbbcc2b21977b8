package store

import (
	"errors"
	"path/filepath"
	"strings"
	"testing"

	bolt "go.etcd.io/bbolt"

	"upright/exercises"
)

const morningTOML = `name = "Morning core"
description = "Short core routine for weekdays"
rest = "30s"

[[exercise]]
id = "plank"
sets = 2
hold = "20s"
`

func TestSaveRoutine(t *testing.T) {
	path := newDB(t)
	s := mustOpen(t, path)
	r, err := s.SaveRoutine([]byte(morningTOML), RoutineSave{File: "morning.toml"})
	if err != nil {
		t.Fatal(err)
	}
	if r.ID == "" || r.Name != "Morning core" || r.Source != exercises.SourceSaved || len(r.Items) != 1 {
		t.Fatalf("SaveRoutine = %+v", r)
	}
	if _, err := s.SaveRoutine([]byte("name = \"x\"\nbogus = 1\n"), RoutineSave{File: "bad.toml"}); err == nil {
		t.Fatal("SaveRoutine accepted a bad file")
	}
	// A saved "Core" would hide behind the built-in core routine: refused, with the reason.
	if _, err := s.SaveRoutine([]byte("name = \"Core\"\n[[exercise]]\nid = \"plank\"\n"), RoutineSave{File: "core.toml"}); err == nil ||
		!strings.Contains(err.Error(), "built-in") {
		t.Fatalf("SaveRoutine under a built-in id: %v", err)
	}
	_ = s.Close()
	s = mustOpen(t, path)
	all, bad, err := s.Routines()
	if err != nil || len(bad) > 0 || len(all) != 1 {
		t.Fatalf("Routines = %+v, %v, %v", all, bad, err)
	}
	if all[0].ID != r.ID || all[0].Source != exercises.SourceSaved || all[0].Items[0].Dose.Sets != 2 {
		t.Fatalf("read back %+v", all[0])
	}
	src, err := s.RoutineSource(r.ID)
	if err != nil || string(src) != morningTOML {
		t.Fatalf("RoutineSource = %q, %v", src, err)
	}
	if _, err := s.RoutineSource("nope"); !errors.Is(err, ErrNotFound) {
		t.Fatalf("missing routine: %v", err)
	}
}

func TestRoutineThatNoLongerParsesIsReported(t *testing.T) {
	path := filepath.Join(t.TempDir(), "upright.db")
	s := mustOpen(t, path)
	if _, err := s.SaveRoutine([]byte(morningTOML), RoutineSave{File: "morning.toml"}); err != nil {
		t.Fatal(err)
	}
	// As if the catalog had dropped an exercise the saved routine uses.
	stale := savedRoutine{File: "old.toml", TOML: []byte("name = \"Old\"\n\n[[exercise]]\nid = \"retired-move\"\n")}
	err := s.update("plant", func(tx *bolt.Tx) error {
		v, err := seal(string(bucketRoutines), []byte("old"), stale)
		if err != nil {
			return err
		}
		return tx.Bucket(bucketRoutines).Put([]byte("old"), v)
	})
	if err != nil {
		t.Fatal(err)
	}
	all, bad, err := s.Routines()
	if err != nil || len(all) != 1 || len(bad) != 1 || bad[0].Key != "old" {
		t.Fatalf("Routines = %d good, %+v, %v", len(all), bad, err)
	}
	if probs, _ := s.Check(); len(probs) != 1 || probs[0].Where != "routines/old" {
		t.Fatalf("Check = %+v", probs)
	}
}

// TestTwoNamesOneIDRefused: "Morning core" and "morning core" reduce to one id; saving the second
// must not silently replace the first, while saving the first again replaces it.
func TestTwoNamesOneIDRefused(t *testing.T) {
	s := mustOpen(t, newDB(t))
	first, err := s.SaveRoutine([]byte(morningTOML), RoutineSave{File: "morning.toml"})
	if err != nil {
		t.Fatal(err)
	}
	other := strings.Replace(morningTOML, `name = "Morning core"`, `name = "morning CORE!"`, 1)
	_, err = s.SaveRoutine([]byte(other), RoutineSave{File: "other.toml"})
	if err == nil {
		t.Fatal("a routine of another name replaced the saved one with the same id")
	}
	if msg := err.Error(); !strings.Contains(msg, `"Morning core"`) || !strings.Contains(msg, `"morning CORE!"`) || strings.Contains(msg, "\n") {
		t.Fatalf("the refusal must name both routines on one line: %q", msg)
	}
	again := strings.Replace(morningTOML, "sets = 2", "sets = 3", 1)
	if _, err := s.SaveRoutine([]byte(again), RoutineSave{File: "morning.toml"}); err != nil {
		t.Fatalf("saving the same routine again: %v", err)
	}
	src, err := s.RoutineSource(first.ID)
	if err != nil || string(src) != again {
		t.Fatalf("the routine was not replaced by its own new version: %q, %v", src, err)
	}
}
