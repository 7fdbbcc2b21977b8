package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/lipgloss"
	bolt "go.etcd.io/bbolt"

	"upright/exercises"
	"upright/store"
)

// cli runs the command line in-process and returns exit code, stdout and stderr.
func cli(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(args, &out, &errb)
	return code, out.String(), errb.String()
}

func writeFile(t *testing.T, name, text string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, []byte(text), 0o600); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestExercisesJSONListsTheWholeCatalog(t *testing.T) {
	code, out, _ := cli(t, "exercises", "--json")
	if code != 0 {
		t.Fatalf("exit %d", code)
	}
	var list []exerciseJSON
	if err := json.Unmarshal([]byte(out), &list); err != nil {
		t.Fatal(err)
	}
	if len(list) != 19 {
		t.Fatalf("want 19 exercises, got %d", len(list))
	}
	for i, id := range exercises.IDs() {
		if list[i].ID != id || len(list[i].Cues) < 3 || list[i].Safety == "" {
			t.Errorf("entry %d: %+v", i, list[i])
		}
	}
}

func TestHumanOutputFitsEightyColumns(t *testing.T) {
	db := filepath.Join(t.TempDir(), "u.db")
	for _, args := range [][]string{{"exercises"}, {"routines", "--db", db}, {"--help"}} {
		code, out, errs := cli(t, args...)
		if code != 0 {
			t.Fatalf("%v: exit %d: %s", args, code, errs)
		}
		for _, line := range strings.Split(out, "\n") {
			if w := lipgloss.Width(line); w > 80 {
				t.Errorf("%v: line of %d columns: %q", args, w, line)
			}
		}
	}
}

func TestRoutinesNeverIncludeFlaggedExercises(t *testing.T) {
	code, out, _ := cli(t, "routines", "--json", "--db", filepath.Join(t.TempDir(), "u.db"))
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
		}
	}
}

const badRoutine = `name = "Bad"
rest = "30s"
[[exercise]]
id = "plank"

[[exercise]]
id = "plonk"
`

func TestRoutineCheckNamesFileAndLine(t *testing.T) {
	bad := writeFile(t, "bad.toml", badRoutine)
	code, _, errs := cli(t, "routine", "check", bad)
	if code != 1 || !strings.HasPrefix(errs, bad+":7: ") || strings.Count(strings.TrimSpace(errs), "\n") != 0 {
		t.Errorf("exit %d, stderr %q; want 1 and one line with %s:7:", code, errs, bad)
	}
	good := writeFile(t, "good.toml", strings.Replace(badRoutine, "plonk", "wall-sit", 1))
	if code, out, errs := cli(t, "routine", "check", good); code != 0 || !strings.Contains(out, "ok") {
		t.Errorf("good file: exit %d, %q %q", code, out, errs)
	}
}

func TestFlagsMayComeAfterTheArguments(t *testing.T) {
	good := writeFile(t, "mine.toml", strings.Replace(badRoutine, "plonk", "wall-sit", 1))
	for i, args := range [][]string{
		{"routine", "add", good, "--db", "DB"},
		{"--db", "DB", "routine", "add", good},
		{"routine", "add", "--db=DB", good},
	} {
		db := filepath.Join(t.TempDir(), "u.db")
		for j := range args {
			args[j] = strings.Replace(args[j], "DB", db, 1)
		}
		if code, _, errs := cli(t, args...); code != 0 {
			t.Fatalf("case %d %v: exit %d: %s", i, args, code, errs)
		}
		_, out, _ := cli(t, "routines", "--db", db)
		if !strings.Contains(out, "bad") || !strings.Contains(out, "saved") {
			t.Errorf("case %d: the saved routine is not listed:\n%s", i, out)
		}
	}
}

func TestUsageErrorsExitTwo(t *testing.T) {
	for _, args := range [][]string{{"--nope"}, {"frobnicate"}, {"export", "--format", "xml"}, {"exercises", "extra"},
		{"--db"}, {"history", "--since", "yesterday"}} {
		code, _, errs := cli(t, args...)
		if code != 2 || !strings.HasPrefix(errs, "upright: ") || strings.Count(strings.TrimSpace(errs), "\n") != 0 {
			t.Errorf("%v: exit %d, stderr %q; want 2 and one line", args, code, errs)
		}
	}
	if code, out, _ := cli(t, "--version"); code != 0 || !strings.HasPrefix(out, "upright ") {
		t.Errorf("--version: %d %q", code, out)
	}
}

// A Store holds the file only during each operation, so the lock is held here as another
// program (or an older upright, for its whole run) would hold it.
func TestSecondInstanceFailsFastWithOneLine(t *testing.T) {
	db := filepath.Join(t.TempDir(), "u.db")
	st, err := store.Open(db, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	st.Close()
	held, err := bolt.Open(db, 0o600, &bolt.Options{Timeout: time.Second})
	if err != nil {
		t.Fatal(err)
	}
	defer held.Close()
	start := time.Now()
	code, _, errs := cli(t, "history", "--db", db)
	if code != 1 || !strings.Contains(errs, "already open") {
		t.Errorf("exit %d, stderr %q", code, errs)
	}
	if took := time.Since(start); took > 2*time.Second {
		t.Errorf("took %v to give up on the lock", took)
	}
}

func TestExportAndCheckOnAnEmptyDatabase(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "u.db")
	out := filepath.Join(dir, "out.csv")
	if code, _, errs := cli(t, "export", "--format", "csv", "--out", out, "--db", db); code != 0 {
		t.Fatalf("export: %d %s", code, errs)
	}
	data, err := os.ReadFile(out)
	if err != nil || !strings.HasPrefix(string(data), "session_id") && !strings.Contains(string(data), "held_seconds") {
		t.Errorf("csv: %v %q", err, data)
	}
	if code, stdout, errs := cli(t, "check", "--db", db); code != 0 || !strings.Contains(stdout, "ok") {
		t.Errorf("check: %d %q %q", code, stdout, errs)
	}
}

func TestUnknownProfileIsNamedNotShownEmpty(t *testing.T) {
	db := filepath.Join(t.TempDir(), "u.db")
	st, err := store.Open(db, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if _, _, err := st.EnsureProfile("ann", time.Now()); err != nil {
		t.Fatal(err)
	}
	st.Close()
	if code, _, errs := cli(t, "history", "--profile", "anne", "--db", db); code != 1 || !strings.Contains(errs, `no profile "anne"`) {
		t.Errorf("unknown profile: exit %d, %q", code, errs)
	}
	if code, out, errs := cli(t, "history", "--json", "--profile", "ann", "--db", db); code != 0 || strings.TrimSpace(out) != "[]" {
		t.Errorf("known profile without sessions: exit %d, %q %q", code, out, errs)
	}
}

func TestDemoFindsASavedRoutineWithoutWriting(t *testing.T) {
	db := filepath.Join(t.TempDir(), "u.db")
	file := writeFile(t, "mine.toml", "name = \"Saved one\"\n[[exercise]]\nid = \"plank\"\n")
	if code, _, errs := cli(t, "routine", "add", file, "--db", db); code != 0 {
		t.Fatal(errs)
	}
	before, _ := os.ReadFile(db)
	r, err := findSavedReadOnly(flags{db: db, routine: "saved-one"})
	if err != nil || r.Name != "Saved one" {
		t.Fatalf("findSavedReadOnly: %+v, %v", r, err)
	}
	if after, _ := os.ReadFile(db); !bytes.Equal(before, after) {
		t.Error("looking a routine up for a demonstration wrote to the database")
	}
	if _, err := findSavedReadOnly(flags{db: db, routine: "nope"}); err == nil {
		t.Error("an unknown routine was found")
	}
}

// TestTablesAlignWideNames: a saved routine named in Japanese (two cells a character) keeps the
// routines table's columns in line, and a long one is cut to its column in cells.
func TestTablesAlignWideNames(t *testing.T) {
	db := filepath.Join(t.TempDir(), "u.db")
	for _, name := range []string{"朝の体操 ルーチン", "とても長い名前の体操ルーチンです本当に長い"} {
		file := writeFile(t, "r.toml", "name = \""+name+"\"\n\n[[exercise]]\nid = \"plank\"\nsets = 1\nhold = \"10s\"\n")
		if code, _, errs := cli(t, "routine", "add", file, "--db", db); code != 0 {
			t.Fatalf("routine add: %s", errs)
		}
	}
	_, out, _ := cli(t, "routines", "--db", db)
	column := -1
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		i := strings.Index(line, "built-in")
		if i < 0 {
			i = strings.Index(line, "saved")
		}
		if i < 0 {
			continue // the header
		}
		if at := lipgloss.Width(line[:i]); column < 0 {
			column = at
		} else if at != column {
			t.Errorf("the source column starts at cell %d here, %d above:\n%s", at, column, out)
		}
	}
	if column < 0 || !strings.Contains(out, "とても長い名前の体操ルー…") {
		t.Errorf("routines table:\n%s", out)
	}
}
