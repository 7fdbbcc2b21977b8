package session

import "time"

// Pain is the person's pain as last known: the last report of this session, else the check-in's.
// A new report starts from it, so a person who only answers "sharp" never records 0/10.
func (s *Session) Pain() int {
	if s.hasPain {
		return s.lastPain
	}
	return s.rec.Checkin.Pain
}

// MaxTickGap is the longest a running step may go between a tick's due time and its arrival
// before the engine takes it for a stopped process (ctrl+z, SIGSTOP, a closed laptop lid).
const MaxTickGap = 3 * time.Second

// CatchUp is called with the time a tick was due and the time it arrived. When the gap is more
// than ticks can explain, the step is paused as of due, so the time away is never credited as
// held or rested; it returns what bringing the session up to due did and how long the process
// was away (0 when the gap was ordinary, and then nothing was done).
func (s *Session) CatchUp(due, now time.Time) (Result, time.Duration) {
	r := Result{OK: true}
	gap := now.Sub(due)
	if gap <= MaxTickGap || due.IsZero() || s.paused || s.finished || !s.phase.timed() {
		return r, 0
	}
	s.advance(due, &r)
	if s.paused || s.finished || !s.phase.timed() {
		return r, gap
	}
	s.paused, s.pausedAt = true, due
	return r, gap
}
