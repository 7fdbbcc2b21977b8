package kittest

import (
	"sync"
	"time"

	tea "github.com/charmbracelet/bubbletea"
)

// FakeClock is the time the UI sees; only the test (and After) moves it.
type FakeClock struct {
	mu sync.Mutex
	t  time.Time
}

// NewFakeClock is a clock standing at t.
func NewFakeClock(t time.Time) *FakeClock { return &FakeClock{t: t} }

// Now is the clock's time.
func (c *FakeClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

// Advance moves the clock on by d.
func (c *FakeClock) Advance(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.t = c.t.Add(d)
}

// After is Options.After for tests: the wait happens at once, by moving the clock forward, so
// the tick arrives exactly at the moment it was scheduled for and whole sessions run in
// milliseconds. The clock moves when the tick is scheduled (inside Update), which keeps runs
// deterministic even under teatest, where commands run on other goroutines.
func (c *FakeClock) After(d time.Duration, msg tea.Msg) tea.Cmd {
	c.Advance(d)
	return func() tea.Msg { return msg }
}

// Set moves the clock to t.
func (c *FakeClock) Set(t time.Time) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.t = t
}

// Delayed is a message Delay scheduled, held by a harness until the test delivers it.
type Delayed struct{ Msg tea.Msg }

// Delay is an env's After for harnesses: the clock moves to the moment at once and the message
// comes back as Delayed, so a harness can hold ticks until the test asks for them.
func (c *FakeClock) Delay(d time.Duration, msg tea.Msg) tea.Cmd {
	c.Advance(d)
	return func() tea.Msg { return Delayed{msg} }
}
