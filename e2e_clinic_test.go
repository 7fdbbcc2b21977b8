package main_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"upright/exercises"
)

// The clinic flow end to end: a therapist creates the patient's profile, builds a two-exercise
// routine in the builder and saves it, exports it with `upright routine export`, and the file runs
// in demo mode, which stores nothing.

// pressUntil sends key until the screen shows text, at most n times.
func (term *terminal) pressUntil(key, text string, n int) {
	term.t.Helper()
	for range n {
		if strings.Contains(term.screen(), text) {
			return
		}
		term.send(key)
		time.Sleep(150 * time.Millisecond)
	}
	term.waitFor(text, 2*time.Second)
}

// press sends key n times, one at a time: letters sent together arrive as one key ("jj").
func (term *terminal) press(key string, n int) {
	term.t.Helper()
	for range n {
		term.send(key)
		time.Sleep(40 * time.Millisecond)
	}
}

func runBin(t *testing.T, bin string, args ...string) []byte {
	t.Helper()
	out, err := exec.Command(bin, args...).CombinedOutput()
	if err != nil {
		t.Fatalf("upright %s: %v\n%s", strings.Join(args, " "), err, out)
	}
	return out
}

func TestEndToEndClinicBuildExportDemo(t *testing.T) {
	bin := buildBinary(t)
	dir := t.TempDir()
	db := filepath.Join(dir, "u.db")
	term := startTerminal(t, 80, 24, bin+" --quiet --db "+db)
	// Whatever first-run screens come first, enter takes their safe defaults to home.
	term.pressUntil("Enter", "Build a routine", 12)

	// The patient's profile, created from the profiles screen: the list comes back on it, and
	// using it (enter) runs its own first run.
	term.pressUntil("j", "› Profiles", 12)
	term.send("Enter")
	term.waitFor("New profile…", 2*time.Second)
	term.send("a")
	term.waitFor("Name (up to 40 characters)", 2*time.Second)
	term.send("-l", "clinic-test")
	term.send("Enter")
	term.waitFor("Created clinic-test: i opens the intake", 2*time.Second)
	term.waitFor("› clinic-test", 2*time.Second)
	term.send("Enter")
	term.waitFor("Welcome to upright", 2*time.Second)
	term.pressUntil("Enter", "Build a routine", 12)
	term.waitFor("upright · clinic-test", 2*time.Second)

	term.pressUntil("j", "› Build a routine", 12)
	term.send("Enter")
	term.waitFor("Build a routine", 2*time.Second)
	term.waitFor("No exercises yet", 2*time.Second)

	term.send("Enter") // the name
	term.waitFor("Name of the routine", 2*time.Second)
	term.send("C-u")
	term.send("-l", "Clinic test")
	term.send("Enter")
	term.waitFor("Name         Clinic test", 2*time.Second)
	term.press("j", 2) // get ready 5s to 1s
	term.press("h", 4)
	term.waitFor("Get ready    1s", 2*time.Second)
	term.press("j", 1) // rest 45s to 0s
	term.press("h", 17)
	term.waitFor("Rest         0s", 2*time.Second)

	term.send("a")
	term.waitFor("Add an exercise", 2*time.Second)
	term.send("Enter") // plank, first in the catalog
	term.waitFor("1. Plank (incline)", 2*time.Second)
	term.send("Enter") // its dose: 1 set of 2 s
	term.waitFor("no sides key", 2*time.Second)
	term.press("h", 2)
	term.press("j", 1)
	term.press("h", 8)
	term.send("Enter")
	term.waitFor("1. Plank (incline) — 1 set × 2 s hold", 2*time.Second)

	term.send("a")
	term.pressUntil("j", "› Wall sit", 12)
	term.send("Enter")
	term.waitFor("2. Wall sit", 2*time.Second)
	term.send("Enter") // its dose, once the editor shows, as for the plank
	term.waitFor("no sides key", 2*time.Second)
	term.press("h", 2)
	term.press("j", 1)
	term.press("h", 8) // 15s: one 5 s step to 10s, then seconds
	term.send("Enter")
	term.waitFor("2. Wall sit (shallow) — 1 set × 3 s hold", 2*time.Second)
	term.waitFor("✓ valid", 2*time.Second)

	term.send("w") // whose: the library, or for the active patient
	term.waitFor("For clinic-test only", 2*time.Second)
	term.send("j", "Enter")
	term.waitFor(`Saved as "clinic-test" for clinic-test`, 5*time.Second)
	term.send("Escape")
	term.waitFor("Start a routine", 2*time.Second)
	term.send("q")
	term.waitFor("EXITED=0", 5*time.Second)

	// Export, re-import into another database, export again: the same file, the same routine.
	file := filepath.Join(dir, "clinic-test.toml")
	runBin(t, bin, "routine", "export", "clinic-test", "--out", file, "--db", db)
	src, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	db2 := filepath.Join(dir, "patient.db")
	runBin(t, bin, "routine", "add", file, "--db", db2)
	again := filepath.Join(dir, "again.toml")
	runBin(t, bin, "routine", "export", "clinic-test", "--out", again, "--db", db2)
	src2, err := os.ReadFile(again)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(src, src2) {
		t.Errorf("the re-imported routine exports differently:\n%s\n---\n%s", src, src2)
	}
	r1, err1 := exercises.ParseRoutine("a", src)
	r2, err2 := exercises.ParseRoutine("a", src2)
	if err1 != nil || err2 != nil || !reflect.DeepEqual(r1, r2) {
		t.Errorf("parse: %v, %v; equal %v", err1, err2, reflect.DeepEqual(r1, r2))
	}
	if r1.Name != "Clinic test" || r1.GetReady != time.Second || r1.Rest != 0 || len(r1.Items) != 2 ||
		r1.Items[0].Exercise.ID != "plank" || r1.Items[0].Dose != (exercises.Dose{Sets: 1, Hold: 2 * time.Second}) ||
		r1.Items[1].Exercise.ID != "wall-sit" || r1.Items[1].Dose != (exercises.Dose{Sets: 1, Hold: 3 * time.Second}) {
		t.Errorf("the exported routine is not the one built:\n%s", src)
	}

	// The patient's run, in demo mode: it goes through and nothing is stored.
	demo := startTerminal(t, 80, 24, bin+" --quiet --demo --profile clinic-test --db "+db+" --routine "+file)
	demo.waitFor("DEMO", 10*time.Second)
	demo.pressUntil("Enter", "Plank (incline)", 8)
	demo.send("Enter")
	demo.waitFor("Wall sit", 15*time.Second)
	demo.waitFor("Press enter or space", 15*time.Second)
	demo.send("Space")
	demo.waitFor("Check-out", 15*time.Second)
	demo.send("5", "Enter", "1", "Enter", "Enter", "Enter")
	demo.waitFor("DEMO", 5*time.Second)
	demo.send("q")
	demo.waitFor("EXITED=0", 5*time.Second)

	out := runBin(t, bin, "history", "--json", "--profile", "clinic-test", "--db", db)
	var recs []json.RawMessage
	if err := json.Unmarshal(out, &recs); err != nil || len(recs) != 0 {
		t.Errorf("after a demo run, history is %s (err %v), want []", out, err)
	}
}

// TestGuidedSessionNeedsATerminal: with standard output redirected to a file, the guided session
// refuses in one line and exit 1, and writes no escape sequences into the file.
func TestGuidedSessionNeedsATerminal(t *testing.T) {
	bin := buildBinary(t)
	out := filepath.Join(t.TempDir(), "out")
	f, err := os.Create(out)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var stderr strings.Builder
	cmd := exec.Command(bin, "--db", filepath.Join(t.TempDir(), "u.db"), "--profile", "Ann")
	cmd.Stdout, cmd.Stderr = f, &stderr
	err = cmd.Run()
	var exit *exec.ExitError
	if !errors.As(err, &exit) || exit.ExitCode() != exitError {
		t.Fatalf("run with stdout to a file: %v, want exit %d", err, exitError)
	}
	msg := strings.TrimSpace(stderr.String())
	if strings.Count(msg, "\n") != 0 || !strings.Contains(msg, "needs a terminal") {
		t.Errorf("stderr %q, want one line saying it needs a terminal", msg)
	}
	if b, _ := os.ReadFile(out); len(b) != 0 {
		t.Errorf("wrote %q to the redirected output", b)
	}
}
