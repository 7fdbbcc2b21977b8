package kittest

import (
	"reflect"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"upright/ui/kit"
)

// Harness drives one screen by hand, as the root would, without the root: every command an
// Update returns is run and what it produces is delivered back, except nav intents, which are
// recorded in Navs (the root would move), and delayed messages (ticks), which wait in Ticks.
type Harness struct {
	T      testing.TB
	Clock  *FakeClock
	Store  *FakeStore
	Env    *kit.Env
	Active kit.Active
	Screen kit.Screen
	// Navs are the nav intents the screen sent, in order; Errs the failures it reported.
	Navs  []tea.Msg
	Errs  []error
	Ticks []tea.Msg
	Quit  bool
}

// NewHarness is a harness on an 80×24 terminal at T0, with store (nil: no database) and the
// "default" profile active.
func NewHarness(t testing.TB, store *FakeStore) *Harness {
	h := &Harness{T: t, Clock: NewFakeClock(T0), Active: kit.Active{Profile: "default"}}
	e := &kit.Env{Now: h.Clock.Now, NewID: func() string { return "s-test" }, Quiet: true,
		Styles: kit.DefaultStyles(), Loc: T0.Location(), Width: 80, Height: 24}
	if store != nil {
		h.Store, e.Store = store, store
	}
	e.After = h.Clock.Delay
	h.Env = e.WithActive(func() kit.Active { return h.Active })
	return h
}

// Open shows the screen open returns and runs its first command.
func (h *Harness) Open(open func(e *kit.Env) (kit.Screen, tea.Cmd)) *Harness {
	h.T.Helper()
	s, cmd := open(h.Env)
	h.Screen = s
	h.run(cmd)
	return h
}

// Send delivers messages (keys, usually) one after the other.
func (h *Harness) Send(msgs ...tea.Msg) {
	h.T.Helper()
	for _, msg := range msgs {
		h.deliver(msg)
	}
}

func (h *Harness) deliver(msg tea.Msg) {
	h.T.Helper()
	switch msg := msg.(type) {
	case kit.ErrMsg:
		h.Errs = append(h.Errs, msg.Err)
	case kit.ProfileSavedMsg:
		if msg.P.Name == h.Active.Profile {
			h.Active.Data = msg.P
		}
	}
	s, cmd := h.Screen.Update(msg)
	h.Screen = s
	h.run(cmd)
}

// Tick delivers the oldest pending tick.
func (h *Harness) Tick() {
	h.T.Helper()
	if len(h.Ticks) == 0 {
		h.T.Fatal("no tick is pending")
	}
	msg := h.Ticks[0]
	h.Ticks = h.Ticks[1:]
	h.deliver(msg)
}

// LastNav is the last nav intent sent, or nil.
func (h *Harness) LastNav() tea.Msg {
	if len(h.Navs) == 0 {
		return nil
	}
	return h.Navs[len(h.Navs)-1]
}

// View draws the screen at the terminal's size.
func (h *Harness) View() string { return h.Screen.View(h.Env.Width, h.Env.Height) }

func (h *Harness) run(cmd tea.Cmd) {
	h.T.Helper()
	for _, msg := range Exec(h.T, cmd) {
		switch m := msg.(type) {
		case Delayed:
			h.Ticks = append(h.Ticks, m.Msg)
		case tea.QuitMsg:
			h.Quit = true
		default:
			if reflect.TypeOf(msg).PkgPath() == "upright/ui/nav" {
				h.Navs = append(h.Navs, msg)
				continue
			}
			h.deliver(msg)
		}
	}
}

// Exec runs a command, opening batches, and returns the messages. A command that blocks (a real
// timer slipped past the env's After) fails the test instead of hanging it.
func Exec(t testing.TB, cmd tea.Cmd) []tea.Msg {
	t.Helper()
	if cmd == nil {
		return nil
	}
	ch := make(chan tea.Msg, 1)
	go func() { ch <- cmd() }()
	var msg tea.Msg
	select {
	case msg = <-ch:
	case <-time.After(5 * time.Second):
		t.Fatalf("a command blocked for 5 s: something waits on a real timer instead of the env's After")
	}
	if batch, ok := msg.(tea.BatchMsg); ok {
		var out []tea.Msg
		for _, c := range batch {
			out = append(out, Exec(t, c)...)
		}
		return out
	}
	if msg == nil {
		return nil
	}
	return []tea.Msg{msg}
}

// At sets the clock to now and the person's time zone to now's.
func (h *Harness) At(now time.Time) *Harness {
	h.Clock.Set(now)
	h.Env.Loc = now.Location()
	return h
}
