package main_test

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// Storage faults seen from the binary (issue 7, case 3). The store's own tests cover locks, bad
// files and a disk filling under the store; these check what a person sees.

// asUser runs the binary as an unprivileged user when the tests run as root (root ignores file
// modes, so a read-only folder stops only other users), else as the current user.
func asUser(t *testing.T, bin string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	cmd := exec.Command(bin, args...)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	cmd.Env = append(os.Environ(), "HOME=/nonexistent", "XDG_DATA_HOME=/nonexistent")
	if os.Geteuid() == 0 {
		cmd.SysProcAttr = &syscall.SysProcAttr{Credential: &syscall.Credential{Uid: 65534, Gid: 65534}}
	}
	err := cmd.Run()
	if ee, ok := err.(*exec.ExitError); ok {
		return ee.ExitCode(), out.String(), errb.String()
	} else if err != nil {
		t.Fatalf("run %v: %v", args, err)
	}
	return 0, out.String(), errb.String()
}

// shared makes a folder the unprivileged user can enter, with a copy of the binary in it.
func shared(t *testing.T, bin string) (dir, sbin string) {
	t.Helper()
	dir, err := os.MkdirTemp("", "upright-ro-*")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = os.RemoveAll(dir) })
	if err := os.Chmod(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	sbin = filepath.Join(dir, "upright")
	data, err := os.ReadFile(bin)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(sbin, data, 0o755); err != nil {
		t.Fatal(err)
	}
	return dir, sbin
}

func chownAll(t *testing.T, paths ...string) {
	t.Helper()
	if os.Geteuid() != 0 {
		return
	}
	for _, p := range paths {
		if err := os.Chown(p, 65534, 65534); err != nil {
			t.Fatal(err)
		}
	}
}

func TestReadOnlyDataFolder(t *testing.T) {
	dir, bin := shared(t, buildBinary(t))
	data := filepath.Join(dir, "data")
	if err := os.Mkdir(data, 0o700); err != nil {
		t.Fatal(err)
	}
	db := filepath.Join(data, "u.db")
	routine := filepath.Join(dir, "r.toml")
	if err := os.WriteFile(routine, []byte("name = \"Kept\"\n\n[[exercise]]\nid = \"plank\"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	chownAll(t, data)
	if code, _, errs := asUser(t, bin, "routine", "add", routine, "--db", db); code != 0 {
		t.Fatalf("setup: routine add: exit %d: %s", code, errs)
	}
	// Now the folder and the file are read-only for their owner.
	if err := os.Chmod(db, 0o400); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(data, 0o500); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = os.Chmod(data, 0o700) })
	cases := []struct {
		args     []string
		wantCode int
		want     string // in stderr when the exit is not 0, in stdout when it is
	}{
		{[]string{"--db", filepath.Join(data, "new.db")}, 1, "cannot be written"},
		{[]string{"--db", db}, 1, "cannot be written"},
		{[]string{"routine", "add", routine, "--db", db}, 1, "cannot be written"},
		{[]string{"routines", "--db", db}, 0, "Kept"},
		{[]string{"check", "--db", db}, 0, ""},
	}
	for _, c := range cases {
		code, out, errs := asUser(t, bin, c.args...)
		got := out
		if code != 0 {
			got = errs
			if strings.Count(errs, "\n") != 1 {
				t.Errorf("%v: stderr is not one line: %q", c.args, errs)
			}
		}
		if code != c.wantCode || !strings.Contains(got, c.want) {
			t.Errorf("%v: exit %d, stdout %q, stderr %q; want exit %d with %q", c.args, code, out, errs, c.wantCode, c.want)
		}
	}
}

// TestDiskFullFromTheBinary caps upright's file size (ulimit -f, RLIMIT_FSIZE) at the database's
// size and saves routines until the file must grow: one line that says what to do, exit 1, and
// every routine saved before is intact.
func TestDiskFullFromTheBinary(t *testing.T) {
	bin := buildBinary(t)
	dir := t.TempDir()
	db := filepath.Join(dir, "u.db")
	add := func(i int, limitBlocks int64) (int, string) {
		path := filepath.Join(dir, fmt.Sprintf("r%d.toml", i))
		desc := strings.Repeat("x", 480)
		src := fmt.Sprintf("name = \"Routine %d\"\ndescription = %q\n\n[[exercise]]\nid = \"plank\"\n", i, desc)
		if err := os.WriteFile(path, []byte(src), 0o600); err != nil {
			t.Fatal(err)
		}
		script := fmt.Sprintf("exec %s routine add %s --db %s", bin, path, db)
		if limitBlocks > 0 {
			script = fmt.Sprintf("ulimit -f %d && %s", limitBlocks, script)
		}
		cmd := exec.Command("sh", "-c", script)
		var errb bytes.Buffer
		cmd.Stderr = &errb
		err := cmd.Run()
		if ee, ok := err.(*exec.ExitError); ok {
			return ee.ExitCode(), errb.String()
		}
		return 0, errb.String()
	}
	if code, errs := add(0, 0); code != 0 {
		t.Fatalf("first routine: %s", errs)
	}
	fi, err := os.Stat(db)
	if err != nil {
		t.Fatal(err)
	}
	limit := fi.Size() / 512 // ulimit -f counts 512-byte blocks
	saved, full := 1, ""
	for i := 1; i < 400 && full == ""; i++ {
		switch code, errs := add(i, limit); {
		case code == 0:
			saved++
		case code == 1 && strings.Count(errs, "\n") == 1 && strings.Contains(errs, "disk is full"):
			full = errs
		default:
			t.Fatalf("routine %d: exit %d, stderr %q; want a one-line disk-full error", i, code, errs)
		}
	}
	if full == "" {
		t.Fatal("the database never had to grow")
	}
	t.Logf("%d routines saved, then: %s", saved, strings.TrimSpace(full))
	list, err := exec.Command(bin, "routines", "--db", db).Output()
	if err != nil || strings.Count(string(list), "Routine ") < saved {
		t.Errorf("after the disk filled: %v, %d routines listed, want %d", err, strings.Count(string(list), "Routine "), saved)
	}
	if out, err := exec.Command(bin, "check", "--db", db).CombinedOutput(); err != nil {
		t.Errorf("check after the disk filled: %v\n%s", err, out)
	}
}
