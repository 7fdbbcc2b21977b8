package main_test

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
)

var tookMS = regexp.MustCompile(`TOOK=(\d+)ms`)

// TestEndToEndSecondAppStops: one profile has one checkpoint slot, so a second app on the same
// database would offer the first one's live session as unfinished. It must stop at once instead,
// while the commands keep working beside the first, and a killed app must not keep the database.
func TestEndToEndSecondAppStops(t *testing.T) {
	bin, dir := buildBinary(t), t.TempDir()
	db, pidFile := filepath.Join(dir, "u.db"), filepath.Join(dir, "pid")
	app := fmt.Sprintf("%s --quiet --db %s --profile Bo", bin, db)
	first := startTerminal(t, 80, 24, fmt.Sprintf("sh -c 'echo $$ > %s; exec %s'", pidFile, app))
	first.waitFor("Welcome", 10*time.Second)
	pid := readPid(t, pidFile)
	t.Cleanup(func() { _ = syscall.Kill(pid, syscall.SIGKILL) })

	// The shell times the second app, so tmux's start and the polling are not counted.
	second := startTerminal(t, 80, 24, fmt.Sprintf(
		`s=$(date +%%s%%N); %s; r=$?; echo TOOK=$(( ($(date +%%s%%N)-s)/1000000 ))ms; (exit $r)`, app))
	second.waitFor("EXITED=", 10*time.Second)
	screen := second.screen()
	want := "upright: another upright is open on " + db + "; close it first"
	if !strings.Contains(strings.ReplaceAll(screen, "\n", ""), want) || !strings.Contains(screen, "EXITED=1") {
		t.Fatalf("the second app should print %q and exit 1; it shows:\n%s", want, screen)
	}
	if strings.Contains(screen, "Welcome") || strings.Contains(screen, "unfinished") {
		t.Errorf("the second app showed screens:\n%s", screen)
	}
	if m := tookMS.FindStringSubmatch(screen); m == nil {
		t.Errorf("no timing on the screen:\n%s", screen)
	} else if ms, _ := strconv.Atoi(m[1]); ms >= 1000 {
		t.Errorf("the second app took %d ms to stop; the README promises within a second", ms)
	}
	if err := syscall.Kill(pid, 0); err != nil || !strings.Contains(first.screen(), "Welcome") {
		t.Fatalf("the first app stopped (%v):\n%s", err, first.screen())
	}

	// The one-shot commands never take the lock; the server owns screens, and does.
	if out, err := exec.Command(bin, "history", "--db", db, "--profile", "Bo").CombinedOutput(); err != nil {
		t.Errorf("history beside the app: %v\n%s", err, out)
	}
	needSSH(t)
	key := newKey(t, dir, "therapist")
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	out, err := exec.CommandContext(ctx, bin, "serve", "--db", db, "--therapists", key+".pub", "--listen", "127.0.0.1:0").CombinedOutput()
	if code := exitCode(err); code != 1 || !strings.Contains(string(out), "another upright is open on "+db) {
		t.Errorf("serve beside the app: exit %d (%v), %q", code, err, out)
	}

	// SIGKILL runs no cleanup; the kernel drops the lock with the process's last descriptor.
	if err := syscall.Kill(pid, syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	first.waitFor("EXITED=", 5*time.Second)
	again := startTerminal(t, 80, 24, app)
	again.waitFor("Welcome", 10*time.Second)
	again.send("q")
	again.waitFor("EXITED=0", 5*time.Second)
}

// readPid waits for the pid a shell writes to file before it execs upright.
func readPid(t *testing.T, file string) int {
	t.Helper()
	deadline := time.Now().Add(5 * time.Second)
	for time.Now().Before(deadline) {
		if b, err := os.ReadFile(file); err == nil {
			if n, err := strconv.Atoi(strings.TrimSpace(string(b))); err == nil {
				return n
			}
		}
		time.Sleep(20 * time.Millisecond)
	}
	t.Fatalf("no pid in %s", file)
	return 0
}

// exitCode is a finished command's exit code: -1 when it did not run to an exit.
func exitCode(err error) int {
	if err == nil {
		return 0
	}
	if ee, ok := err.(*exec.ExitError); ok {
		return ee.ExitCode()
	}
	return -1
}
