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
	"upright/ui/kit/kittest"
	"upright/ui/screen/workout"
)

// The shared fixtures, by their short names here.
var (
	t0           = kittest.T0
	keyEnter     = kittest.KeyEnter
	keySpace     = kittest.KeySpace
	keyCtrlC     = kittest.KeyCtrlC
	runes        = kittest.Runes
	mustExercise = kittest.MustExercise
	tinyRoutine  = kittest.TinyRoutine
	clinicDemo   = kittest.ClinicDemo
)

func TestMain(m *testing.M) {
	flag.Parse()
	// Plain text: goldens are stable on every terminal and readable in review.
	lipgloss.SetColorProfile(termenv.Ascii)
	os.Exit(m.Run())
}

// testOptions are the options every test starts from: fixed clock, id, no bell, no waiting.
func testOptions(c *kittest.FakeClock, st *kittest.FakeStore) Options {
	o := Options{Now: c.Now, After: c.After, NewID: func() string { return "s-test" },
		Bell: io.Discard, Quiet: true}
	if st != nil {
		o.Store = st
	}
	return o
}

// harness drives the root model by hand: every command an Update returns is run, and the
// messages it produces are delivered in turn, except ticks, which wait in ticks until the test
// delivers them (the clock has already moved to their moment: see fakeClock.After).
type harness struct {
	t     testing.TB
	clock *kittest.FakeClock
	store *kittest.FakeStore
	m     Model
	ticks []tea.Msg
	quit  bool
	// addAt is where the builder's add list stands (builder_cases_test.go).
	addAt int
}

func newHarness(t testing.TB, edit func(*Options)) *harness {
	t.Helper()
	h := &harness{t: t, clock: kittest.NewFakeClock(t0), store: &kittest.FakeStore{}}
	o := testOptions(h.clock, h.store)
	o.After = h.clock.Delay // ticks wait in h.ticks
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
		switch msg := msg.(type) {
		case kittest.Delayed:
			h.ticks = append(h.ticks, msg.Msg)
		case tea.QuitMsg:
			h.quit = true
		default:
			h.deliver(msg)
		}
	}
}

// exec runs a command, opening batches, and returns the messages. A command that blocks (a real
// timer slipped past Options.After) fails the test instead of hanging it.
func (h *harness) exec(cmd tea.Cmd) []tea.Msg { return kittest.Exec(h.t, cmd) }

// tick delivers the oldest pending tick; it fails when none is pending.
func (h *harness) tick() {
	h.t.Helper()
	if len(h.ticks) == 0 {
		h.t.Fatalf("no tick is pending (screen %v, phase %v)", h.screen(), h.phase())
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
			h.t.Fatalf("never reached %s (screen %v, phase %v, %d ticks pending)", what, h.screen(), h.phase(), len(h.ticks))
		}
		h.tick()
	}
}

func (h *harness) eng() *session.Session {
	h.t.Helper()
	eng, _, ok := workout.Engine(h.m.screen)
	if !ok || h.screen() != screenSession {
		h.t.Fatalf("not on the session screen (screen %v)", h.screen())
	}
	return eng
}

// at is the session screen's time of its last message, which it draws from.
func (h *harness) at() time.Time {
	_, at, _ := workout.Engine(h.m.screen)
	return at
}

func (h *harness) phase() session.Phase {
	eng, _, ok := workout.Engine(h.m.screen)
	if !ok || h.screen() != screenSession {
		return session.PhaseDone
	}
	return eng.Phase()
}

// untilPhase runs ticks until the session is in phase p.
func (h *harness) untilPhase(p session.Phase) {
	h.t.Helper()
	h.until(p.String(), func() bool { return h.screen() == screenSession && h.phase() == p })
}

// checkin answers the check-in with its defaults (pain 0, every answer "no").
func (h *harness) checkin() {
	h.t.Helper()
	h.passGate()
	for range 4 {
		h.send(keyEnter)
	}
	if h.screen() != screenSession {
		h.t.Fatalf("after 4 × enter the screen is %v, want the session", h.screen())
	}
}

// passGate acknowledges the cautions shown before a check-in, with their own key, when shown.
func (h *harness) passGate() {
	h.t.Helper()
	if h.screen() == screenGate {
		h.send(runes("a"))
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
