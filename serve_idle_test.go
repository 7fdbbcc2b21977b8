package main

import (
	"crypto/ed25519"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	gossh "golang.org/x/crypto/ssh"
)

// TestIdleCountsKeysTimersAndCommands: the idle rule on the server's clock: keys, a timer the
// screens run and a command running each keep a connection from being idle, and nothing else.
func TestIdleCountsKeysTimersAndCommands(t *testing.T) {
	t0 := time.Date(2026, 11, 30, 9, 0, 0, 0, time.UTC)
	limit := time.Minute
	a := newActivity(t0, nil)
	if d := a.left(t0.Add(limit), limit); d > 0 {
		t.Errorf("silent for --idle since connecting: %v left, want none", d)
	}
	a.key("", t0.Add(30*time.Second))
	if d := a.left(t0.Add(limit), limit); d != 30*time.Second {
		t.Errorf("a key 30 s ago: %v left, want 30s", d)
	}
	// A hold of ten minutes, waking once a second: never idle while it runs.
	for s := 31; s < 630; s++ {
		a.timer(t0.Add(time.Duration(s+1) * time.Second))
		if d := a.left(t0.Add(time.Duration(s)*time.Second), limit); d <= 0 {
			t.Fatalf("%d s into a hold with no keys the connection is idle", s)
		}
	}
	if d := a.left(t0.Add(630*time.Second+limit), limit); d > 0 {
		t.Errorf("--idle after the hold's last wake: %v left, want none", d)
	}
	a.running(1, 0)
	if d := a.left(t0.Add(time.Hour), limit); d <= 0 {
		t.Error("a command running is idle")
	}
	a.running(-1, 0)
	if d := a.left(t0.Add(time.Hour), limit); d > 0 {
		t.Errorf("after the command: %v left, want none", d)
	}
}

// idleRoutine is a hold long against the test's --idle, then a brief that waits for enter.
const idleRoutine = `name = "Idle"
get_ready = "1s"
rest = "2s"

[[exercise]]
id = "plank"
sets = 1
hold = "4s"

[[exercise]]
id = "squat-to-chair"
sets = 1
reps = 3
`

// TestServeIdleClosesOutsideATimerOnly: with --idle far shorter than a hold, a connection left on
// home closes, one whose patient starts a hold and presses nothing more stays open through the
// get-ready, the hold and the rest, and closes at the next brief, keeping the set for next time.
func TestServeIdleClosesOutsideATimerOnly(t *testing.T) {
	dir := t.TempDir()
	_, tpriv, _ := ed25519.GenerateKey(nil)
	therapist, _ := gossh.NewSignerFromKey(tpriv)
	list := filepath.Join(dir, "therapists")
	if err := os.WriteFile(list, gossh.MarshalAuthorizedKey(therapist.PublicKey()), 0o600); err != nil {
		t.Fatal(err)
	}
	idle := 800 * time.Millisecond
	c := &serveCmd{dbOption: dbOption{db: filepath.Join(dir, "u.db")}, listenAddr: "127.0.0.1:0", therapists: list,
		idle: idle, maxConns: 4}
	srv, err := c.start(streams{out: io.Discard, err: io.Discard})
	if err != nil {
		t.Fatal(err)
	}
	defer srv.st.Close()
	defer srv.stop()
	ann := enrolPatients(t, srv.st, 1, idleRoutine)[0]
	signer, _ := gossh.NewSignerFromKey(ed25519.NewKeyFromSeed(ann.Seed))
	deadline := time.Now().Add(60 * time.Second)

	home, err := dialPatient(srv.addr.String(), ann.Profile, signer, 80, 24)
	if err != nil {
		t.Fatal(err)
	}
	defer home.close()
	if err := home.waitFor("Start today's routine", deadline); err != nil {
		t.Fatal(err)
	}
	if err := home.waitUntil(func(string, int) bool { return false }, deadline); err != errEnded {
		t.Fatalf("left on home for --idle %v: %v, want the server to close it", idle, err)
	}
	if e := home.errOutput(); !strings.Contains(e, "closed after 800ms without a key") {
		t.Errorf("closed on idle, the patient was told %q", e)
	}

	pat, err := dialPatient(srv.addr.String(), ann.Profile, signer, 80, 24)
	if err != nil {
		t.Fatal(err)
	}
	defer pat.close()
	for _, step := range []string{"Start today's routine", "Question 1 of", "Question 2 of", "Question 3 of", "Question 4 of", "Plank"} {
		if err := pat.waitFor(step, deadline); err != nil {
			t.Fatalf("on the way to the hold, waiting for %q: %v", step, err)
		}
		if _, err := pat.press("\r"); err != nil {
			t.Fatal(err)
		}
	}
	// No key from here: the get-ready, the 4-second hold and the rest run on their own.
	if err := pat.waitFor("Squat to chair", deadline); err != nil {
		t.Fatalf("the connection did not last through the hold to the next brief: %v\n%s", err, pat.errOutput())
	}
	if err := pat.waitUntil(func(string, int) bool { return false }, deadline); err != errEnded {
		t.Fatalf("left on the brief for --idle: %v, want the server to close it", err)
	}
	cp, err := srv.st.Checkpoint(ann.Profile)
	if err != nil || cp == nil || len(cp.Record.Exercises) == 0 || len(cp.Record.Exercises[0].Sets) != 1 {
		t.Fatalf("after the idle close the hold should wait in the checkpoint, to resume: %+v, %v", cp, err)
	}
}
