package main_test

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
)

// The data folder deleted mid-session (issue 16, class 9): every save after it fails, and no
// screen or message may say that something is saved, or will be offered again, when it is not
// on disk.

// savedClaim is what a screen says when it claims the work reached the disk.
var savedClaim = regexp.MustCompile(`\bSaved\b|sets? (is|are) kept`)

func TestEndToEndDeletedDataFolderIsNeverCalledSaved(t *testing.T) {
	bin, dir := buildBinary(t), t.TempDir()
	data := filepath.Join(dir, "data")
	db, routine, errFile := filepath.Join(data, "u.db"), filepath.Join(dir, "two.toml"), filepath.Join(dir, "stderr")
	if err := os.WriteFile(routine, []byte(twoHolds), 0o600); err != nil {
		t.Fatal(err)
	}
	d := &drill{terminal: startTerminal(t, 80, 24, fmt.Sprintf("%s --quiet --db %s --routine %s 2>%s", bin, db, routine, errFile))}
	d.toSession()
	if err := os.RemoveAll(data); err != nil {
		t.Fatal(err)
	}

	shownFailed := false
	look := func() string {
		s := d.screen()
		if m := savedClaim.FindString(s); m != "" {
			t.Fatalf("with the data folder deleted, the screen says %q:\n%s", m, s)
		}
		shownFailed = shownFailed || strings.Contains(s, "no database at")
		return s
	}
	deadline := time.Now().Add(60 * time.Second)
	for s := look(); !strings.Contains(s, "Check-out"); s = look() {
		if time.Now().After(deadline) {
			t.Fatalf("the session never reached the check-out:\n%s", s)
		}
		if strings.Contains(s, "Press enter or space") {
			d.send("Enter")
		}
		time.Sleep(40 * time.Millisecond)
	}
	if !shownFailed {
		t.Error("no session screen showed that the sets were not saved")
	}
	d.send("5", "Enter", "1", "Enter", "Enter")
	d.waitFor("A note for your therapist", 10*time.Second)
	look()
	d.send("Enter")
	d.waitFor("Not saved yet", 10*time.Second)
	look()
	d.send("Enter") // try saving again: the folder is still gone
	d.waitFor("enter try saving again", 10*time.Second)
	look()
	d.send("C-c")
	d.waitFor("EXITED=", 10*time.Second)
	look()

	if code := d.exitCode(); code != exitError {
		t.Errorf("upright exited %d after a session it could not save, want %d", code, exitError)
	}
	b, _ := os.ReadFile(errFile)
	msg := string(b)
	if strings.Count(msg, "\n") != 1 || !strings.Contains(msg, "no database at "+db) {
		t.Errorf("stderr is not one line naming the missing database: %q", msg)
	}
	if strings.Contains(msg, "checkpoint") || strings.Contains(msg, "offered next time") {
		t.Errorf("stderr promises the sets are kept, but nothing of this session is on disk: %q", msg)
	}
	if _, err := os.Stat(data); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("the deleted data folder was made again (a save no one would find): %v", err)
	}
}
