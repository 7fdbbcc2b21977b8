package main_test

import (
	"bytes"
	"context"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/lipgloss"
	bolt "go.etcd.io/bbolt"

	"upright/store"
)

// The command line seen from outside: these tests run the built binary, as a script would.

// The exit codes of the command-line contract.
const (
	exitError       = 1
	exitUsage       = 2
	exitInterrupted = 130
)

// commandNames are the commands of upright, as typed.
var commandNames = []string{"exercises", "routines", "routine check", "routine add", "routine export", "history",
	"export", "report", "check"}

// cli runs the built binary with args and returns its exit code, standard output and standard
// error.
func cli(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	return cliEnv(t, nil, args...)
}

// cliEnv runs the binary with extra environment, giving up after a bound so that a command that
// hangs fails the test instead of stalling it.
func cliEnv(t *testing.T, env []string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, buildBinary(t), args...)
	cmd.Env = append(os.Environ(), env...)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	err := cmd.Run()
	if ctx.Err() != nil {
		t.Fatalf("upright %v still ran after 10 s", args)
	}
	var exit *exec.ExitError
	if errors.As(err, &exit) {
		return exit.ExitCode(), out.String(), errb.String()
	} else if err != nil {
		t.Fatalf("run upright %v: %v", args, err)
	}
	return 0, out.String(), errb.String()
}

func writeFile(t *testing.T, name, text string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, []byte(text), 0o600); err != nil {
		t.Fatal(err)
	}
	return p
}

// newDB makes an empty database, as the app's first run leaves it.
func newDB(t *testing.T) string {
	t.Helper()
	db := filepath.Join(t.TempDir(), "u.db")
	st, err := store.Open(db, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if err := st.Close(); err != nil {
		t.Fatal(err)
	}
	return db
}

func TestHumanOutputFitsEightyColumns(t *testing.T) {
	args := [][]string{{"exercises"}, {"routines", "--db", newDB(t)}, {"--help"}}
	for _, c := range commandNames {
		args = append(args, append(strings.Fields(c), "--help"))
	}
	for _, args := range args {
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
		if !strings.Contains(out, "bad") || !strings.Contains(out, "library") {
			t.Errorf("case %d: the saved routine is not listed:\n%s", i, out)
		}
	}
}

func TestUsageErrorsExitTwo(t *testing.T) {
	for _, args := range [][]string{{"--nope"}, {"frobnicate"}, {"export", "--format", "xml"}, {"exercises", "extra"},
		{"--db"}, {"history", "--since", "yesterday"}} {
		code, _, errs := cli(t, args...)
		if code != 2 || !strings.HasPrefix(errs, "upright") || !strings.HasSuffix(errs, " --help)\n") ||
			strings.Count(strings.TrimSpace(errs), "\n") != 0 {
			t.Errorf("%v: exit %d, stderr %q; want 2 and one line pointing to --help", args, code, errs)
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
	// It waits about a second for the lock (store.Options.Timeout); the bound here only catches
	// a command that hangs, loose enough for a loaded machine.
	if took := time.Since(start); took > 10*time.Second {
		t.Errorf("took %v to give up on the lock", took)
	}
}

func TestExportAndCheckOnAnEmptyDatabase(t *testing.T) {
	db := newDB(t)
	out := filepath.Join(t.TempDir(), "out.csv")
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
			i = strings.Index(line, "library")
		}
		if i < 0 {
			continue // the header
		}
		if at := lipgloss.Width(line[:i]); column < 0 {
			column = at
		} else if at != column {
			t.Errorf("the owner column starts at cell %d here, %d above:\n%s", at, column, out)
		}
	}
	if column < 0 || !strings.Contains(out, "とても長い名前の体操ルー…") {
		t.Errorf("routines table:\n%s", out)
	}
}
