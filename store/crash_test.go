package store

import (
	"bufio"
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	sessionrecord "upright/session/record"
)

// The crash and disk-full tests re-run this test binary as a child process that does the writing,
// so the parent can kill it at any moment or cap its file size.
const (
	childEnv   = "UPRIGHT_STORE_TEST_CHILD"
	childDBEnv = "UPRIGHT_STORE_TEST_DB"
	crashSets  = 40 // sets per session before the child finishes it and starts the next
)

func TestMain(m *testing.M) {
	switch os.Getenv(childEnv) {
	case "":
		code := m.Run()
		if bench10k.dir != "" {
			_ = os.RemoveAll(bench10k.dir)
		}
		os.Exit(code)
	case "crash":
		crashChild(os.Getenv(childDBEnv))
	case "diskfull":
		diskFullChild(os.Getenv(childDBEnv))
	}
	os.Exit(0)
}

func childFail(format string, args ...any) {
	fmt.Fprintf(os.Stderr, "child: "+format+"\n", args...)
	os.Exit(2)
}

func crashID(k int) string { return fmt.Sprintf("c%05d", k) }

// crashChild continues the profile's session in progress (or starts the next), saving a checkpoint
// one set longer each time and acknowledging each set on stdout only after it is saved; after
// crashSets sets it finishes the session. It runs until it is killed.
func crashChild(path string) {
	s, err := Open(path, Options{Timeout: 10 * time.Second})
	if err != nil {
		childFail("open: %v", err)
	}
	cp, err := s.Checkpoint("crash")
	if err != nil {
		childFail("checkpoint: %v", err)
	}
	var rec sessionrecord.Record
	if cp != nil {
		rec = cp.Record
	} else {
		n, err := s.CountSince("crash", time.Time{})
		if err != nil {
			childFail("count: %v", err)
		}
		rec = growing("crash", crashID(n), 0)
		rec.StartedAt = t0.Add(time.Duration(n) * time.Hour)
	}
	for {
		sets := &rec.Exercises[0].Sets
		if len(*sets) == crashSets {
			rec.Status, rec.EndedAt = sessionrecord.StatusCompleted, lastSetAt(rec)
			if err := s.FinishSession(rec); err != nil {
				childFail("finish: %v", err)
			}
			fmt.Printf("fin %s\n", rec.ID)
			k, _ := strconv.Atoi(rec.ID[1:])
			rec = growing("crash", crashID(k+1), 0)
			rec.StartedAt = t0.Add(time.Duration(k+1) * time.Hour)
			continue
		}
		n := len(*sets) + 1
		*sets = append(*sets, sessionrecord.SetResult{Set: n, TargetSeconds: 20, HeldSeconds: float64(n), CompletedAt: rec.StartedAt.Add(time.Duration(n) * time.Minute)})
		if err := s.SaveCheckpoint(rec, []byte("name = \"Crash\"\n")); err != nil {
			childFail("save: %v", err)
		}
		fmt.Printf("ack %s %d\n", rec.ID, n)
	}
}

// runChild starts the child and returns its stdout lines as they come.
func runChild(t *testing.T, mode, path string) (*exec.Cmd, <-chan string, *strings.Builder) {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), childEnv+"="+mode, childDBEnv+"="+path)
	stderr := &strings.Builder{}
	cmd.Stderr = stderr
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	lines := make(chan string, 1024)
	go func() {
		defer close(lines)
		sc := bufio.NewScanner(out)
		for sc.Scan() {
			lines <- sc.Text()
		}
	}()
	return cmd, lines, stderr
}

func TestCrashLosesNoAcknowledgedSet(t *testing.T) {
	runs := 200
	if testing.Short() {
		runs = 20
	}
	path := newDB(t)
	rng := rand.New(rand.NewPCG(4, 2))
	finished := map[string]bool{}
	lastID, lastN := "", 0
	for run := range runs {
		cmd, lines, stderr := runChild(t, "crash", path)
		// Let it start saving, then kill it at a random moment.
		first, ok := <-lines
		if !ok {
			_ = cmd.Wait()
			t.Fatalf("run %d: the child saved nothing: %s", run, stderr)
		}
		time.Sleep(time.Duration(rng.IntN(30_000)) * time.Microsecond)
		_ = cmd.Process.Kill()
		_ = cmd.Wait()
		for line := range concat(first, lines) {
			f := strings.Fields(line)
			switch {
			case len(f) == 3 && f[0] == "ack":
				lastID, lastN = f[1], atoi(t, f[2])
			case len(f) == 2 && f[0] == "fin":
				finished[f[1]] = true
			default:
				t.Fatalf("run %d: child said %q", run, line)
			}
		}
		if strings.Contains(stderr.String(), "child:") {
			t.Fatalf("run %d: %s", run, stderr)
		}
		verifyCrashDB(t, run, path, finished, lastID, lastN)
	}
	t.Logf("%d kills; %d sessions finished; last acknowledged set %s/%d", runs, len(finished), lastID, lastN)
}

func concat(first string, rest <-chan string) func(func(string) bool) {
	return func(yield func(string) bool) {
		if !yield(first) {
			return
		}
		for l := range rest {
			if !yield(l) {
				return
			}
		}
	}
}

func atoi(t *testing.T, s string) int {
	n, err := strconv.Atoi(s)
	if err != nil {
		t.Fatal(err)
	}
	return n
}

// verifyCrashDB checks that every acknowledged set and finished session is on disk, intact.
func verifyCrashDB(t *testing.T, run int, path string, finished map[string]bool, lastID string, lastN int) {
	t.Helper()
	s, err := Open(path, Options{ReadOnly: true})
	if err != nil {
		t.Fatalf("run %d: reopen: %v", run, err)
	}
	defer s.Close()
	if probs, err := s.Check(); err != nil || len(probs) > 0 {
		t.Fatalf("run %d: Check = %v, %v", run, probs, err)
	}
	for id := range finished {
		r, err := s.Session("crash", id)
		if err != nil || len(r.Exercises[0].Sets) != crashSets {
			t.Fatalf("run %d: finished session %s: %v", run, id, err)
		}
	}
	cp, err := s.Checkpoint("crash")
	if err != nil {
		t.Fatalf("run %d: checkpoint: %v", run, err)
	}
	var sets []sessionrecord.SetResult
	switch {
	case cp != nil && cp.Record.ID == lastID:
		sets = cp.Record.Exercises[0].Sets
	default: // finished before its "fin" line got out
		r, err := s.Session("crash", lastID)
		if err != nil {
			inProgress := "none"
			if cp != nil {
				inProgress = fmt.Sprintf("%s with %d sets", cp.Record.ID, len(cp.Record.Exercises[0].Sets))
			}
			t.Fatalf("run %d: acknowledged %s/%d is neither in progress nor finished: %v (in progress: %s)", run, lastID, lastN, err, inProgress)
		}
		sets = r.Exercises[0].Sets
	}
	if len(sets) < lastN {
		t.Fatalf("run %d: %s has %d sets, but %d were acknowledged", run, lastID, len(sets), lastN)
	}
	for i, st := range sets {
		if st.Set != i+1 || st.HeldSeconds != float64(i+1) {
			t.Fatalf("run %d: set %d reads %+v", run, i+1, st)
		}
	}
}

// diskFullChild saves a few sessions, caps its file size at the database's current size, and then
// saves large sessions until one fails; it reports the error.
func diskFullChild(path string) {
	signal.Ignore(syscall.SIGXFSZ) // so a write past the cap fails with EFBIG instead of killing us
	s, err := Open(path, Options{})
	if err != nil {
		childFail("open: %v", err)
	}
	defer s.Close()
	for i := range 5 {
		if err := s.FinishSession(record("ann", sid(i), t0.Add(time.Duration(i)*time.Hour), "core")); err != nil {
			childFail("save: %v", err)
		}
	}
	fi, err := os.Stat(path)
	if err != nil {
		childFail("stat: %v", err)
	}
	lim := syscall.Rlimit{Cur: uint64(fi.Size()), Max: ^uint64(0)}
	var old syscall.Rlimit
	if err := syscall.Getrlimit(syscall.RLIMIT_FSIZE, &old); err == nil {
		lim.Max = old.Max
	}
	if err := syscall.Setrlimit(syscall.RLIMIT_FSIZE, &lim); err != nil {
		childFail("setrlimit: %v", err)
	}
	note := strings.Repeat("a long note ", 8000)
	for i := 5; i < 200; i++ {
		r := record("ann", sid(i), t0.Add(time.Duration(i)*time.Hour), "core")
		r.Checkout.Note = note
		if err := s.FinishSession(r); err != nil {
			fmt.Printf("full %t %s\n", errors.Is(err, ErrDiskFull), err)
			// The store must stay usable for reads after the failure.
			if _, _, err := s.Sessions("ann", Query{}); err != nil {
				fmt.Printf("read-after %s\n", err)
			}
			return
		}
	}
	fmt.Println("never full")
}

func TestDiskFull(t *testing.T) {
	path := newDB(t)
	cmd, lines, stderr := runChild(t, "diskfull", path)
	var out []string
	for l := range lines {
		out = append(out, l)
	}
	if err := cmd.Wait(); err != nil {
		t.Fatalf("child: %v: %s", err, stderr)
	}
	if len(out) != 1 || !strings.HasPrefix(out[0], "full true ") || !strings.Contains(out[0], "free some space") {
		t.Fatalf("child said %q; want one ErrDiskFull line that says what to do", out)
	}
	t.Logf("child: %s", out[0])
	s := mustOpen(t, path)
	recs, bad, err := s.Sessions("ann", Query{})
	if err != nil || len(bad) > 0 {
		t.Fatal(err, bad)
	}
	if len(recs) < 5 {
		t.Fatalf("%d sessions after the disk filled, want at least the 5 saved before", len(recs))
	}
	for i := range 5 {
		if r, err := s.Session("ann", sid(i)); err != nil || r.Checkout.Note != "felt fine" {
			t.Fatalf("session %s after the disk filled: %v", sid(i), err)
		}
	}
	if left, _ := filepath.Glob(path + ".*"); len(left) > 0 {
		t.Fatalf("files left: %v", left)
	}
}
