package main_test

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode"

	"github.com/charmbracelet/lipgloss"
)

// Hostile text (issue 7, case 4): escape sequences, bidi controls, NUL, very long lines, emoji
// and wide CJK in the places a person or a file can put text.

var payloads = []string{"\x1b]0;pwned\x07", "\x1b[31;7;4m", "\u202e", "\u2066", "\x00"}

// unsafeIn reports the first terminal-active rune in s: a control character or a bidi control.
func unsafeIn(s string) (rune, bool) {
	for _, r := range s {
		if (unicode.IsControl(r) && r != '\n') || (r >= 0x202A && r <= 0x202E) || (r >= 0x2066 && r <= 0x2069) {
			return r, true
		}
	}
	return 0, false
}

// TestHostileNamesAreRefusedCleanly gives hostile profile and routine names to the binary: each
// is refused with one line that carries none of the payload's active bytes.
func TestHostileNamesAreRefusedCleanly(t *testing.T) {
	bin := buildBinary(t)
	dir := t.TempDir()
	db := filepath.Join(dir, "u.db")
	tried := 0
	for _, p := range payloads {
		cases := [][]string{
			{"routine", "check", writeHostileRoutine(t, dir, "Evil"+p+"name")},
			{"routine", "add", writeHostileRoutine(t, dir, "Evil"+p+"name"), "--db", db},
		}
		if p != "\x00" { // an argument cannot hold NUL: exec refuses it before upright runs
			cases = append(cases, []string{"--profile", "ann" + p + "x", "--db", db}) // the app: refused before the screens
		}
		for _, args := range cases {
			tried++
			cmd := exec.Command(bin, args...)
			var stderr bytes.Buffer
			cmd.Stderr = &stderr
			err := cmd.Run()
			msg := stderr.String()
			var exit *exec.ExitError
			if !errors.As(err, &exit) || exit.ExitCode() != exitError {
				t.Errorf("%q: %v, want refused with exit %d", args, err, exitError)
				continue
			}
			if r, bad := unsafeIn(msg); bad || strings.Count(msg, "\n") != 1 {
				t.Errorf("%q: the message carries U+%04X or is not one line: %q", args, r, msg)
			}
		}
	}
	t.Logf("%d hostile names tried, each refused with one clean line", tried)
}

func writeHostileRoutine(t *testing.T, dir, name string) string {
	t.Helper()
	f, err := os.CreateTemp(dir, "hostile-*.toml")
	if err != nil {
		t.Fatal(err)
	}
	fmt.Fprintf(f, "name = %q\n\n[[exercise]]\nid = \"plank\"\nsets = 1\nhold = \"2s\"\n", name)
	_ = f.Close()
	return f.Name()
}

// hostileNote is typed into the check-out note: every payload, emoji, wide CJK and a long line.
var hostileNote = "ok \x1b]0;pwned\x07 \x1b[31;7;4m \u202eevil\u2066 腰痛 🧘 " + strings.Repeat("長", 300)

// TestHostileNoteNeverReachesTheTerminal runs a session of a routine with an emoji and CJK name at
// 40x12 under script(1), types the hostile note, and checks the bytes upright wrote: none of the
// payloads, no line wider than the pane; the stored note is clean and export returns it as stored.
func TestHostileNoteNeverReachesTheTerminal(t *testing.T) {
	bin := buildBinary(t)
	dir := t.TempDir()
	db, log := filepath.Join(dir, "u.db"), filepath.Join(dir, "term.log")
	routine := filepath.Join(dir, "r.toml")
	name := "朝の体操 🧘 " + strings.Repeat("Rückenschule ", 4)
	src := fmt.Sprintf("name = %q\nget_ready = \"1s\"\n\n[[exercise]]\nid = \"plank\"\nsets = 1\nhold = \"1s\"\n", name)
	if err := os.WriteFile(routine, []byte(src), 0o600); err != nil {
		t.Fatal(err)
	}
	term := startTerminal(t, 40, 12, fmt.Sprintf("script -q -f -c '%s --quiet --db %s --routine %s' %s", bin, db, routine, log))
	term.waitFor("Welcome", 10*time.Second)
	term.enterUntil("back pain")
	term.send("Enter", "Enter", "Enter", "Enter")
	term.waitFor("Exercise 1 of 1", 5*time.Second)
	term.send("Enter")
	term.waitFor("Check-out", 10*time.Second)
	term.send("Enter", "Enter", "Enter")
	term.waitFor("note", 5*time.Second)
	term.send("-l", hostileNote)
	screenFits(t, term.screen(), 40)
	term.send("Enter")
	term.waitFor("Saved", 5*time.Second)
	screenFits(t, term.screen(), 40)
	term.send("q")
	term.waitFor("EXITED=", 5*time.Second)

	out, err := os.ReadFile(log)
	if err != nil {
		t.Fatal(err)
	}
	// The app's own escapes are in the log; these are the injected ones (the SGR's parameters
	// are ones upright never writes).
	for _, p := range []string{"\x1b]0;pwned", "\x1b[31;7;4m", "\u202e", "\u2066", "\x00"} {
		if bytes.Contains(out, []byte(p)) {
			t.Errorf("the terminal received %q from user text", p)
		}
	}
	recs := history(t, bin, db)
	if len(recs) != 1 || recs[0].Checkout == nil {
		t.Fatalf("want one session with a check-out, got %+v", recs)
	}
	note := recs[0].Checkout.Note
	if r, bad := unsafeIn(note); bad {
		t.Errorf("the stored note keeps U+%04X: %q", r, note)
	}
	if !strings.Contains(note, "腰痛 🧘") || recs[0].Routine.Name != name {
		t.Errorf("emoji or CJK lost: note %q, routine %q", note, recs[0].Routine.Name)
	}
	exported, err := exec.Command(bin, "export", "--format", "json", "--db", db).Output()
	if err != nil {
		t.Fatal(err)
	}
	hist, _ := exec.Command(bin, "history", "--json", "--db", db).Output()
	if !bytes.Equal(bytes.TrimSpace(exported), bytes.TrimSpace(hist)) {
		t.Errorf("export differs from what history reads back:\n%s\n%s", exported, hist)
	}
}

// screenFits fails when a line of the captured pane is wider than the pane (a wide character
// pushed past the edge shows as a shifted layout).
func screenFits(t *testing.T, screen string, width int) {
	t.Helper()
	for i, l := range strings.Split(screen, "\n") {
		if w := lipgloss.Width(l); w > width {
			t.Errorf("line %d is %d cells wide in a %d-column pane: %q", i+1, w, width, l)
		}
	}
}
