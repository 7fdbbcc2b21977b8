package main_test

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Mistyped database paths (issue 16, class 8) beyond a missing file: a folder named instead of
// the file, a path through a file, a link to a place that is not there (a synced folder not
// mounted), and the default database before the app first ran. A read-only command says what is
// wrong in one line, exits 1, and creates nothing: no folder, no database, no --out file.

// readOnlyCommands are the commands that only read the database; {out} is replaced by an --out
// path that must not be created.
var readOnlyCommands = [][]string{{"check"}, {"history"}, {"history", "--json"},
	{"export", "--format", "csv", "--out", "{out}"}, {"export", "--format", "json", "--out", "-"},
	{"report", "--format", "md", "--out", "{out}"}, {"report", "--out", "{out}"}}

// tree lists every path under dir, links not followed.
func tree(t *testing.T, dir string) []string {
	t.Helper()
	var all []string
	err := filepath.WalkDir(dir, func(p string, _ fs.DirEntry, err error) error {
		all = append(all, p)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return all
}

// mistyped runs every read-only command on db with env and checks that each exits 1 with one
// line containing want and nothing on standard output, and that dir holds what it held before.
func mistyped(t *testing.T, dir, db string, env []string, want string) {
	t.Helper()
	before := strings.Join(tree(t, dir), "\n")
	for i, cmd := range readOnlyCommands {
		var args []string
		for _, a := range cmd {
			args = append(args, strings.Replace(a, "{out}", filepath.Join(dir, "out-"+string(rune('a'+i))+".txt"), 1))
		}
		if db != "" {
			args = append(args, "--db", db)
		}
		code, out, errs := cliEnv(t, env, args...)
		if code != exitError || out != "" || !strings.Contains(errs, want) {
			t.Errorf("%q: exit %d, stdout %.100q, stderr %q; want exit 1 saying %q", args, code, out, errs, want)
		}
		oneLineError(t, args, errs)
	}
	if after := strings.Join(tree(t, dir), "\n"); after != before {
		t.Errorf("read-only commands on %s changed what is there:\nbefore\n%s\nafter\n%s", db, before, after)
	}
}

func TestReadOnlyCommandsOnAMistypedPath(t *testing.T) {
	dir := t.TempDir()
	folder, file, link := filepath.Join(dir, "upright"), filepath.Join(dir, "notes.txt"), filepath.Join(dir, "synced.db")
	if err := os.Mkdir(folder, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(file, []byte("my notes"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(filepath.Join(dir, "unmounted", "upright.db"), link); err != nil {
		t.Fatal(err)
	}
	t.Run("a folder", func(t *testing.T) { mistyped(t, dir, folder, nil, "it is a folder") })
	t.Run("a path through a file", func(t *testing.T) {
		mistyped(t, dir, filepath.Join(file, "u.db"), nil, "no database at "+filepath.Join(file, "u.db"))
	})
	t.Run("a link to nowhere", func(t *testing.T) { mistyped(t, dir, link, nil, "no database at "+link) })
	data := filepath.Join(dir, "data")
	t.Run("the default, before the first run", func(t *testing.T) {
		mistyped(t, dir, "", []string{"XDG_DATA_HOME=" + data}, "no database yet at "+filepath.Join(data, "upright", "upright.db"))
	})
	if _, err := os.Stat(data); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("the default data folder was created: %v", err)
	}
	if b, err := os.ReadFile(file); err != nil || string(b) != "my notes" {
		t.Errorf("the file on the path now holds %q (%v)", b, err)
	}
}
