package ui

import (
	"flag"
	"io"
	"os"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/muesli/termenv"

	"upright/exercises"
	"upright/session"
	"upright/session/record"
)

// t0 is the fixed start of every test session.
var t0 = time.Date(2026, 11, 29, 9, 0, 0, 0, time.UTC)

func TestMain(m *testing.M) {
	flag.Parse()
	// Plain text: goldens are stable on every terminal and readable in review.
	lipgloss.SetColorProfile(termenv.Ascii)
	os.Exit(m.Run())
}

// testOptions are the options every test starts from: fixed clock, id, no bell, no waiting.
func testOptions(c *fakeClock, st *fakeStore) Options {
	o := Options{Now: c.Now, After: c.After, NewID: func() string { return "s-test" },
		Bell: io.Discard, Quiet: true}
	if st != nil {
		o.Store = st
	}
	return o
}

func mustExercise(id string) exercises.Exercise {
	ex, ok := exercises.Lookup(id)
	if !ok {
		panic("no exercise " + id)
	}
	return ex
}

// tinyRoutine is one 3 s hold and one tapped exercise of 2 reps, get-ready 1 s, rest 2 s.
func tinyRoutine() exercises.Routine {
	return exercises.Routine{ID: "tiny", Name: "Tiny", GetReady: time.Second, Rest: 2 * time.Second,
		Items: []exercises.Item{
			{Exercise: mustExercise("plank"), Dose: exercises.Dose{Sets: 1, Hold: 3 * time.Second}},
			{Exercise: mustExercise("squat-to-chair"), Dose: exercises.Dose{Sets: 1, Reps: 2}},
		}}
}

func clinicDemo() exercises.Routine {
	r, ok := exercises.BuiltinRoutine("clinic-demo")
	if !ok {
		panic("no clinic-demo routine")
	}
	return r
}

// Keys as bubbletea v1 delivers them.
var (
	keyEnter = tea.KeyMsg{Type: tea.KeyEnter}
	keySpace = tea.KeyMsg{Type: tea.KeySpace, Runes: []rune{' '}}
	keyCtrlC = tea.KeyMsg{Type: tea.KeyCtrlC}
)

func runes(s string) tea.KeyMsg { return tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(s)} }

// harness drives the root model by hand: every command an Update returns is run, and the
// messages it produces are delivered in turn, except ticks, which wait in ticks until the test
// delivers them (the clock has already moved to their moment: see fakeClock.After).
type harness struct {
	t     testing.TB
	clock *fakeClock
	store *fakeStore
	m     Model
	ticks []tea.Msg
	quit  bool
}

func newHarness(t testing.TB, edit func(*Options)) *harness {
	t.Helper()
	h := &harness{t: t, clock: newFakeClock(t0), store: &fakeStore{}}
	o := testOptions(h.clock, h.store)
	if edit != nil {
		edit(&o)
	}
	h.m = New(o)
	h.deliver(tea.WindowSizeMsg{Width: 80, Height: 24})
	h.run(h.m.Init())
	return h
}

// send delivers messages (keys, usually) one after the other.
func (h *harness) send(msgs ...tea.Msg) {
	h.t.Helper()
	for _, msg := range msgs {
		h.deliver(msg)
	}
}

func (h *harness) deliver(msg tea.Msg) {
	h.t.Helper()
	next, cmd := h.m.Update(msg)
	h.m = next.(Model)
	h.run(cmd)
}

// run executes a command and delivers what it produces.
func (h *harness) run(cmd tea.Cmd) {
	h.t.Helper()
	for _, msg := range h.exec(cmd) {
		switch msg.(type) {
		case tickMsg:
			h.ticks = append(h.ticks, msg)
		case tea.QuitMsg:
			h.quit = true
		default:
			h.deliver(msg)
		}
	}
}

// exec runs a command, opening batches, and returns the messages. A command that blocks (a real
// timer slipped past Options.After) fails the test instead of hanging it.
func (h *harness) exec(cmd tea.Cmd) []tea.Msg {
	h.t.Helper()
	if cmd == nil {
		return nil
	}
	ch := make(chan tea.Msg, 1)
	go func() { ch <- cmd() }()
	var msg tea.Msg
	select {
	case msg = <-ch:
	case <-time.After(5 * time.Second):
		h.t.Fatalf("a command blocked for 5 s: something waits on a real timer instead of Options.After")
	}
	if batch, ok := msg.(tea.BatchMsg); ok {
		var out []tea.Msg
		for _, c := range batch {
			out = append(out, h.exec(c)...)
		}
		return out
	}
	if msg == nil {
		return nil
	}
	return []tea.Msg{msg}
}

// tick delivers the oldest pending tick; it fails when none is pending.
func (h *harness) tick() {
	h.t.Helper()
	if len(h.ticks) == 0 {
		h.t.Fatalf("no tick is pending (screen %d, phase %v)", h.m.screen, h.phase())
	}
	msg := h.ticks[0]
	h.ticks = h.ticks[1:]
	h.deliver(msg)
}

// until delivers ticks until cond holds.
func (h *harness) until(what string, cond func() bool) {
	h.t.Helper()
	for i := 0; !cond(); i++ {
		if i > 500 || len(h.ticks) == 0 {
			h.t.Fatalf("never reached %s (screen %d, phase %v, %d ticks pending)", what, h.m.screen, h.phase(), len(h.ticks))
		}
		h.tick()
	}
}

func (h *harness) eng() *session.Session {
	h.t.Helper()
	if h.m.screen != screenSession || h.m.session.eng == nil {
		h.t.Fatalf("not on the session screen (screen %d)", h.m.screen)
	}
	return h.m.session.eng
}

func (h *harness) phase() session.Phase {
	if h.m.screen != screenSession || h.m.session.eng == nil {
		return session.PhaseDone
	}
	return h.m.session.eng.Phase()
}

// untilPhase runs ticks until the session is in phase p.
func (h *harness) untilPhase(p session.Phase) {
	h.t.Helper()
	h.until(p.String(), func() bool { return h.m.screen == screenSession && h.phase() == p })
}

// checkin answers the check-in with its defaults (pain 0, every answer "no").
func (h *harness) checkin() {
	h.t.Helper()
	for range 4 {
		h.send(keyEnter)
	}
	if h.m.screen != screenSession {
		h.t.Fatalf("after 4 × enter the screen is %d, want the session (%d)", h.m.screen, screenSession)
	}
}

// startRoutine opens a harness on routine r and passes the check-in.
func startRoutine(t testing.TB, r exercises.Routine, edit func(*Options)) *harness {
	t.Helper()
	h := newHarness(t, func(o *Options) {
		o.Routine = &r
		if edit != nil {
			edit(o)
		}
	})
	h.checkin()
	return h
}

// firstSet is the result of the set of item i, side-less or the first side, from the record so far.
func firstSet(t *testing.T, rec record.Record, item int) record.SetResult {
	t.Helper()
	if item >= len(rec.Exercises) || len(rec.Exercises[item].Sets) == 0 {
		t.Fatalf("record has no set for exercise %d: %+v", item, rec.Exercises)
	}
	return rec.Exercises[item].Sets[0]
}
