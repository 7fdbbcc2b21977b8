package main_test

import (
	"bytes"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"
)

// The command-line contract (doc.go) seen from a script: usage errors, --out, routine files
// that are not files, read-only commands on a missing database.

// repeated finds a part of an error said twice, as in "write X: write X: …": the parts are what
// lies between ": ".
func repeated(msg string) (string, bool) {
	seen := map[string]bool{}
	for _, part := range strings.Split(strings.TrimSpace(msg), ": ") {
		if seen[part] && len(part) > 5 {
			return part, true
		}
		seen[part] = true
	}
	return "", false
}

// oneLineError fails unless msg is one line with no part of it repeated.
func oneLineError(t *testing.T, args []string, msg string) {
	t.Helper()
	if strings.Count(msg, "\n") != 1 || !strings.HasSuffix(msg, "\n") {
		t.Errorf("%q: stderr is not one line: %q", args, msg)
	}
	if part, ok := repeated(msg); ok {
		t.Errorf("%q: the error says %q twice: %q", args, part, msg)
	}
}

func TestUnknownFlagIsAUsageErrorNamingIt(t *testing.T) {
	db := newDB(t)
	routine := writeFile(t, "r.toml", "name = \"R\"\n\n[[exercise]]\nid = \"plank\"\n")
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"check", "--json", "--db", db}, "upright check: unknown flag --json (see upright check --help)\n"},
		{[]string{"history", "--format", "csv", "--db", db}, "upright history: unknown flag --format (see upright history --help)\n"},
		{[]string{"--db", db, "history", "--out", "x"}, "upright history: unknown flag --out (see upright history --help)\n"},
		{[]string{"exercises", "--db", db}, "upright exercises: unknown flag --db (see upright exercises --help)\n"},
		{[]string{"routine", "check", routine, "--db", db}, "upright routine check: unknown flag --db (see upright routine check --help)\n"},
		{[]string{"routines", "--routine", "core", "--db", db}, "upright routines: unknown flag --routine (see upright routines --help)\n"},
		{[]string{"--json", "--db", db}, "upright: unknown flag --json (see upright --help)\n"},
		{[]string{"check", "--bogus", "--db", db}, "upright check: unknown flag --bogus (see upright check --help)\n"},
	} {
		code, out, errs := cli(t, c.args...)
		if code != exitUsage || errs != c.want || out != "" {
			t.Errorf("%q: exit %d, stdout %q, stderr %q; want exit 2 and %q", c.args, code, out, errs, c.want)
		}
	}
}

func TestSinceNotBeforeUntilIsAUsageError(t *testing.T) {
	db := seedSessions(t)
	for _, cmd := range [][]string{{"history"}, {"history", "--json"}, {"export", "--format", "csv"}, {"report", "--format", "md"}} {
		for _, period := range [][]string{{"--since", "2026-11-05", "--until", "2026-11-04"}, {"--until", "2026-11-04", "--since", "2026-11-04"}} {
			args := append(append(append([]string{}, cmd...), period...), "--db", db)
			code, out, errs := cli(t, args...)
			if code != exitUsage || out != "" || !strings.Contains(errs, "--since 2026-11-0") || !strings.Contains(errs, "is not before --until") {
				t.Errorf("%q: exit %d, stdout %q, stderr %q; want exit 2 naming --since and --until", args, code, out, errs)
			}
			oneLineError(t, args, errs)
		}
	}
	if got := ids(t, "history", "--json", "--since", "2026-11-04", "--until", "2026-11-05", "--db", db); strings.Join(got, " ") != "d04" {
		t.Errorf("a one-day period: %v, want d04", got)
	}
}

func TestHelpExitsZero(t *testing.T) {
	for _, args := range [][]string{{"--help"}, {"-h"}, {"help"}, {"help", "history"}, {"routine", "--help"}} {
		if code, out, errs := cli(t, args...); code != 0 || errs != "" || !strings.Contains(out, "upright") {
			t.Errorf("%q: exit %d, stderr %q, stdout %q", args, code, errs, out)
		}
	}
	for _, name := range commandNames {
		args := append(strings.Fields(name), "--help")
		code, out, errs := cli(t, args...)
		if code != 0 || errs != "" || !strings.HasPrefix(out, "Usage: upright "+name) || !strings.Contains(out, "--help") {
			t.Errorf("%q: exit %d, stderr %q, stdout %q", args, code, errs, out)
		}
	}
	_, out, _ := cli(t, "check", "--help")
	if strings.Contains(out, "--json") || !strings.Contains(out, "--db PATH") {
		t.Errorf("check's help lists other flags than its own:\n%s", out)
	}
}

// special makes the things --out must not replace, each beside a regular file it could be
// confused with: a named pipe, a device node like /dev/null, a symbolic link to a file and a
// folder. It returns their paths by kind.
func special(t *testing.T) map[string]string {
	t.Helper()
	dir := t.TempDir()
	p := map[string]string{"named pipe": filepath.Join(dir, "fifo"), "device": filepath.Join(dir, "null"),
		"symbolic link": filepath.Join(dir, "link"), "folder": filepath.Join(dir, "folder")}
	if err := syscall.Mkfifo(p["named pipe"], 0o600); err != nil {
		t.Fatal(err)
	}
	// The same device as /dev/null (1, 3), made here: a broken --out must not replace the real one.
	if err := syscall.Mknod(p["device"], syscall.S_IFCHR|0o666, 1<<8|3); err != nil {
		t.Fatalf("mknod (the tests run as root in CI): %v", err)
	}
	target := filepath.Join(dir, "target.txt")
	if err := os.WriteFile(target, []byte("kept"), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(target, p["symbolic link"]); err != nil {
		t.Fatal(err)
	}
	if err := os.Mkdir(p["folder"], 0o700); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestOutRefusesWhatIsNotAFile(t *testing.T) {
	db := seedSessions(t)
	for kind, path := range special(t) {
		before, err := os.Lstat(path)
		if err != nil {
			t.Fatal(err)
		}
		for _, cmd := range [][]string{{"export", "--format", "csv"}, {"report", "--format", "md"}, {"routine", "export", "core"}} {
			args := append(append([]string{}, cmd...), "--out", path, "--db", db)
			code, out, errs := cli(t, args...)
			if code != exitError || out != "" || !strings.Contains(errs, "write "+path+": it is a "+kind) {
				t.Errorf("%q: exit %d, stdout %q, stderr %q; want exit 1 saying it is a %s", args, code, out, errs, kind)
			}
			oneLineError(t, args, errs)
			after, err := os.Lstat(path)
			if err != nil || after.Mode() != before.Mode() || !os.SameFile(before, after) {
				t.Errorf("%q: the %s was replaced: %v, %v", args, kind, after.Mode(), err)
			}
		}
		entries, _ := os.ReadDir(filepath.Dir(path))
		for _, e := range entries {
			if strings.Contains(e.Name(), ".tmp-") {
				t.Errorf("a temporary file was left: %s", e.Name())
			}
		}
	}
	link := special(t)["symbolic link"]
	if b, err := os.ReadFile(link); err != nil || string(b) != "kept" {
		t.Errorf("the link's target now holds %q (%v)", b, err)
	}
}

func TestOutNeverReplacesTheDatabase(t *testing.T) {
	db := seedSessions(t)
	before, err := os.ReadFile(db)
	if err != nil {
		t.Fatal(err)
	}
	link := filepath.Join(t.TempDir(), "link.db")
	if err := os.Symlink(db, link); err != nil {
		t.Fatal(err)
	}
	for _, cmd := range [][]string{{"export", "--format", "csv"}, {"report", "--format", "md"}, {"routine", "export", "core"}} {
		args := append(append([]string{}, cmd...), "--out", db, "--db", link)
		code, out, errs := cli(t, args...)
		if code != exitError || out != "" || !strings.Contains(errs, "is the database itself") {
			t.Errorf("%q: exit %d, stdout %q, stderr %q; want exit 1 refusing to write over the database", args, code, out, errs)
		}
		oneLineError(t, args, errs)
	}
	if after, _ := os.ReadFile(db); !bytes.Equal(before, after) {
		t.Error("the database was replaced")
	}
}

func TestOutWritesANewFileAStandardOutputAndOverARegularFile(t *testing.T) {
	db := seedSessions(t)
	path := filepath.Join(t.TempDir(), "old.csv")
	if err := os.WriteFile(path, []byte("old"), 0o644); err != nil {
		t.Fatal(err)
	}
	if code, _, errs := cli(t, "export", "--format", "csv", "--out", path, "--db", db); code != 0 {
		t.Fatalf("export over a regular file: exit %d: %s", code, errs)
	}
	if b, _ := os.ReadFile(path); !strings.HasPrefix(string(b), "session_id") {
		t.Errorf("the regular file was not replaced: %q", b)
	}
	code, out, _ := cli(t, "routine", "export", "core", "--out", "-")
	if code != 0 || !strings.Contains(out, "[[exercise]]") || strings.Contains(out, "wrote") {
		t.Errorf("routine export --out -: exit %d, stdout %q", code, out)
	}
	missing := filepath.Join(t.TempDir(), "no", "such", "r.csv")
	args := []string{"export", "--format", "csv", "--out", missing, "--db", db}
	code, _, errs := cli(t, args...)
	if code != exitError || strings.Count(errs, "write "+missing) != 1 || !strings.Contains(errs, "no folder") {
		t.Errorf("--out in a missing folder: exit %d, stderr %q", code, errs)
	}
	oneLineError(t, args, errs)
}

func TestRoutineFilesThatAreNotFilesAreRefusedAtOnce(t *testing.T) {
	p := special(t)
	db := filepath.Join(t.TempDir(), "u.db")
	for _, kind := range []string{"named pipe", "device", "folder"} {
		for _, args := range [][]string{{"routine", "check", p[kind]}, {"routine", "add", p[kind], "--db", db},
			{"--demo", "--routine", p[kind]}} {
			code, out, errs := cliEnv(t, nil, args...)
			if code != exitError || out != "" || !strings.Contains(errs, p[kind]+": it is a "+kind+", not a routine file") {
				t.Errorf("%q: exit %d, stdout %q, stderr %q; want exit 1 saying it is a %s", args, code, out, errs, kind)
			}
			oneLineError(t, args, errs)
		}
	}
	if _, err := os.Stat(db); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("routine add of a file it refused made a database: %v", err)
	}
}

func TestReadOnlyCommandsOnAMissingDatabaseCreateNothing(t *testing.T) {
	dir := t.TempDir()
	for _, db := range []string{filepath.Join(dir, "typo", "sub", "u.db"), filepath.Join(dir, "u.db")} {
		for _, cmd := range [][]string{{"check"}, {"history"}, {"history", "--json"}, {"export", "--format", "csv"},
			{"report", "--format", "md"}, {"routines"}, {"routine", "export", "saved-one", "--out", "-"}} {
			args := append(append([]string{}, cmd...), "--db", db)
			code, out, errs := cli(t, args...)
			if code != exitError || out != "" || !strings.Contains(errs, "no database at "+db) {
				t.Errorf("%q: exit %d, stdout %q, stderr %q; want exit 1 saying there is no database", args, code, out, errs)
			}
			oneLineError(t, args, errs)
		}
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 0 {
		t.Errorf("read-only commands created %v", entries)
	}
	// Without --db: the default database, in a data folder that does not exist yet.
	data := filepath.Join(dir, "data")
	code, out, errs := cliEnv(t, []string{"XDG_DATA_HOME=" + data}, "history", "--json")
	if code != exitError || out != "" || !strings.Contains(errs, "no database yet at "+filepath.Join(data, "upright", "upright.db")) {
		t.Errorf("history on no default database: exit %d, stdout %q, stderr %q", code, out, errs)
	}
	if _, err := os.Stat(data); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("history created the data folder: %v", err)
	}
}

func TestCheckChangesNoByteOrMode(t *testing.T) {
	db := seedSessions(t)
	if err := os.Chmod(db, 0o644); err != nil {
		t.Fatal(err)
	}
	before, err := os.ReadFile(db)
	if err != nil {
		t.Fatal(err)
	}
	fi, _ := os.Stat(db)
	if code, out, errs := cli(t, "check", "--db", db); code != 0 || !strings.Contains(out, "ok") {
		t.Fatalf("check: exit %d, %q %q", code, out, errs)
	}
	after, _ := os.ReadFile(db)
	fa, _ := os.Stat(db)
	if !bytes.Equal(before, after) {
		t.Error("check changed the database's bytes")
	}
	if fa.Mode() != fi.Mode() || !fa.ModTime().Equal(fi.ModTime()) {
		t.Errorf("check changed the file: mode %v → %v, modified %v → %v", fi.Mode(), fa.Mode(), fi.ModTime(), fa.ModTime())
	}
}

func TestHistoryJSONPrintsNothingWhenItFails(t *testing.T) {
	db := seedSessions(t)
	// Another process is writing and holds the lock past history's wait: history cannot read the
	// database, and must not print "[]".
	st, err := bolt.Open(db, 0o600, &bolt.Options{Timeout: time.Second})
	if err != nil {
		t.Fatal(err)
	}
	code, out, errs := cli(t, "history", "--json", "--db", db)
	if code != exitError || out != "" || !strings.Contains(errs, "already open") {
		t.Errorf("history --json on a held database: exit %d, stdout %q, stderr %q; want exit 1 and nothing on stdout", code, out, errs)
	}
	st.Close()
	code, out, _ = cli(t, "history", "--json", "--profile", "nobody", "--db", db)
	if code != exitError || out != "" {
		t.Errorf("history --json for an unknown profile: exit %d, stdout %q; want exit 1 and nothing on stdout", code, out)
	}
}
