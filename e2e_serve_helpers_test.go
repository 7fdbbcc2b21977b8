package main_test

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"upright/session/record"
	"upright/store"
)

// The clinic server's end-to-end tests run `upright serve` on 127.0.0.1 with a port the kernel
// picks, and connect with the real OpenSSH client and keys made by ssh-keygen for the test. Every
// wait is bounded.

const sshWait = 20 * time.Second

// clinicServer is one running `upright serve`.
type clinicServer struct {
	t        *testing.T
	dir, db  string
	port     string
	hostLine string // what it printed on starting
	cmd      *exec.Cmd
	out      chan string // what the server prints, a line at a time
	ended    chan error
}

func needSSH(t *testing.T) {
	t.Helper()
	for _, tool := range []string{"ssh", "ssh-keygen"} {
		if _, err := exec.LookPath(tool); err != nil {
			t.Fatalf("%s is needed for the clinic server tests: apt-get install -y openssh-client (.ci/run does this)", tool)
		}
	}
}

// newKey makes an ed25519 key pair in dir and returns the private key's path.
func newKey(t *testing.T, dir, name string) string {
	t.Helper()
	path := filepath.Join(dir, name)
	if out, err := exec.Command("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", name, "-f", path).CombinedOutput(); err != nil {
		t.Fatalf("ssh-keygen: %v\n%s", err, out)
	}
	return path
}

// clinicDB is a database with the profiles ann and bob, ann with one finished session and bob
// with two, so a history tells whose it is.
func clinicDB(t *testing.T, dir string) string {
	t.Helper()
	db := filepath.Join(dir, "clinic.db")
	st, err := store.Open(db, store.Options{Timeout: time.Second})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	start := time.Date(2026, 11, 20, 12, 0, 0, 0, time.Local)
	for i, who := range []string{"ann", "bob", "bob"} {
		if _, _, err := st.EnsureProfile(who, start); err != nil {
			t.Fatal(err)
		}
		at := start.Add(time.Duration(i) * time.Hour)
		rec := record.Record{Version: record.RecordVersion, ID: fmt.Sprintf("%s-%d", who, i), Profile: who,
			Routine: record.RoutineRef{ID: "core", Name: "Core"}, StartedAt: at, EndedAt: at.Add(10 * time.Minute),
			Status: record.StatusCompleted, Checkout: &record.Checkout{Pain: 1, Effort: 5}, Flags: []record.Flag{},
			Exercises: []record.ExerciseResult{{ID: "plank", Name: "Plank (incline)", Sets: []record.SetResult{
				{Set: 1, TargetSeconds: 20, HeldSeconds: 20, CompletedAt: at.Add(time.Minute)}}}}}
		if err := st.FinishSession(rec); err != nil {
			t.Fatal(err)
		}
	}
	return db
}

// startServer runs `upright serve` on db with the therapists' keys in therapists, and stops it
// with SIGTERM at the end of the test, checking that it stops in order.
func startServer(t *testing.T, bin, dir, db, therapists string, extra ...string) *clinicServer {
	t.Helper()
	needSSH(t)
	args := append([]string{"serve", "--db", db, "--therapists", therapists, "--listen", "127.0.0.1:0"}, extra...)
	cmd := exec.Command(bin, args...)
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	cmd.Stderr = os.Stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	s := &clinicServer{t: t, dir: dir, db: db, cmd: cmd, out: make(chan string, 64), ended: make(chan error, 1)}
	go func() {
		sc := bufio.NewScanner(stdout)
		for sc.Scan() {
			select {
			case s.out <- sc.Text():
			default:
			}
		}
		s.ended <- cmd.Wait()
	}()
	first := s.line(10 * time.Second)
	s.hostLine = first
	_, rest, ok := strings.Cut(first, "listening on 127.0.0.1:")
	if !ok {
		_ = cmd.Process.Kill()
		t.Fatalf("the server's first line is %q, want where it listens", first)
	}
	s.port, _, _ = strings.Cut(rest, " ")
	t.Cleanup(func() {
		if s.cmd.ProcessState == nil {
			s.stop()
		}
	})
	return s
}

// line is the server's next line of output.
func (s *clinicServer) line(wait time.Duration) string {
	s.t.Helper()
	select {
	case l := <-s.out:
		return l
	case err := <-s.ended:
		s.ended <- err
		s.t.Fatalf("the server ended (%v) before printing what was expected", err)
	case <-time.After(wait):
		s.t.Fatalf("the server printed nothing within %v", wait)
	}
	return ""
}

// stop sends SIGTERM and checks the server says it stopped and exits 0 within the grace period.
func (s *clinicServer) stop() {
	s.t.Helper()
	_ = s.cmd.Process.Signal(syscall.SIGTERM)
	var lines []string
	deadline := time.After(15 * time.Second)
	for {
		select {
		case l := <-s.out:
			lines = append(lines, l)
		case err := <-s.ended:
			for len(s.out) > 0 {
				lines = append(lines, <-s.out)
			}
			if err != nil || !strings.Contains(strings.Join(lines, "\n"), "upright serve: stopped") {
				s.t.Errorf("after SIGTERM the server ended with %v, saying %q; want exit 0 after \"stopped\"", err, lines)
			}
			return
		case <-deadline:
			_ = s.cmd.Process.Kill()
			s.t.Errorf("the server did not stop within 15 s of SIGTERM")
			return
		}
	}
}

// ssh connects with key (and the keys in more, offered before it), sends stdin, and returns the
// exit status and what came back on each stream.
func (s *clinicServer) ssh(key, stdin string, args ...string) (int, string, string) {
	return s.sshKeys([]string{key}, stdin, args...)
}

func (s *clinicServer) sshKeys(keys []string, stdin string, args ...string) (int, string, string) {
	s.t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), sshWait)
	defer cancel()
	opts := []string{"-F", "/dev/null", "-T", "-p", s.port,
		"-o", "StrictHostKeyChecking=no", "-o", "UserKnownHostsFile=/dev/null", "-o", "IdentitiesOnly=yes",
		"-o", "BatchMode=yes", "-o", "LogLevel=ERROR", "-o", "ConnectTimeout=10", "-o", "PreferredAuthentications=publickey"}
	for _, k := range keys {
		opts = append(opts, "-i", k)
	}
	cmd := exec.CommandContext(ctx, "ssh", append(append(opts, "127.0.0.1"), args...)...)
	cmd.Stdin = strings.NewReader(stdin)
	cmd.Env = append(os.Environ(), "SSH_AUTH_SOCK=") // no agent: only the keys named here
	var out, errb strings.Builder
	cmd.Stdout, cmd.Stderr = &out, &errb
	err := cmd.Run()
	if ctx.Err() != nil {
		s.t.Fatalf("ssh %v did not end within %v", args, sshWait)
	}
	var exit *exec.ExitError
	code := 0
	if errors.As(err, &exit) {
		code = exit.ExitCode()
	} else if err != nil {
		s.t.Fatalf("ssh %v: %v", args, err)
	}
	return code, out.String(), errb.String()
}

// historyIDs decodes `history --json` output into session ids.
func historyIDs(t *testing.T, out string) []string {
	t.Helper()
	var recs []record.Record
	if err := json.Unmarshal([]byte(out), &recs); err != nil {
		t.Fatalf("history --json over SSH: %v\n%s", err, out)
	}
	var ids []string
	for _, r := range recs {
		ids = append(ids, r.ID)
	}
	return ids
}

// runServeOnce runs a serve that is expected to refuse to start, and returns what it printed.
func runServeOnce(bin string, args ...string) (string, error) {
	ctx, cancel := context.WithTimeout(context.Background(), sshWait)
	defer cancel()
	out, err := exec.CommandContext(ctx, bin, append([]string{"serve"}, args...)...).CombinedOutput()
	return string(out), err
}

// heldSession is an ssh connection left waiting at the invite prompt, its input still open.
type heldSession struct {
	cmd    *exec.Cmd
	stdin  io.WriteCloser
	output chan string // everything it printed, stdout and stderr, once it ends
	cancel context.CancelFunc
}

// hold connects with key and no command, and returns once the server asks for a code.
func (s *clinicServer) hold(key string) *heldSession {
	s.t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), sshWait)
	args := []string{"-F", "/dev/null", "-T", "-p", s.port, "-i", key,
		"-o", "StrictHostKeyChecking=no", "-o", "UserKnownHostsFile=/dev/null", "-o", "IdentitiesOnly=yes",
		"-o", "BatchMode=yes", "-o", "LogLevel=ERROR", "-o", "ConnectTimeout=10", "127.0.0.1"}
	cmd := exec.CommandContext(ctx, "ssh", args...)
	cmd.Env = append(os.Environ(), "SSH_AUTH_SOCK=")
	stdin, err := cmd.StdinPipe()
	if err != nil {
		s.t.Fatal(err)
	}
	r, w := io.Pipe()
	cmd.Stdout, cmd.Stderr = w, w
	if err := cmd.Start(); err != nil {
		s.t.Fatal(err)
	}
	h := &heldSession{cmd: cmd, stdin: stdin, output: make(chan string, 1), cancel: cancel}
	prompted := make(chan struct{})
	go func() {
		var all strings.Builder
		buf := make([]byte, 256)
		once := false
		for {
			n, err := r.Read(buf)
			all.Write(buf[:n])
			if !once && strings.Contains(all.String(), "Invite code") {
				once = true
				close(prompted)
			}
			if err != nil {
				break
			}
		}
		h.output <- all.String()
	}()
	go func() {
		_ = cmd.Wait()
		_ = w.Close()
	}()
	s.t.Cleanup(func() {
		cancel()
		_ = stdin.Close()
	})
	select {
	case <-prompted:
	case <-ctx.Done():
		s.t.Fatalf("no invite prompt within %v", sshWait)
	}
	return h
}

// end waits for the held session to end by itself and returns what it printed.
func (h *heldSession) end(t *testing.T, within time.Duration) string {
	t.Helper()
	select {
	case out := <-h.output:
		return out
	case <-time.After(within):
		t.Fatalf("the held connection did not end within %v", within)
	}
	return ""
}
