package main_test

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"upright/session/profile"
	"upright/store"
)

// patientDB is a database with the patient pat: a fall in the last year, a 4 s stance, the
// plank at 1 × 15 s and the Bosu squat prescribed, her first run done.
func patientDB(t *testing.T, dir string) string {
	t.Helper()
	db := filepath.Join(dir, "pat.db")
	st, err := store.Open(db, store.Options{Timeout: time.Second})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	p, _, err := st.EnsureProfile("pat", time.Now())
	if err != nil {
		t.Fatal(err)
	}
	p.FirstRunDone = true
	p.Readiness = &profile.Readiness{AnsweredAt: time.Now()}
	p.DoseOverrides = map[string]profile.DoseOverride{"plank": {Sets: 1, HoldSeconds: 15}}
	p.Intake = &profile.Intake{FallsLastYear: 1, StanceLeft: 4, StanceRight: 4, Allowed: []string{"bosu-squat"}}
	if err := st.SaveProfile(p); err != nil {
		t.Fatal(err)
	}
	if err := st.SetLastProfile("pat"); err != nil {
		t.Fatal(err)
	}
	return db
}

// A routine file as the patient: the therapist's dose replaces the file's, and a routine holding
// an exercise locked by the fall does not start, naming why.
func TestEndToEndPrescriptionFollowsThePatient(t *testing.T) {
	bin := buildBinary(t)
	dir := t.TempDir()
	db := patientDB(t, dir)
	core := filepath.Join(dir, "core.toml")
	locked := filepath.Join(dir, "locked.toml")
	if err := os.WriteFile(core, []byte("name = \"Clinic core\"\n\n[[exercise]]\nid = \"plank\"\nsets = 3\nhold = \"30s\"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(locked, []byte("name = \"Clinic balance\"\n\n[[exercise]]\nid = \"bosu-squat\"\nreps = 8\nacknowledge_caution = true\n"), 0o644); err != nil {
		t.Fatal(err)
	}

	term := startTerminal(t, 80, 24, bin+" --quiet --db "+db+" --profile pat --routine "+locked)
	term.waitFor("not for you: a fall in the last year", 3*time.Second)
	term.send("Enter")
	term.waitFor("upright · pat", 3*time.Second)
	term.send("q") // home's q quits, letting go of the database for the next run
	term.waitFor("EXITED=0", 5*time.Second)

	term = startTerminal(t, 80, 24, bin+" --quiet --db "+db+" --profile pat --routine "+core)
	term.pressUntil("Enter", "dose from your therapist", 6)
	term.waitFor("1 set × 15 s hold", 2*time.Second)
}
