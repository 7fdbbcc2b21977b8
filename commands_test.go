package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"upright/exercises"
	"upright/store"
)

// inProcess runs the command line in-process and returns exit code, stdout and stderr.
func inProcess(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(args, &out, &errb)
	return code, out.String(), errb.String()
}

func TestExercisesJSONListsTheWholeCatalog(t *testing.T) {
	code, out, _ := inProcess(t, "exercises", "--json")
	if code != 0 {
		t.Fatalf("exit %d", code)
	}
	var list []struct {
		ID      string   `json:"id"`
		Measure string   `json:"measure"`
		Cues    []string `json:"cues"`
		Safety  string   `json:"safety"`
		Sources []string `json:"sources"`
		Norms   []any    `json:"norms"`
	}
	if err := json.Unmarshal([]byte(out), &list); err != nil {
		t.Fatal(err)
	}
	ids := exercises.IDs()
	if len(list) != len(ids) || len(ids) < 30 {
		t.Fatalf("want every one of the catalog's %d exercises (at least 30), got %d", len(ids), len(list))
	}
	for i, id := range ids {
		if list[i].ID != id || len(list[i].Cues) < 3 || list[i].Safety == "" || len(list[i].Sources) == 0 {
			t.Errorf("entry %d: %+v", i, list[i])
		}
	}
	// The three fall-risk tests carry their measure kind and norms.
	for _, want := range map[string]string{"four-stage-balance-test": "staged-holds", "chair-stand-30s": "timed-reps", "timed-up-and-go": "stopwatch"} {
		found := false
		for _, e := range list {
			found = found || (e.Measure == want && len(e.Norms) > 0)
		}
		if !found {
			t.Errorf("no exercise of measure %s with norms", want)
		}
	}
}

func TestRoutinesNeverIncludeFlaggedExercises(t *testing.T) {
	db := filepath.Join(t.TempDir(), "u.db")
	st, err := store.Open(db, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	st.Close()
	code, out, _ := inProcess(t, "routines", "--json", "--db", db)
	if code != 0 {
		t.Fatalf("exit %d", code)
	}
	var list []routineJSON
	if err := json.Unmarshal([]byte(out), &list); err != nil {
		t.Fatal(err)
	}
	if len(list) < 6 {
		t.Fatalf("want the built-in routines, got %d", len(list))
	}
	for _, r := range list {
		for _, ex := range r.Exercises {
			if ex.Status != "recommended" {
				t.Errorf("routine %s includes %s (%s)", r.ID, ex.ID, ex.Status)
			}
			if d := ex.Dose; d.Sets == 0 || (d.HoldSeconds == 0 && d.Reps == 0) {
				t.Errorf("routine %s: %s has no dose in the JSON: %+v", r.ID, ex.ID, d)
			}
		}
	}
}

func TestDemoFindsASavedRoutineWithoutWriting(t *testing.T) {
	db := filepath.Join(t.TempDir(), "u.db")
	file := filepath.Join(t.TempDir(), "mine.toml")
	if err := os.WriteFile(file, []byte("name = \"Saved one\"\n[[exercise]]\nid = \"plank\"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if code, _, errs := inProcess(t, "routine", "add", file, "--db", db); code != 0 {
		t.Fatal(errs)
	}
	before, _ := os.ReadFile(db)
	r, err := findSavedReadOnly(db, "saved-one")
	if err != nil || r.Name != "Saved one" {
		t.Fatalf("findSavedReadOnly: %+v, %v", r, err)
	}
	if after, _ := os.ReadFile(db); !bytes.Equal(before, after) {
		t.Error("looking a routine up for a demonstration wrote to the database")
	}
	if _, err := findSavedReadOnly(db, "nope"); err == nil {
		t.Error("an unknown routine was found")
	}
}
