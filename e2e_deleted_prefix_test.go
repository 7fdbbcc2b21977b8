package main_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestEndToEndDeletedDataFolderSaysItOnce: the failed save of a session whose data folder was
// deleted is told without a repeated prefix (issue 16, class 7), on the summary and the
// session screens alike.
func TestEndToEndDeletedDataFolderSaysItOnce(t *testing.T) {
	bin, dir := buildBinary(t), t.TempDir()
	data := filepath.Join(dir, "data")
	db, routine := filepath.Join(data, "u.db"), filepath.Join(dir, "two.toml")
	if err := os.WriteFile(routine, []byte(twoHolds), 0o600); err != nil {
		t.Fatal(err)
	}
	// Wide, so that every message stays on one screen line.
	d := &drill{terminal: startTerminal(t, 400, 30, fmt.Sprintf("%s --quiet --db %s --routine %s", bin, db, routine))}
	d.toSession()
	if err := os.RemoveAll(data); err != nil {
		t.Fatal(err)
	}
	d.drive(func() bool { return strings.Contains(d.screen(), "Check-out") }, 60*time.Second)
	d.send("5", "Enter", "1", "Enter", "Enter")
	d.waitFor("A note for your therapist", 10*time.Second)
	d.send("Enter")
	d.waitFor("Not saved yet", 10*time.Second)
	for _, line := range strings.Split(d.screen(), "\n") {
		if part, ok := repeated(line); ok {
			t.Errorf("the summary says %q twice: %q", part, strings.TrimSpace(line))
		}
	}
	// q leaves as its key line says, though the session is not saved: the program tries once
	// more as it ends and says in one line that it could not.
	d.send("q")
	d.waitFor("EXITED=1", 10*time.Second)
	if !strings.Contains(d.screen(), "this session was not saved") {
		t.Errorf("quitting an unsaved session did not say so:\n%s", d.screen())
	}
}
