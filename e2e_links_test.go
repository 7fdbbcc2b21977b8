package main_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"upright/session/record"
	"upright/store"
)

// A database reached through a link (issue 16, class 4), seen where a person meets it: a profile
// deleted on the app's profiles screen compacts the file, and the link and every other profile's
// sessions must come through.

// linkSessions is how many sessions each seeded profile holds.
const linkSessions = 4

// seedProfiles makes a database at path with each profile holding linkSessions finished
// sessions of one set; the sessions' ids start with the profile's name.
func seedProfiles(t *testing.T, path string, names ...string) {
	seedBulk(t, path, linkSessions, 1, names...)
}

// seedBulk makes a database at path with each profile holding n finished sessions of sets sets.
func seedBulk(t *testing.T, path string, n, sets int, names ...string) {
	t.Helper()
	st, err := store.Open(path, store.Options{Timeout: time.Second})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	for _, name := range names {
		if _, _, err := st.EnsureProfile(name, time.Now()); err != nil {
			t.Fatal(err)
		}
		for i := range n {
			start := time.Date(2026, 1, 1, 12, 0, 0, 0, time.Local).AddDate(0, 0, i)
			var done []record.SetResult
			for j := range sets {
				done = append(done, record.SetResult{Set: j + 1, TargetSeconds: 20, HeldSeconds: 20, CompletedAt: start.Add(time.Minute)})
			}
			rec := record.Record{Version: record.RecordVersion, ID: fmt.Sprintf("%s-%d", name, i), Profile: name,
				Routine: record.RoutineRef{ID: "core", Name: "Core"}, StartedAt: start, EndedAt: start.Add(10 * time.Minute),
				Status: record.StatusCompleted, Checkout: &record.Checkout{Pain: 1, Effort: 5}, Flags: []record.Flag{},
				Exercises: []record.ExerciseResult{{ID: "plank", Name: "Plank (incline)", Sets: done}}}
			if err := st.FinishSession(rec); err != nil {
				t.Fatal(err)
			}
		}
	}
}

// sessionIDs is a profile's sessions through the binary, by id; ok is false when history refused.
func sessionIDs(t *testing.T, db, profile string) (ids []string, ok bool) {
	t.Helper()
	code, out, errs := cli(t, "history", "--json", "--profile", profile, "--db", db)
	if code != 0 {
		return []string{strings.TrimSpace(errs)}, false
	}
	var recs []record.Record
	if err := json.Unmarshal([]byte(out), &recs); err != nil {
		t.Fatalf("history --json --profile %s --db %s: %v\n%s", profile, db, err, out)
	}
	for _, r := range recs {
		ids = append(ids, r.ID)
	}
	return ids, true
}

// holdsAll fails unless the database at db holds every seeded session of each profile.
func holdsAll(t *testing.T, db string, profiles ...string) {
	t.Helper()
	for _, p := range profiles {
		got, ok := sessionIDs(t, db, p)
		if !ok || len(got) != linkSessions {
			t.Errorf("%s through %s: %v, want its %d sessions", p, db, got, linkSessions)
			continue
		}
		for _, id := range got {
			if !strings.HasPrefix(id, p+"-") {
				t.Errorf("%s through %s holds session %s", p, db, id)
			}
		}
	}
}

// deleteInApp runs the app on db as profile active, deletes profile victim on the profiles
// screen (x, y, then the name typed), waits for after to show, and quits. The terminal is wide
// so a message shows on one screen line.
func deleteInApp(t *testing.T, db, active, victim, after string) string {
	t.Helper()
	term := startTerminal(t, 400, 30, fmt.Sprintf("%s --quiet --profile %s --db %s", buildBinary(t), active, db))
	// Enter pressed before the first screen shows would reach home and start a routine.
	if term.waitForAny(10*time.Second, "Welcome", "Build a routine") == "Welcome" {
		term.pressUntil("Enter", "Build a routine", 12) // the first-run screens' safe defaults, to home
	}
	term.pressUntil("j", "› Profiles", 12)
	term.send("Enter")
	term.waitFor("New profile…", 5*time.Second)
	// The list opens on the active profile and wraps around: down (or round) to the victim.
	term.pressUntil("j", "› "+victim, 8)
	term.send("x")
	term.waitFor("Delete "+victim+"?", 5*time.Second)
	term.send("y")
	term.waitFor("Type the name to confirm", 5*time.Second)
	term.send("-l", victim)
	term.send("Enter")
	term.waitFor(after, 10*time.Second)
	screen := term.screen()
	term.pressUntil("Escape", "Start a routine", 4)
	term.send("q")
	term.waitFor("EXITED=0", 5*time.Second)
	return screen
}

// waitForAny polls the screen until it shows one of texts, and returns that one.
func (term *terminal) waitForAny(within time.Duration, texts ...string) string {
	term.t.Helper()
	deadline := time.Now().Add(within)
	for time.Now().Before(deadline) {
		s := term.screen()
		for _, text := range texts {
			if strings.Contains(s, text) {
				return text
			}
		}
		time.Sleep(50 * time.Millisecond)
	}
	term.t.Fatalf("the screen never showed any of %q; it shows:\n%s", texts, term.screen())
	return ""
}

func TestEndToEndDeleteProfileThroughASymlinkedDB(t *testing.T) {
	synced := t.TempDir() // the folder the database really lives in, say a synced one
	real := filepath.Join(synced, "upright.db")
	seedProfiles(t, real, "ann", "bob", "cy")
	link := filepath.Join(t.TempDir(), "u.db")
	if err := os.Symlink(real, link); err != nil {
		t.Fatal(err)
	}

	screen := deleteInApp(t, link, "bob", "ann", "› bob  (active)")
	if strings.Contains(screen, "ann") {
		t.Errorf("ann is still listed after the deletion:\n%s", screen)
	}

	if fi, err := os.Lstat(link); err != nil || fi.Mode()&os.ModeSymlink == 0 {
		t.Fatalf("--db is no longer a symlink: %v, %v", fi.Mode(), err)
	}
	if to, err := os.Readlink(link); err != nil || to != real {
		t.Errorf("the link now points to %q (%v), want %s", to, err, real)
	}
	holdsAll(t, link, "bob", "cy")
	holdsAll(t, real, "bob", "cy")
	if got, ok := sessionIDs(t, link, "ann"); ok || !strings.Contains(got[0], `no profile "ann"`) {
		t.Errorf("ann after deletion: %v", got)
	}
	if code, out, errs := cli(t, "check", "--db", link); code != 0 || !strings.Contains(out, "ok") {
		t.Errorf("check through the link: exit %d, %q %q", code, out, errs)
	}
	b, err := os.ReadFile(real)
	if err != nil || len(b) == 0 || bytes.Count(b, []byte{0}) == len(b) {
		t.Fatalf("the real file is empty or zeroed (%d bytes, %v)", len(b), err)
	}
	if bytes.Contains(b, []byte("ann-0")) {
		t.Error("the real file still holds the deleted profile's sessions")
	}
	left, _ := filepath.Glob(filepath.Join(synced, "*compact*"))
	more, _ := filepath.Glob(filepath.Join(synced, ".*compact*"))
	if len(left)+len(more) > 0 {
		t.Errorf("compaction left %v %v beside the real file", left, more)
	}
}

func TestEndToEndDeleteProfileRefusedWithAHardLinkedBackup(t *testing.T) {
	dir := t.TempDir()
	db, backup := filepath.Join(dir, "u.db"), filepath.Join(dir, "backup.db")
	seedProfiles(t, db, "ann", "bob")
	if err := os.Link(db, backup); err != nil {
		t.Fatal(err)
	}

	screen := deleteInApp(t, db, "bob", "ann", "another name (a hard link")
	var msg []string
	for _, line := range strings.Split(screen, "\n") {
		if strings.Contains(line, "hard link") || strings.Contains(line, "delete profile") {
			msg = append(msg, strings.TrimSpace(line))
		}
	}
	if len(msg) != 1 || !strings.Contains(msg[0], "remove that link or make it a copy") {
		t.Errorf("the refusal is not one line saying what to do: %q\n%s", msg, screen)
	} else if part, ok := repeated(msg[0]); ok {
		t.Errorf("the refusal says %q twice: %q", part, msg[0])
	}

	a, errA := os.Stat(db)
	b, errB := os.Stat(backup)
	if errA != nil || errB != nil || !os.SameFile(a, b) {
		t.Fatalf("the two names are no longer one file: %v %v", errA, errB)
	}
	for _, name := range []string{db, backup} {
		holdsAll(t, name, "ann", "bob")
		if code, out, errs := cli(t, "check", "--db", name); code != 0 || !strings.Contains(out, "ok") {
			t.Errorf("check %s: exit %d, %q %q", name, code, out, errs)
		}
	}
}
