package main_test

import (
	"encoding/json"
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

	"upright/session/record"
)

// Process faults (issue 7): the real binary in tmux, under script(1) so the bytes it wrote to the
// terminal can be read back, is killed or signalled mid-session; what it leaves must be what it
// showed.

// faultRoutine has every kind of step the engine times by itself: plain holds over two sets, a
// sided hold (switch sides) and app-paced reps, with short doses.
const faultRoutine = `name = "Fault drill"
get_ready = "1s"
rest = "1s"

[[exercise]]
id = "plank"
sets = 2
hold = "2s"

[[exercise]]
id = "side-plank"
sets = 1
hold = "2s"

[[exercise]]
id = "heel-raise"
sets = 1
reps = 2
tempo = "1s/1s"
`

// faultSets is how many sets the drill has: two planks, side plank left and right, heel raises.
const faultSets = 5

// drill is one run of the binary on a fresh database, in tmux, under script(1).
type drill struct {
	*terminal
	bin, dir, db, log, pidFile, errFile string
}

func startDrill(t *testing.T, bin string, env ...string) *drill {
	t.Helper()
	if _, err := exec.LookPath("script"); err != nil {
		t.Fatal("script(1) is needed for the fault tests: apt-get install util-linux")
	}
	dir := t.TempDir()
	d := &drill{bin: bin, dir: dir, db: filepath.Join(dir, "u.db"), log: filepath.Join(dir, "term.log"),
		pidFile: filepath.Join(dir, "pid"), errFile: filepath.Join(dir, "stderr")}
	routine := filepath.Join(dir, "drill.toml")
	if err := os.WriteFile(routine, []byte(faultRoutine), 0o600); err != nil {
		t.Fatal(err)
	}
	// run.sh runs inside script's terminal: the inner shell writes its pid and execs upright, so the
	// pid is upright's; stty -a then shows the terminal mode upright left behind.
	run := fmt.Sprintf(`sh -c 'echo $$ > %s; exec env %s %s --quiet --db %s --routine %s' 2>%s
echo EXITED=$?
echo "STTY: $(stty -a | tr ' ;' '\n\n' | grep -x -e echo -e -echo -e icanon -e -icanon | tr '\n' ' ')END"
sleep 60
`, d.pidFile, strings.Join(env, " "), bin, d.db, routine, d.errFile)
	if err := os.WriteFile(filepath.Join(dir, "run.sh"), []byte(run), 0o700); err != nil {
		t.Fatal(err)
	}
	cmd := fmt.Sprintf("script -q -f -c 'sh %s' %s", filepath.Join(dir, "run.sh"), d.log)
	d.terminal = startTerminal(t, 80, 24, cmd)
	// script(1) outlives its tmux pane while its child runs, so closing the pane never hangs up
	// upright's terminal: end upright itself, or it would keep running after the test.
	t.Cleanup(func() {
		if b, err := os.ReadFile(d.pidFile); err == nil {
			if pid, err := strconv.Atoi(strings.TrimSpace(string(b))); err == nil {
				_ = syscall.Kill(pid, syscall.SIGKILL)
			}
		}
	})
	return d
}

// pid is upright's process id.
func (d *drill) pid() int {
	d.t.Helper()
	deadline := time.Now().Add(5 * time.Second)
	for time.Now().Before(deadline) {
		if b, err := os.ReadFile(d.pidFile); err == nil && len(strings.TrimSpace(string(b))) > 0 {
			n, err := strconv.Atoi(strings.TrimSpace(string(b)))
			if err == nil {
				return n
			}
		}
		time.Sleep(20 * time.Millisecond)
	}
	d.t.Fatal("upright never wrote its pid")
	return 0
}

// toSession passes the welcome and the check-in (defaults) and waits for the first brief.
func (d *drill) toSession() {
	d.t.Helper()
	d.waitFor("Welcome", 10*time.Second)
	d.enterUntil("back pain")
	d.send("Enter", "Enter", "Enter", "Enter")
	d.waitFor("Press enter or space", 5*time.Second)
}

// setHeader is the first line of a step's screen: "Plank (incline) · set 1 of 2 · left side".
var setHeader = regexp.MustCompile(`^ ?(\S.*? · set \d+ of \d+(?: · \w+ side)?)\s*$`)

// progressWatch follows the session screen by screen and counts the sets it showed as finished:
// a step's active screen followed by any other screen.
type progressWatch struct {
	activeSeen map[string]bool
	lastActive string
	onActive   bool
}

func newProgressWatch() *progressWatch { return &progressWatch{activeSeen: map[string]bool{}} }

// observe reads one capture of the pane.
func (w *progressWatch) observe(screen string) {
	lines := strings.Split(screen, "\n")
	if len(lines) < 2 {
		return
	}
	m := setHeader.FindStringSubmatch(lines[0])
	phase := strings.TrimSpace(lines[1])
	active := m != nil && !strings.HasPrefix(phase, "Get ready") && !strings.HasPrefix(phase, "Switch sides") &&
		!strings.Contains(screen, "Press enter or space")
	if active {
		w.activeSeen[m[1]], w.lastActive, w.onActive = true, m[1], true
		return
	}
	w.onActive = false
}

// finished is how many sets the screen has shown as done.
func (w *progressWatch) finished() int {
	n := len(w.activeSeen)
	if w.onActive {
		n--
	}
	return n
}

var setsDone = regexp.MustCompile(`(\d+) sets? done`)

// offered restarts upright on the database and returns the sets its resume offer names, then keeps
// the session as interrupted and quits; ok is false when nothing is offered.
func offered(t *testing.T, bin, db string) (sets int, ok bool) {
	t.Helper()
	term := startTerminal(t, 80, 24, fmt.Sprintf("%s --quiet --db %s", bin, db))
	deadline := time.Now().Add(10 * time.Second)
	for time.Now().Before(deadline) {
		s := term.screen()
		if m := setsDone.FindStringSubmatch(s); m != nil && strings.Contains(s, "unfinished session") {
			n, _ := strconv.Atoi(m[1])
			term.send("Down", "Enter")
			term.waitFor("Start a routine", 5*time.Second)
			term.send("q")
			term.waitFor("EXITED=", 5*time.Second)
			return n, true
		}
		if strings.Contains(s, "Start a routine") || strings.Contains(s, "Welcome") {
			term.send("q")
			return 0, false
		}
		time.Sleep(50 * time.Millisecond)
	}
	t.Fatalf("upright did not start on the killed database:\n%s", term.screen())
	return 0, false
}

// history reads the profile's sessions through the binary.
func history(t *testing.T, bin, db string) []record.Record {
	t.Helper()
	out, err := exec.Command(bin, "history", "--json", "--db", db).Output()
	if err != nil {
		t.Fatalf("history: %v", err)
	}
	var recs []record.Record
	if err := json.Unmarshal(out, &recs); err != nil {
		t.Fatalf("history --json: %v\n%s", err, out)
	}
	return recs
}

// checkDB runs `upright check` and fails the test unless it passes.
func checkDB(t *testing.T, bin, db string) {
	t.Helper()
	if out, err := exec.Command(bin, "check", "--db", db).CombinedOutput(); err != nil {
		t.Errorf("upright check: %v\n%s", err, out)
	}
}

// heldExactly checks that every set done in full held exactly its target.
func heldExactly(t *testing.T, rec record.Record) {
	t.Helper()
	for _, ex := range rec.Exercises {
		for _, s := range ex.Sets {
			if s.TargetSeconds > 0 && !s.EndedEarly && !s.Skipped && s.HeldSeconds != s.TargetSeconds {
				t.Errorf("%s set %d %s: held %v s of %v", ex.ID, s.Set, s.Side, s.HeldSeconds, s.TargetSeconds)
			}
		}
	}
}

// terminalRestored checks the bytes upright wrote (script's log) end with the alternate screen
// left and the cursor shown, and that the pane's stty shows echo and canonical mode back on.
func (d *drill) terminalRestored() {
	d.t.Helper()
	d.waitFor("EXITED=", 10*time.Second)
	log, err := os.ReadFile(d.log)
	if err != nil {
		d.t.Fatal(err)
	}
	l := string(log)
	if i, j := strings.LastIndex(l, "\x1b[?1049h"), strings.LastIndex(l, "\x1b[?1049l"); j < 0 || j < i {
		d.t.Errorf("the alternate screen was not left (enter at %d, leave at %d)", i, j)
	}
	if i, j := strings.LastIndex(l, "\x1b[?25l"), strings.LastIndex(l, "\x1b[?25h"); j < 0 || j < i {
		d.t.Errorf("the cursor was left hidden (hide at %d, show at %d)", i, j)
	}
	d.waitFor(" END", 5*time.Second)
	screen := d.screen()
	if !regexp.MustCompile(`(?m)^STTY: (icanon echo|echo icanon) END`).MatchString(screen) {
		d.t.Errorf("stty after exit does not show echo and icanon on:\n%s", screen)
	}
}

func (d *drill) exitCode() int {
	d.t.Helper()
	d.waitFor("EXITED=", 10*time.Second)
	m := regexp.MustCompile(`EXITED=(\d+)`).FindStringSubmatch(d.screen())
	n, _ := strconv.Atoi(m[1])
	return n
}

func (d *drill) stderr() string {
	b, _ := os.ReadFile(d.errFile)
	return string(b)
}

// logText is everything upright and the shell after it wrote to the terminal.
func (d *drill) logText() string {
	b, _ := os.ReadFile(d.log)
	return string(b)
}

// enterUntil presses enter (every first-run question's safe default) until the screen shows text.
func (term *terminal) enterUntil(text string) {
	term.t.Helper()
	for range 20 {
		term.send("Enter")
		deadline := time.Now().Add(time.Second)
		for time.Now().Before(deadline) {
			if strings.Contains(term.screen(), text) {
				return
			}
			time.Sleep(30 * time.Millisecond)
		}
	}
	term.t.Fatalf("the screen never showed %q; it shows:\n%s", text, term.screen())
}
