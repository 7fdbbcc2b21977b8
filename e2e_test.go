package main_test

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"upright/session/record"
)

// The end-to-end tests build the real binary and drive it in a real terminal (tmux), against a
// temporary database, checking the result through `upright history --json`.

func buildBinary(t *testing.T) string { return buildTagged(t, "") }

// builds holds one binary per set of build tags for the whole test run: a dozen tests drive the
// binary, and building it for each cost a few seconds of CI apiece. TestMain removes the folder.
var builds struct {
	sync.Mutex
	dir  string
	bins map[string]string
}

// buildTagged builds upright with tags (none for the production build) once per test run.
func buildTagged(t *testing.T, tags string) string {
	t.Helper()
	builds.Lock()
	defer builds.Unlock()
	if bin, ok := builds.bins[tags]; ok {
		return bin
	}
	if builds.dir == "" {
		dir, err := os.MkdirTemp("", "upright-bin-")
		if err != nil {
			t.Fatal(err)
		}
		builds.dir, builds.bins = dir, map[string]string{}
	}
	bin := filepath.Join(builds.dir, fmt.Sprintf("upright-%d", len(builds.bins)))
	out, err := exec.Command("go", "build", "-tags", tags, "-o", bin, ".").CombinedOutput()
	if err != nil {
		t.Fatalf("build -tags %q: %v\n%s", tags, err, out)
	}
	builds.bins[tags] = bin
	return bin
}

// terminalSeq numbers tmux sessions so parallel tests never pick the same name.
var terminalSeq atomic.Int64

// terminal is one tmux session running the binary.
type terminal struct {
	t    *testing.T
	name string
}

// tmuxSocket is this test binary's own tmux server, apart from anyone's sessions.
var (
	tmuxSocket = fmt.Sprintf("upright-test-%d", os.Getpid())
	tmuxServer sync.Once
)

func tmux(args ...string) *exec.Cmd {
	return exec.Command("tmux", append([]string{"-L", tmuxSocket}, args...)...)
}

func startTerminal(t *testing.T, width, height int, command string) *terminal {
	t.Helper()
	if _, err := exec.LookPath("tmux"); err != nil {
		t.Fatal("tmux is needed for the end-to-end tests: apt-get install tmux (.ci/run does this)")
	}
	name := fmt.Sprintf("upright-e2e-%d-%d", os.Getpid(), terminalSeq.Add(1)) // parallel tests start in the same instant
	tmuxServer.Do(func() {
		// A session that outlives every test keeps the server up: a server whose last session
		// closes exits, and a test starting its terminal at that instant failed with "server
		// exited unexpectedly".
		if out, err := tmux("new-session", "-d", "-s", "keeper", "sleep", "86400").CombinedOutput(); err != nil {
			t.Fatalf("tmux: %v\n%s", err, out)
		}
	})
	cmd := tmux("new-session", "-d", "-s", name, "-x", fmt.Sprint(width), "-y", fmt.Sprint(height),
		"env", "TERM=xterm-256color", "sh", "-c", command+"; echo EXITED=$?; sleep 30")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("tmux: %v\n%s", err, out)
	}
	term := &terminal{t: t, name: name}
	t.Cleanup(func() { _ = tmux("kill-session", "-t", name).Run() })
	return term
}

func (term *terminal) send(keys ...string) {
	term.t.Helper()
	args := append([]string{"send-keys", "-t", term.name}, keys...)
	if out, err := tmux(args...).CombinedOutput(); err != nil {
		term.t.Fatalf("send-keys %v: %v\n%s", keys, err, out)
	}
}

func (term *terminal) screen() string {
	out, err := tmux("capture-pane", "-p", "-t", term.name).Output()
	if err != nil {
		term.t.Fatalf("capture-pane: %v", err)
	}
	return string(out)
}

// waitFor polls the screen until it shows text; the deadline is generous because it bounds a
// failure, not a measurement.
func (term *terminal) waitFor(text string, within time.Duration) {
	term.t.Helper()
	deadline := time.Now().Add(within)
	for time.Now().Before(deadline) {
		if strings.Contains(term.screen(), text) {
			return
		}
		time.Sleep(50 * time.Millisecond)
	}
	term.t.Fatalf("the screen never showed %q; it shows:\n%s", text, term.screen())
}

const twoHolds = `name = "Two short holds"
get_ready = "1s"
rest = "1s"

[[exercise]]
id = "plank"
sets = 1
hold = "2s"

[[exercise]]
id = "wall-sit"
sets = 1
hold = "3s"
`

func TestEndToEndSessionIsStored(t *testing.T) {
	bin, db, routine := buildBinary(t), filepath.Join(t.TempDir(), "u.db"), writeFile(t, "two.toml", twoHolds)
	// The first run shows the welcome once; the routine file goes straight to the check-in.
	term := startTerminal(t, 80, 24, fmt.Sprintf("%s --quiet --db %s --routine %s", bin, db, routine))
	term.waitFor("Welcome to upright", 10*time.Second)
	term.enterUntil("How much back pain") // through the readiness questions
	term.send("2", "Enter")               // pain 2, then the safe defaults
	term.send("Enter", "Enter", "Enter")
	term.waitFor("Plank (incline)", 5*time.Second)
	term.send("Enter")
	term.waitFor("Wall sit", 15*time.Second)
	term.waitFor("Press enter or space", 15*time.Second)
	term.send("Space")
	term.waitFor("Check-out", 15*time.Second)
	term.send("5", "Enter", "1", "Enter", "Enter")
	term.waitFor("A note for your therapist", 5*time.Second)
	term.send("-l", "steady today")
	term.send("Enter")
	term.waitFor("Saved", 5*time.Second)
	term.send("q")
	term.waitFor("EXITED=0", 5*time.Second)

	recs := history(t, bin, db)
	if len(recs) != 1 {
		t.Fatalf("want 1 session, got %d", len(recs))
	}
	rec := recs[0]
	if rec.Status != record.StatusCompleted || rec.Checkin.Pain != 2 || rec.Checkout == nil ||
		rec.Checkout.Effort != 5 || rec.Checkout.Pain != 1 || rec.Checkout.Note != "steady today" {
		t.Errorf("record: status %q, check-in %+v, check-out %+v", rec.Status, rec.Checkin, rec.Checkout)
	}
	want := map[string]float64{"plank": 2, "wall-sit": 3}
	if len(rec.Exercises) != 2 {
		t.Fatalf("want 2 exercises, got %+v", rec.Exercises)
	}
	for _, ex := range rec.Exercises {
		if len(ex.Sets) != 1 || ex.Sets[0].HeldSeconds != want[ex.ID] || ex.Sets[0].TargetSeconds != want[ex.ID] {
			t.Errorf("%s: sets %+v, want one set held %vs", ex.ID, ex.Sets, want[ex.ID])
		}
	}
}

func TestEndToEndQuitMidSessionKeepsPartial(t *testing.T) {
	bin, db, routine := buildBinary(t), filepath.Join(t.TempDir(), "u.db"), writeFile(t, "two.toml", twoHolds)
	term := startTerminal(t, 40, 12, fmt.Sprintf("%s --quiet --db %s --routine %s", bin, db, routine))
	term.waitFor("Welcome", 10*time.Second)
	term.enterUntil("back pain")
	term.send("Enter", "Enter", "Enter", "Enter")
	term.waitFor("Plank", 5*time.Second)
	term.send("Enter")
	term.waitFor("Wall sit", 15*time.Second) // the plank set is done; now in the rest before the wall sit
	term.send("q")
	term.waitFor("Quit this session?", 5*time.Second)
	term.send("y")
	term.waitFor("Saved", 5*time.Second)
	term.send("q")
	term.waitFor("EXITED=0", 5*time.Second)

	recs := history(t, bin, db)
	if len(recs) != 1 {
		t.Fatalf("want 1 session, got %d", len(recs))
	}
	if recs[0].Status != record.StatusPartial || recs[0].SetsDone() != 1 {
		t.Errorf("want a partial session with the plank set, got %q with %d sets", recs[0].Status, recs[0].SetsDone())
	}
}
