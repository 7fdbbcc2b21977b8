package main

import (
	"path/filepath"
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"

	"upright/exercises"
	"upright/session/record"
	"upright/store"
	"upright/ui"
)

// otherPatientDB is a database with the patients ann and Bobby; Bobby has a session, a
// prescription of a saved routine named after him, and a session in progress.
func otherPatientDB(t *testing.T) *store.Store {
	t.Helper()
	st, err := store.Open(filepath.Join(t.TempDir(), "u.db"), store.Options{Timeout: time.Second})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = st.Close() })
	start := time.Date(2026, 11, 20, 12, 0, 0, 0, time.UTC)
	for _, who := range []string{"ann", "Bobby"} {
		if _, _, err := st.EnsureProfile(who, start); err != nil {
			t.Fatal(err)
		}
	}
	r, _ := exercises.BuiltinRoutine(exercises.Builtin()[0].ID)
	r.ID, r.Name = "bobby-plan", "Bobby's plan"
	if _, err := st.SaveRoutine(exercises.MarshalRoutine(r), store.RoutineSave{File: "test", Owner: "Bobby"}); err != nil {
		t.Fatal(err)
	}
	p, err := st.Profile("Bobby")
	if err != nil {
		t.Fatal(err)
	}
	p.FirstRunDone, p.Prescribed, p.TherapistNotes = true, []string{"bobby-plan"}, "Bobby's notes"
	if err := st.SaveProfile(p); err != nil {
		t.Fatal(err)
	}
	a, err := st.Profile("ann")
	if err != nil {
		t.Fatal(err)
	}
	a.FirstRunDone = true
	if err := st.SaveProfile(a); err != nil {
		t.Fatal(err)
	}
	rec := record.Record{Version: record.RecordVersion, ID: "bobby-1", Profile: "Bobby",
		Routine: record.RoutineRef{ID: "bobby-plan", Name: "Bobby's plan"}, StartedAt: start, EndedAt: start.Add(10 * time.Minute),
		Status: record.StatusCompleted, Checkout: &record.Checkout{Pain: 1, Effort: 5}, Flags: []record.Flag{},
		Exercises: []record.ExerciseResult{{ID: "plank", Name: "Plank", Sets: []record.SetResult{
			{Set: 1, TargetSeconds: 20, HeldSeconds: 20, CompletedAt: start.Add(time.Minute)}}}}}
	if err := st.FinishSession(rec); err != nil {
		t.Fatal(err)
	}
	return st
}

// patientApp is the app as a patient's connection builds it, driven message by message.
type patientApp struct {
	t     *testing.T
	m     tea.Model
	quit  bool
	steps int
}

func newPatientApp(t *testing.T, st *store.Store, own string) *patientApp {
	opts, err := patientOptions(st, own)
	if err != nil {
		t.Fatal(err)
	}
	opts.Now = func() time.Time { return time.Date(2026, 11, 25, 10, 0, 0, 0, time.UTC) }
	opts.After = func(time.Duration, tea.Msg) tea.Cmd { return nil } // no timer runs: the sweep looks, it does not exercise
	opts.NewID = func() string { return "sweep" }
	a := &patientApp{t: t, m: ui.New(opts)}
	a.send(tea.WindowSizeMsg{Width: 120, Height: 50})
	a.run(a.m.Init())
	return a
}

func (a *patientApp) send(msg tea.Msg) {
	if a.quit {
		return
	}
	var cmd tea.Cmd
	a.m, cmd = a.m.Update(msg)
	a.run(cmd)
}

func (a *patientApp) run(cmd tea.Cmd) {
	if cmd == nil || a.quit {
		return
	}
	if a.steps++; a.steps > 5000 {
		a.t.Fatal("the screens kept sending messages")
	}
	msg := cmd()
	switch msg := msg.(type) {
	case tea.BatchMsg:
		for _, c := range msg {
			a.run(c)
		}
	case tea.QuitMsg:
		a.quit = true
	case nil:
	default:
		a.send(msg)
	}
}

func (a *patientApp) view() string { return ansi.Strip(a.m.View()) }

// TestPatientScreensNeverShowAnotherPatient opens every entry of a patient's home menu and
// presses the keys each screen answers to, and reads every view: the other patient's name,
// routine and notes never appear, and the profiles screen never opens.
func TestPatientScreensNeverShowAnotherPatient(t *testing.T) {
	st := otherPatientDB(t)
	home := newPatientApp(t, st, "ann").view()
	if !strings.Contains(home, "upright · ann") || strings.Contains(home, "Profiles") {
		t.Fatalf("a patient's home should be ann's, without Profiles:\n%s", home)
	}
	entries := strings.Count(home, "\n  ") + 1 // a bound for the menu's length; extra tries wrap round
	keys := []tea.KeyMsg{{Type: tea.KeyEnter}, {Type: tea.KeyDown}, {Type: tea.KeyEnter}, {Type: tea.KeyTab},
		{Type: tea.KeyRight}, {Type: tea.KeyRunes, Runes: []rune("1")}, {Type: tea.KeyRunes, Runes: []rune("4")},
		{Type: tea.KeyRunes, Runes: []rune("i")}, {Type: tea.KeyRunes, Runes: []rune("e")}, {Type: tea.KeyRunes, Runes: []rune("p")},
		{Type: tea.KeyRunes, Runes: []rune("y")}, {Type: tea.KeySpace}, {Type: tea.KeyEsc}, {Type: tea.KeyRunes, Runes: []rune("b")}}
	seen := map[string]bool{}
	for entry := range entries {
		a := newPatientApp(t, st, "ann")
		for range entry {
			a.send(tea.KeyMsg{Type: tea.KeyDown})
		}
		for i, k := range keys {
			a.send(k)
			v := a.view()
			seen[firstLine(v)] = true
			for _, secret := range []string{"Bobby", "bobby-plan"} {
				if strings.Contains(v, secret) {
					t.Fatalf("menu entry %d, key %d (%s): the view shows %q:\n%s", entry, i, k, secret, v)
				}
			}
		}
	}
	if len(seen) < 5 {
		t.Errorf("the sweep reached only %d screens (%v): it does not try what it says", len(seen), seen)
	}
	t.Logf("screens seen: %d", len(seen))
}

func firstLine(v string) string {
	l, _, _ := strings.Cut(strings.TrimSpace(v), "\n")
	return strings.TrimSpace(l)
}

// TestPatientStorageRefusesOtherProfiles: underneath the screens, the storage a patient's
// connection gets answers for their own profile only.
func TestPatientStorageRefusesOtherProfiles(t *testing.T) {
	st := otherPatientDB(t)
	s := patientStorage{storage: storage{st}, own: "ann"}
	if ps, err := s.Profiles(); err != nil || len(ps) != 1 || ps[0].Name != "ann" {
		t.Errorf("Profiles = %v, %v; want ann alone", ps, err)
	}
	if recs, err := s.Sessions("Bobby", ui.SessionQuery{}); err == nil || len(recs) > 0 {
		t.Errorf("Sessions(Bobby) = %d, %v; want refused", len(recs), err)
	}
	if rs, err := s.SavedRoutines(); err != nil || len(rs) != 0 {
		t.Errorf("SavedRoutines = %v, %v; want none (Bobby's plan is not ann's)", rs, err)
	}
	// The clinic's library and ann's own are hers to see; Bobby's plan never is.
	for _, r := range []struct{ name, owner string }{{"Clinic walk", ""}, {"Ann core", "ann"}} {
		src := "name = \"" + r.name + "\"\n[[exercise]]\nid = \"plank\"\n"
		if _, err := st.SaveRoutine([]byte(src), store.RoutineSave{File: "t.toml", Owner: r.owner}); err != nil {
			t.Fatal(err)
		}
	}
	var ids []string
	rs, err := s.SavedRoutines()
	for _, r := range rs {
		ids = append(ids, r.ID)
	}
	if err != nil || strings.Join(ids, ",") != "ann-core,clinic-walk" {
		t.Errorf("SavedRoutines = %v, %v; want ann's own and the library's", ids, err)
	}
	checks := map[string]error{
		"checkpoint": s.SaveCheckpoint(record.Record{Profile: "Bobby"}, nil),
		"finish":     s.FinishSession(record.Record{Profile: "Bobby"}),
		"discard":    s.DiscardCheckpoint("Bobby"),
		"rename":     s.RenameProfile("Bobby", "x"),
		"delete":     s.DeleteProfile("Bobby"),
		"export":     s.ExportRoutine(filepath.Join(t.TempDir(), "x.toml"), []byte("x")),
	}
	for what, err := range checks {
		if err == nil {
			t.Errorf("%s on Bobby's profile was allowed", what)
		}
	}
	if _, err := st.Profile("Bobby"); err != nil {
		t.Errorf("Bobby's profile was touched: %v", err)
	}
}
