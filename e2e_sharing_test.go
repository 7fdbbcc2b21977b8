package main_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"upright/session/record"
)

// A therapist's command beside a patient's session (issue 16, classes 3 and 10): the app saves a
// checkpoint after every set while commands read the same database. Each command either
// succeeds, having waited at most about a second for a transaction, or says in one line that
// the database is busy; none ever calls the file damaged, and the session keeps every set.

// besideCalls bounds the commands run beside one session; besideWithin bounds their time.
const (
	besideCalls  = 2000
	besideWithin = 90 * time.Second
	// besideSlowest is the longest one command may take: each operation waits at most a second
	// for the lock, and the machine running the tests is shared and loaded.
	besideSlowest = 4 * time.Second
)

// call is one command run beside the app, and what it did.
type call struct {
	args         []string
	code         int
	stdout, errs string
	took         time.Duration
}

// runBeside runs bin with args, killing it after 10 s, and never fails the test itself: it runs
// on another goroutine than the test's.
func runBeside(bin string, args ...string) call {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin, args...)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	start := time.Now()
	err := cmd.Run()
	c := call{args: args, stdout: out.String(), errs: errb.String(), took: time.Since(start)}
	var exit *exec.ExitError
	switch {
	case errors.As(err, &exit):
		c.code = exit.ExitCode()
	case err != nil:
		c.code, c.errs = -1, err.Error()
	}
	return c
}

// judge says what is wrong with c, or "" when it succeeded or said the database is busy.
func judge(c call) string {
	switch {
	case c.took > besideSlowest:
		return "took " + c.took.String()
	case strings.Contains(strings.ToLower(c.stdout+c.errs), "damaged"):
		return "called the database damaged"
	case c.code == exitError:
		if !strings.Contains(c.errs, "already open") || strings.Count(c.errs, "\n") != 1 || c.stdout != "" {
			return "failed without the one-line busy message"
		}
		return ""
	case c.code != 0:
		return "exit code"
	case c.args[0] == "history":
		var recs []record.Record
		if err := json.Unmarshal([]byte(c.stdout), &recs); err != nil {
			return "history --json printed no JSON: " + err.Error()
		}
	case c.args[0] == "report":
		if !strings.Contains(c.stdout, "#") {
			return "the report is empty"
		}
	case c.args[0] == "check":
		if !strings.Contains(c.stdout, "ok") {
			return "check did not say ok"
		}
	}
	return ""
}

// besideProfiles are the profiles deleted while the commands run; each deletion compacts the
// file into a new one, so a command waiting for the lock must open the new file.
var besideProfiles = []string{"p1", "p2"}

func TestEndToEndCommandsBesideASavingApp(t *testing.T) {
	bin, dir := buildBinary(t), t.TempDir()
	db, routine := filepath.Join(dir, "u.db"), filepath.Join(dir, "drill.toml")
	// Big enough that compacting it takes a while: 300 sessions of 20 sets each.
	seedBulk(t, db, 300, 20, besideProfiles...)
	if err := os.WriteFile(routine, []byte(faultRoutine), 0o600); err != nil {
		t.Fatal(err)
	}
	d := &drill{terminal: startTerminal(t, 80, 24, fmt.Sprintf("%s --quiet --profile pat --db %s --routine %s", bin, db, routine))}
	d.toSession()

	commands := [][]string{{"history", "--json", "--profile", "pat", "--db", db},
		{"report", "--format", "md", "--out", "-", "--profile", "pat", "--db", db}, {"check", "--db", db}}
	stop, calls := make(chan struct{}), make(chan []call, 1)
	var stopOnce sync.Once
	end := func() { stopOnce.Do(func() { close(stop) }) }
	t.Cleanup(end) // a test that fails early still ends the loop
	go func() {
		var done []call
		deadline := time.Now().Add(besideWithin)
		for i := 0; i < besideCalls && time.Now().Before(deadline); i++ {
			select {
			case <-stop:
				calls <- done
				return
			default:
			}
			done = append(done, runBeside(bin, commands[i%len(commands)]...))
			time.Sleep(10 * time.Millisecond) // leaves the app a core on a loaded machine
		}
		<-stop
		calls <- done
	}()

	// Every set is saved while the commands run; the check-out and the finished session too.
	d.drive(func() bool { return strings.Contains(d.screen(), "Check-out") }, 60*time.Second)
	d.send("5", "Enter", "1", "Enter", "Enter")
	d.waitFor("A note for your therapist", 10*time.Second)
	d.send("Enter")
	d.waitFor("Saved", 10*time.Second)
	d.send("q")
	d.waitFor("EXITED=0", 10*time.Second)
	// Then the other profiles are deleted, each in its own run of the app.
	deleteInApp(t, db, "pat", besideProfiles[0], "› "+besideProfiles[1])
	deleteInApp(t, db, "pat", besideProfiles[1], "› pat  (active)")
	end()
	got := <-calls

	ok, busy, slowest := 0, 0, time.Duration(0)
	for _, c := range got {
		slowest = max(slowest, c.took)
		if why := judge(c); why != "" {
			t.Errorf("upright %s: %s (exit %d, took %v)\nstdout %.200q\nstderr %q", strings.Join(c.args[:len(c.args)-2], " "),
				why, c.code, c.took.Round(time.Millisecond), c.stdout, c.errs)
		} else if c.code == 0 {
			ok++
		} else {
			busy++
		}
	}
	t.Logf("%d commands beside the session and %d deletions: %d succeeded, %d said busy; the slowest took %v",
		len(got), len(besideProfiles), ok, busy, slowest.Round(time.Millisecond))
	if len(got) < 10 {
		t.Errorf("only %d commands ran beside the session", len(got))
	}

	recs := history(t, bin, db)
	if len(recs) != 1 || recs[0].Status != record.StatusCompleted || recs[0].SetsDone() != faultSets {
		t.Fatalf("after the session: %d records %+v, want one completed with %d sets", len(recs), recs, faultSets)
	}
	heldExactly(t, recs[0])
	checkDB(t, bin, db)
}
