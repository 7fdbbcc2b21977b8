package main

import (
	"io"
	"net"
	"sync"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/ssh"

	"upright/session/record"
)

// --idle closes a connection whose person has gone, not one whose person is exercising. The SSH
// library's own idle timeout counts any traffic both ways, so a countdown's redraw once a second
// kept an idle screen open at --idle 2s and closed a hold under way at anything shorter; here
// only keys count as the person being there, and a timer running on their screens (a hold, a
// rest, a get-ready) counts as them exercising.

// activity is one connection's signs of life: its last key, until when a timer on its screens
// runs, and commands running. Every session of the connection shares it.
type activity struct {
	mu         sync.Mutex
	lastKey    time.Time
	timerUntil time.Time
	busy       int // commands running: a report being written is not idle
	screens    int // interactive screens open, told by idle before the connection is cut
	idle       chan struct{}
	observe    *saveObserver
}

// idleGrace is how long screens told the connection is idle get to checkpoint and say so before
// the connection is cut.
const idleGrace = 3 * time.Second

type activityKey struct{}

func newActivity(at time.Time, observe *saveObserver) *activity {
	return &activity{lastKey: at, idle: make(chan struct{}), observe: observe}
}

// activityOf is the connection's activity; a fresh one (never idle) where none was attached, as
// for a session made outside a server.
func activityOf(ctx ssh.Context) *activity {
	if a, ok := ctx.Value(activityKey{}).(*activity); ok {
		return a
	}
	return newActivity(now(), nil)
}

// key notes a key (any input from the person) arriving at at.
func (a *activity) key(profile string, at time.Time) {
	a.mu.Lock()
	a.lastKey = at
	a.mu.Unlock()
	if a.observe != nil && a.observe.Key != nil {
		a.observe.Key(profile, at)
	}
}

// timer notes that the screens asked to be woken at due: a timer runs until then.
func (a *activity) timer(due time.Time) {
	a.mu.Lock()
	defer a.mu.Unlock()
	if due.After(a.timerUntil) {
		a.timerUntil = due
	}
}

// running counts a command or screens in or out (delta ±1).
func (a *activity) running(busy, screens int) {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.busy += busy
	a.screens += screens
}

// left is how long until the connection is idle for limit, as of now; zero or less means it is.
func (a *activity) left(now time.Time, limit time.Duration) time.Duration {
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.busy > 0 {
		return limit
	}
	last := a.lastKey
	if a.timerUntil.After(last) {
		last = a.timerUntil
	}
	return last.Add(limit).Sub(now)
}

// watch closes conn once it has been idle for limit: open screens are told first (through
// a.idle) and get idleGrace to end in order; anything else (an invite prompt, a connection that
// opened no session) is cut at once. It returns when the connection ends.
func (a *activity) watch(ctx ssh.Context, conn net.Conn, limit time.Duration) {
	for {
		d := a.left(now(), limit)
		if d <= 0 {
			break
		}
		t := time.NewTimer(d)
		select {
		case <-t.C:
		case <-ctx.Done():
			t.Stop()
			return
		}
	}
	close(a.idle)
	a.mu.Lock()
	screens := a.screens
	a.mu.Unlock()
	if screens > 0 {
		select {
		case <-ctx.Done():
		case <-time.After(idleGrace):
		}
	}
	_ = conn.Close()
}

// keyReader is a session's input, noting each read as a key of the person's.
type keyReader struct {
	r       io.Reader
	act     *activity
	profile string
}

func (k keyReader) Read(b []byte) (int, error) {
	n, err := k.r.Read(b)
	if n > 0 {
		k.act.key(k.profile, now())
	}
	return n, err
}

// saveObserver is told when keys reach a patient's connection and when each of their sets is on
// disk, so the load test times the save path at the server without timing code in the engine or
// the screens. The server runs without one.
type saveObserver struct {
	Key   func(profile string, at time.Time)
	Saved func(rec record.Record, at time.Time)
}

// after is the patient screens' ui.Options.After: a wake they ask for is a timer running until
// it is due (the session screen asks only while a step's clock runs, never while paused).
func (a *activity) after(d time.Duration, msg tea.Msg) tea.Cmd {
	a.timer(now().Add(d))
	return tea.Tick(d, func(time.Time) tea.Msg { return msg })
}
