package main_test

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"upright/exercises"
	"upright/session/record"
	"upright/store"
)

// The screens over SSH with the real OpenSSH client in tmux: a patient enrolled by an invite
// lands on their own profile and runs a session; the therapist's dashboard shows it in progress
// and then done, with a profile name's escape sequences stripped; the session is in history
// --json; nothing of another patient reaches the patient's screens.

// malicious is a display name that would clear the screen and retitle the window if printed (the
// store refuses such a profile name, but a display name comes from an intake or an older file).
const malicious = "mal\x1b[2J\x1b]0;owned\x07ory"

// screensClinic is a clinic whose database also has the malicious profile, and ann prescribed
// the two-hold routine with her first run done.
func screensClinic(t *testing.T) clinic {
	t.Helper()
	return newClinicOn(t, func(dir string) string {
		db := clinicDB(t, dir)
		st, err := store.Open(db, store.Options{Timeout: time.Second})
		if err != nil {
			t.Fatal(err)
		}
		defer st.Close()
		m, _, err := st.EnsureProfile("mallory", time.Now())
		if err != nil {
			t.Fatal(err)
		}
		m.DisplayName = malicious
		if err := st.SaveProfile(m); err != nil {
			t.Fatal(err)
		}
		r, err := exercises.ParseRoutine("two.toml", []byte(twoHolds))
		if err != nil {
			t.Fatal(err)
		}
		saved, err := st.SaveRoutine(exercises.MarshalRoutine(r), store.RoutineSave{File: "two.toml"})
		if err != nil {
			t.Fatal(err)
		}
		p, err := st.Profile("ann")
		if err != nil {
			t.Fatal(err)
		}
		p.FirstRunDone, p.Prescribed = true, []string{saved.ID}
		if err := st.SaveProfile(p); err != nil {
			t.Fatal(err)
		}
		return db
	})
}

// annOnScreen enrols a key for ann with an invite and opens her screens with it.
func (c clinic) annOnScreen(t *testing.T) (key string, term *terminal) {
	t.Helper()
	key = newKey(t, c.dir, "ann")
	if code, out, errOut := c.ssh(key, c.invite(t, "ann")+"\n"); code != 0 || !strings.Contains(out, "Enrolled") {
		t.Fatalf("enrolling: exit %d, %q, %q", code, out, errOut)
	}
	term = c.sshTerminal(t, key)
	term.waitFor("upright · ann", 20*time.Second)
	return key, term
}

// startTwoHolds starts ann's prescribed routine from her home, and waits until its first set
// is saved.
func (c clinic) startTwoHolds(t *testing.T, pat *terminal) {
	t.Helper()
	pat.waitFor("› Start today's routine", 10*time.Second)
	pat.send("Enter")
	pat.enterUntil("back pain")
	pat.send("2")
	pat.enterUntil("Plank (incline)") // the safe answers to the rest, however many there are
	pat.send("Enter")
	c.waitForSet(t, "ann", "plank")
}

// sshTerminal connects with key and a terminal, in tmux.
func (c clinic) sshTerminal(t *testing.T, key string) *terminal {
	return startTerminal(t, 100, 30, fmt.Sprintf("SSH_AUTH_SOCK= ssh -t -F /dev/null -p %s -i %s -o StrictHostKeyChecking=no "+
		"-o UserKnownHostsFile=/dev/null -o IdentitiesOnly=yes -o BatchMode=yes -o LogLevel=ERROR 127.0.0.1", c.port, key))
}

func TestServeScreensPatientSessionOnTheDashboard(t *testing.T) {
	c := screensClinic(t)
	// The patient lands on her profile.
	ann, pat := c.annOnScreen(t)

	// The therapist's dashboard: every patient, the malicious name stripped and whole.
	doc := c.sshTerminal(t, c.therapist)
	doc.waitFor("every patient", 20*time.Second)
	doc.waitFor("No session in progress", 5*time.Second)
	if s := doc.screen(); !strings.Contains(s, "malory") || !strings.Contains(s, "bob") || !strings.Contains(s, "ann") {
		t.Fatalf("the dashboard should list ann, bob and the stripped malory:\n%s", s)
	}

	// Nothing of anyone else's on her screens.
	otherName := regexp.MustCompile(`\b(bob|mal)`)
	noOther := func(where string) {
		t.Helper()
		// Whole names: "mal" starts malory's, but is also the end of "normal effort".
		if s := pat.screen(); otherName.MatchString(s) || strings.Contains(s, "Profiles") {
			t.Fatalf("%s: the patient's screen shows another profile or the profiles entry:\n%s", where, s)
		}
	}
	noOther("home")
	// Her history, on a second connection with the same key.
	hist := c.sshTerminal(t, ann)
	hist.waitFor("upright · ann", 20*time.Second)
	hist.pressUntil("Down", "› History", 12)
	hist.send("Enter")
	hist.waitFor("History ·", 10*time.Second)
	if s := hist.screen(); strings.Contains(s, "bob") || !strings.Contains(s, "1 of 1") {
		t.Fatalf("the patient's history shows more than her one session:\n%s", s)
	}

	// A session over SSH: the therapist sees it in progress, then done.
	c.startTwoHolds(t, pat)
	doc.waitFor("In progress now (1)", 10*time.Second)
	doc.waitFor("Plank (incline), set 1", 5*time.Second)
	pat.waitFor("Press enter or space", 15*time.Second)
	pat.send("Space")
	pat.waitFor("Check-out", 15*time.Second)
	pat.send("5", "Enter", "1", "Enter", "Enter")
	pat.waitFor("A note for your therapist", 10*time.Second)
	pat.send("Enter")
	pat.waitFor("Saved", 10*time.Second)
	doc.waitFor("No session in progress", 10*time.Second)
	noOther("summary")

	code, out, errOut := c.ssh(c.therapist, "", "history", "--profile", "ann", "--json")
	if ids := historyIDs(t, out); code != 0 || len(ids) != 2 || !slices.Contains(ids, "ann-0") {
		t.Fatalf("history --profile ann --json after the session over SSH: exit %d, ids %v, %q", code, ids, errOut)
	}
	// The dashboard opens ann's history on enter once she is highlighted.
	doc.pressUntil("Down", "› ann", 6)
	doc.send("Enter")
	doc.waitFor("History · 1 of 2", 10*time.Second)
	pat.send("q")
	pat.waitFor("EXITED=0", 10*time.Second)
}

// TestServeScreensSIGTERMKeepsTheSetsDone: the server stopped mid-session keeps the patient's
// finished sets, as a closed terminal does, and tells her.
func TestServeScreensSIGTERMKeepsTheSetsDone(t *testing.T) {
	c := screensClinic(t)
	_, pat := c.annOnScreen(t)
	c.startTwoHolds(t, pat)
	c.stop()
	pat.waitFor("the server is stopping", 10*time.Second)
	// The set is where a closed terminal leaves it: in the checkpoint, offered on the next
	// connection, or in her history when the session was ended before the server stopped.
	st, err := store.Open(c.db, store.Options{Timeout: time.Second})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	var recs []record.Record
	cp, err := st.Checkpoint("ann")
	if err != nil {
		t.Fatal(err)
	}
	if cp != nil {
		recs = append(recs, cp.Record)
	}
	done, _, err := st.Sessions("ann", store.Query{})
	if err != nil {
		t.Fatal(err)
	}
	var kept int
	for _, r := range append(recs, done...) {
		for _, ex := range r.Exercises {
			if r.ID != "ann-0" && ex.ID == "plank" && len(ex.Sets) == 1 {
				kept++
			}
		}
	}
	if kept != 1 {
		t.Errorf("after SIGTERM mid-session ann's plank set is kept %d times, want once (checkpoint %v, sessions %+v)", kept, cp != nil, done)
	}
}

// waitForSet waits until profile's checkpoint holds a set of exercise: the set is done and saved.
func (c clinic) waitForSet(t *testing.T, profile, exercise string) {
	t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for time.Now().Before(deadline) {
		st, err := store.Open(c.db, store.Options{Timeout: time.Second, ReadOnly: true})
		if err != nil {
			t.Fatal(err)
		}
		cp, err := st.Checkpoint(profile)
		_ = st.Close()
		if err != nil {
			t.Fatal(err)
		}
		for _, ex := range cpExercises(cp) {
			if ex.ID == exercise && len(ex.Sets) > 0 {
				return
			}
		}
		time.Sleep(100 * time.Millisecond)
	}
	t.Fatalf("%s's checkpoint never held a set of %s", profile, exercise)
}

func cpExercises(cp *store.Checkpoint) []record.ExerciseResult {
	if cp == nil {
		return nil
	}
	return cp.Record.Exercises
}

// TestServeScreensPanicEndsOneConnection: a bug in the screens (an injected panic) ends that
// patient's connection with one line, keeps her finished set for the next connection, and the
// server goes on serving.
func TestServeScreensPanicEndsOneConnection(t *testing.T) {
	t.Setenv("UPRIGHT_TEST_PANIC", "update") // the server inherits it: % panics in Update
	c := screensClinic(t)
	_, pat := c.annOnScreen(t)
	c.startTwoHolds(t, pat)
	pat.send("%")
	pat.waitFor("internal error", 10*time.Second)
	pat.waitFor("EXITED=1", 10*time.Second)
	c.waitForSet(t, "ann", "plank") // still in the checkpoint, offered on her next connection
	if code, out, errOut := c.ssh(c.therapist, "", "history", "--profile", "ann", "--json"); code != 0 || len(historyIDs(t, out)) != 1 {
		t.Errorf("the server after a panic in a patient's screens: exit %d, %q, %q", code, out, errOut)
	}
}
