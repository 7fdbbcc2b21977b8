package main_test

import (
	"path/filepath"
	"strings"
	"testing"
	"time"

	"upright/session/profile"
	"upright/store"
)

// A routine file with several problems shows every one of them, a line each, in line order, so a
// therapist fixes a file in one pass rather than one error per run.
func TestRoutineCheckListsEveryProblemALineEach(t *testing.T) {
	bad := writeFile(t, "two.toml", `name = "Two problems"
[[exercise]]
id = "plonk"

[[exercise]]
id = "plank"
sets = 99
`)
	code, _, errs := cli(t, "routine", "check", bad)
	lines := strings.Split(strings.TrimSpace(errs), "\n")
	if code != 1 || len(lines) != 2 {
		t.Fatalf("exit %d, stderr %q; want exit 1 and two lines", code, errs)
	}
	if !strings.HasPrefix(lines[0], bad+":3: ") || !strings.HasPrefix(lines[1], bad+":7: ") {
		t.Errorf("lines %q; want %s:3: then %s:7:", lines, bad, bad)
	}
}

func TestRoutineCheckCountsOneExercise(t *testing.T) {
	one := writeFile(t, "one.toml", "name = \"One\"\n[[exercise]]\nid = \"plank\"\n")
	code, out, errs := cli(t, "routine", "check", one)
	if code != 0 || !strings.Contains(out, "1 exercise,") {
		t.Errorf("exit %d, stdout %q, stderr %q; want \"1 exercise,\"", code, out, errs)
	}
}

// The check-up report carries what the therapist recorded at intake.
func TestReportShowsTheIntake(t *testing.T) {
	db := filepath.Join(t.TempDir(), "u.db")
	st, err := store.Open(db, store.Options{Timeout: time.Second})
	if err != nil {
		t.Fatal(err)
	}
	p, _, err := st.EnsureProfile("ann", time.Date(2026, 11, 1, 9, 0, 0, 0, time.UTC))
	if err != nil {
		t.Fatal(err)
	}
	p.Intake = &profile.Intake{MedicalHistory: "Wrist fracture 2019", SpineFracture: true}
	if err := st.SaveProfile(p); err != nil {
		t.Fatal(err)
	}
	st.Close()
	code, out, errs := cli(t, "report", "--format", "md", "--out", "-", "--profile", "ann", "--db", db)
	if code != 0 || !strings.Contains(out, "## Intake and prescription") || !strings.Contains(out, "Wrist fracture 2019") ||
		strings.Contains(out, "No intake recorded") {
		t.Errorf("exit %d, stderr %q; the report lacks the intake:\n%s", code, errs, out)
	}
}

// `upright routines` never cuts an id: it is what --routine and routine export take next.
func TestRoutinesListsWholeIDs(t *testing.T) {
	db := newDB(t)
	long := "Morning balance and strength for the winter months"
	file := writeFile(t, "long.toml", "name = \""+long+"\"\n[[exercise]]\nid = \"plank\"\n")
	code, added, errs := cli(t, "routine", "add", file, "--db", db)
	_, after, _ := strings.Cut(added, " as ")
	id, _, _ := strings.Cut(after, ";")
	if code != 0 || len(id) <= 20 {
		t.Fatalf("routine add: exit %d, %q %q; want an id longer than 20", code, added, errs)
	}
	code, out, errs := cli(t, "routines", "--db", db)
	if code != 0 || !strings.Contains(out, id+" ") {
		t.Fatalf("exit %d, stderr %q: the id %q is not listed whole:\n%s", code, errs, id, out)
	}
	for _, line := range strings.Split(strings.TrimRight(out, "\n"), "\n") {
		if w := len([]rune(line)); w > 80 {
			t.Errorf("line of %d cells: %q", w, line)
		}
	}
}
