package main_test

import (
	"encoding/json"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/ansi"

	"upright/session/record"
	"upright/store"
)

// Routines have an owner, through the binary: `routine add --profile`, the OWNER column, and
// `routines --profile` listing what that patient sees.

// ownersDB holds the profiles Pat and Sam, and a session of Pat's with a long routine name and
// three kinds of flag.
func ownersDB(t *testing.T) string {
	t.Helper()
	db := filepath.Join(t.TempDir(), "u.db")
	st, err := store.Open(db, store.Options{Timeout: time.Second})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	start := time.Date(2026, 11, 20, 9, 0, 0, 0, time.Local)
	for _, who := range []string{"Pat", "Sam"} {
		if _, _, err := st.EnsureProfile(who, start); err != nil {
			t.Fatal(err)
		}
	}
	rec := record.Record{Version: record.RecordVersion, ID: "4f2a9c0d1e2b3a4c", Profile: "Pat",
		Routine:   record.RoutineRef{ID: "x", Name: strings.Repeat("Long routine name ", 4)},
		StartedAt: start, EndedAt: start.Add(42 * time.Second), Status: record.StatusCompleted,
		Checkout: &record.Checkout{Pain: 5, Effort: 5},
		Flags:    []record.Flag{{Kind: "pain-rise"}, {Kind: "fall"}, {Kind: "dizziness"}},
		Exercises: []record.ExerciseResult{{ID: "plank", Name: "Plank (incline)", Sets: []record.SetResult{
			{Set: 1, TargetSeconds: 20, HeldSeconds: 20, CompletedAt: start.Add(30 * time.Second)}}}}}
	if err := st.FinishSession(rec); err != nil {
		t.Fatal(err)
	}
	return db
}

func routineFile(t *testing.T, name string) string {
	return writeFile(t, "r.toml", fmt.Sprintf("name = %q\n\n[[exercise]]\nid = \"plank\"\nsets = 2\nhold = \"15s\"\n", name))
}

// tableRows are the lines of a table after its header, by their first word.
func tableRows(out string) []string {
	var ids []string
	for _, line := range strings.Split(strings.TrimSpace(out), "\n")[1:] {
		ids = append(ids, strings.Fields(line)[0])
	}
	return ids
}

func TestRoutineOwnersThroughTheBinary(t *testing.T) {
	db := ownersDB(t)
	long := "Pat's strength and balance for the long winter evenings"
	for _, c := range []struct {
		name, profile, says string
	}{
		{"Clinic walk", "", `saved routine "Clinic walk" in the library as clinic-walk; start it with: upright --routine clinic-walk`},
		{long, "Pat", `for Pat as pat-s-strength-and-balance-for-the-long; start it with: upright --profile "Pat" --routine`},
		{"Sam legs", "Sam", `saved routine "Sam legs" for Sam as sam-legs;`},
	} {
		args := []string{"routine", "add", routineFile(t, c.name), "--db", db}
		if c.profile != "" {
			args = append(args, "--profile", c.profile)
		}
		if code, out, errs := cli(t, args...); code != 0 || !strings.Contains(out, c.says) {
			t.Fatalf("%v: exit %d, %q %q; want %q", args, code, out, errs, c.says)
		}
	}
	for _, c := range []struct {
		args []string
		code int
		says string
	}{
		{[]string{"routine", "add", routineFile(t, "Other"), "--profile", "Nobody"}, 1, `no profile called "Nobody"`},
		{[]string{"routine", "add", routineFile(t, "Sam legs")}, 1, `"Sam legs" is already saved for "Sam"; add it with --profile "Sam" to replace it`},
		{[]string{"routines", "--profile", "Nobody"}, 1, `no profile "Nobody"`},
	} {
		code, out, errs := cli(t, append(c.args, "--db", db)...)
		if code != c.code || out != "" || !strings.Contains(errs, c.says) || strings.Count(errs, "\n") != 1 {
			t.Errorf("%v: exit %d, %q %q; want %d and one line saying %q", c.args, code, out, errs, c.code, c.says)
		}
	}

	code, out, errs := cli(t, "routines", "--db", db)
	if code != 0 || !strings.HasPrefix(out, "ID ") || !strings.Contains(strings.Split(out, "\n")[0], " OWNER ") {
		t.Fatalf("routines: exit %d, %q\n%s", code, errs, out)
	}
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		if w := ansi.StringWidth(line); w > 80 {
			t.Errorf("line of %d cells off a terminal: %q", w, line)
		}
		f := strings.Fields(line)
		switch f[0] {
		case "pat-s-strength-and-balance-for-the-long":
			if !strings.Contains(line, " Pat ") {
				t.Errorf("Pat's routine without its owner: %q", line)
			}
		case "sam-legs", "clinic-walk", "core":
			if want := map[string]string{"sam-legs": " Sam ", "clinic-walk": " library ", "core": " built-in "}[f[0]]; !strings.Contains(line, want) {
				t.Errorf("%s without owner %q: %q", f[0], want, line)
			}
		}
	}

	_, out, _ = cli(t, "routines", "--profile", "Pat", "--db", db)
	rows := tableRows(out)
	if len(rows) < 3 || rows[0] != "pat-s-strength-and-balance-for-the-long" || rows[1] != "clinic-walk" ||
		rows[2] != "core" || strings.Contains(out, "sam-legs") {
		t.Errorf("routines --profile Pat: want Pat's own, the library, the built-ins, never Sam's:\n%s", out)
	}
	_, out, _ = cli(t, "routines", "--profile", "Sam", "--db", db)
	if rows := tableRows(out); rows[0] != "sam-legs" || strings.Contains(out, "pat-s-") {
		t.Errorf("routines --profile Sam:\n%s", out)
	}

	_, out, _ = cli(t, "routines", "--json", "--db", db)
	var all []struct{ ID, Owner, Source string }
	if err := json.Unmarshal([]byte(out), &all); err != nil {
		t.Fatal(err)
	}
	owners := map[string]string{}
	for _, r := range all {
		owners[r.ID] = r.Owner
	}
	if owners["sam-legs"] != "Sam" || owners["clinic-walk"] != "" || owners["core"] != "" || !strings.Contains(out, `"owner": "Sam"`) {
		t.Errorf("routines --json owners %v", owners)
	}
}

// History's headers are whole at 80 columns: the routine's name and the flags give way instead.
func TestHistoryHeadersAreNeverCut(t *testing.T) {
	code, out, errs := cli(t, "history", "--profile", "Pat", "--db", ownersDB(t))
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if code != 0 || len(lines) != 3 {
		t.Fatalf("history: exit %d, %q\n%s", code, errs, out)
	}
	if got := strings.Fields(lines[1]); strings.Join(got, " ") != "STARTED ID ROUTINE TIME STATUS SETS PAIN FLAGS" {
		t.Errorf("history's header is %q", lines[1])
	}
	for _, line := range lines {
		if w := ansi.StringWidth(line); w > 80 {
			t.Errorf("line of %d cells: %q", w, line)
		}
	}
	if !strings.Contains(lines[2], "4f2a9c0d1e2b3a4c") || !strings.Contains(lines[2], "0:42") || !strings.Contains(lines[2], "…") {
		t.Errorf("the session's line: %q", lines[2])
	}
}
