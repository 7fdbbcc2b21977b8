package session

import (
	"time"

	"upright/exercises"
)

// Tick brings the session up to now: it ends phases whose deadline has passed (each ends exactly
// at its deadline, and the next phase starts there), counts paced reps and emits the halfway and
// countdown events, each once, even when ticks are irregular or skip over them. While paused it
// does nothing.
func (s *Session) Tick(now time.Time) Result {
	r := Result{OK: true}
	s.advance(now, &r)
	return r
}

// advance is Tick without the result's OK: every operation calls it first.
func (s *Session) advance(now time.Time, r *Result) {
	for !s.paused && !s.finished && s.phase.timed() {
		e := s.elapsed(now)
		for {
			at, kind, n, ok := s.nextMark()
			if !ok || at > e {
				break
			}
			s.emitMark(kind, n, r)
		}
		if !s.hasDeadline || e < s.phaseLen {
			return
		}
		s.endPhase(s.deadline(), r)
	}
}

// offset is the wall time of a point of the current phase given as time into it.
func (s *Session) offset(d time.Duration) time.Time { return s.phaseStart.Add(s.phasePaused + d) }

func (s *Session) deadline() time.Time { return s.offset(s.phaseLen) }

// elapsed is the time into the current phase, pauses excluded, never negative and never past
// the phase's length.
func (s *Session) elapsed(now time.Time) time.Duration {
	if !s.phase.timed() {
		return 0
	}
	if s.paused {
		now = s.pausedAt
	}
	e := max(now.Sub(s.phaseStart)-s.phasePaused, 0)
	if s.hasDeadline {
		e = min(e, s.phaseLen)
	}
	return e
}

// nextMark is the earliest event of the phase not yet emitted, as time into the phase.
func (s *Session) nextMark() (at time.Duration, kind EventKind, n int, ok bool) {
	if s.phase == PhaseActive {
		st := s.plan.Steps[s.cursor]
		if rat, rok := st.repMark(s.reps + 1); rok {
			at, kind, n, ok = rat, EventRepCounted, s.reps+1, true
		}
		if sat, sok := st.stageMark(s.reps + 1); sok {
			at, kind, n, ok = sat, EventStageHeld, s.reps+1, true
		}
	}
	if !s.halfDone && s.hasHalfway() {
		if h := s.phaseLen / 2; !ok || h < at {
			at, kind, n, ok = h, EventHalfway, 0, true
		}
	}
	if s.countN > 0 {
		if c := s.phaseLen - time.Duration(s.countN)*time.Second; !ok || c < at {
			at, kind, n, ok = c, EventCountdown, s.countN, true
		}
	}
	return at, kind, n, ok
}

func (s *Session) emitMark(kind EventKind, n int, r *Result) {
	switch kind {
	case EventRepCounted, EventStageHeld:
		s.reps = n
	case EventHalfway:
		s.halfDone = true
	case EventCountdown:
		s.countN--
	case EventPhaseStarted, EventPhaseEnded, EventSwitchSides, EventSetSaved,
		EventExerciseStopped, EventSessionDone:
		return // not marks
	default:
		return
	}
	r.emit(Event{Kind: kind, Phase: s.phase, N: n, Step: s.cursor})
}

// hasHalfway reports whether the phase has a halfway cue: holds and rests do.
func (s *Session) hasHalfway() bool {
	if s.phaseLen <= 0 {
		return false
	}
	switch s.phase {
	case PhaseRest:
		return true
	case PhaseActive:
		return s.plan.Steps[s.cursor].Measure == exercises.MeasureHold
	case PhaseBrief, PhaseGetReady, PhaseSwitchSides, PhaseDone:
		return false
	default:
		return false
	}
}

// hasCountdown reports whether the phase counts down its last three seconds.
func (s *Session) hasCountdown() bool {
	switch s.phase {
	case PhaseGetReady, PhaseSwitchSides, PhaseRest:
		return true
	case PhaseActive:
		m := s.plan.Steps[s.cursor].Measure
		return m == exercises.MeasureHold || m == exercises.MeasureTimedReps
	case PhaseBrief, PhaseDone:
		return false
	default:
		return false
	}
}

// resetCountdown arms the countdown marks that lie strictly ahead, given the time left.
func (s *Session) resetCountdown(left time.Duration) {
	s.countN = 0
	if !s.hasCountdown() {
		return
	}
	for n := 3; n >= 1; n-- {
		if time.Duration(n)*time.Second < left {
			s.countN = n
			return
		}
	}
}

// Remaining is what is left of the current countdown (get-ready, a hold, hold-reps, paced reps,
// the cap of a max-hold, switch-sides, rest); never negative, frozen while paused, zero when
// nothing counts down.
func (s *Session) Remaining(now time.Time) time.Duration {
	if !s.hasDeadline || !s.phase.timed() {
		return 0
	}
	return s.phaseLen - s.elapsed(now)
}

// Elapsed is the time into the current phase, pauses excluded: the held time of an active set and
// the stopwatch of a max-hold. It never passes PhaseLength when the phase has one.
func (s *Session) Elapsed(now time.Time) time.Duration { return s.elapsed(now) }

// PhaseLength is the full length of the current timed phase, rest changes included; zero in the
// brief, when done, and for tapped reps, which have no length.
func (s *Session) PhaseLength() time.Duration {
	if !s.hasDeadline || !s.phase.timed() {
		return 0
	}
	return s.phaseLen
}

// Pace is where a paced rep or a hold-rep is; the zero PaceState outside such a set.
func (s *Session) Pace(now time.Time) PaceState {
	if s.phase != PhaseActive {
		return PaceState{}
	}
	st := s.plan.Steps[s.cursor]
	var up, down time.Duration
	switch st.Measure {
	case exercises.MeasureReps:
		if !st.Tempo.Paced() {
			return PaceState{}
		}
		up, down = st.Tempo.Up, st.Tempo.Down
	case exercises.MeasureHoldReps:
		up, down = max(st.Target, 0), exercises.HoldRepRelease
	case exercises.MeasureHold, exercises.MeasureMaxHold, exercises.MeasureStagedHolds,
		exercises.MeasureTimedReps, exercises.MeasureStopwatch:
		return PaceState{}
	default:
		return PaceState{}
	}
	if st.Reps <= 0 || up+down <= 0 {
		return PaceState{}
	}
	e := s.elapsed(now)
	k := int(e / (up + down))
	if k >= st.Reps {
		return PaceState{Rep: st.Reps, Up: false, PhaseLength: down}
	}
	within := e - time.Duration(k)*(up+down)
	if within < up {
		return PaceState{Rep: k + 1, Up: true, PhaseRemaining: up - within, PhaseLength: up}
	}
	return PaceState{Rep: k + 1, Up: false, PhaseRemaining: up + down - within, PhaseLength: down}
}

// NextChange is the next instant the display changes: the next whole second of a countdown (or of
// a stopwatch), a tempo boundary, a cue, the deadline. It is the zero time when nothing timed is
// running: in the brief, while paused, during tapped reps without a cap, and when done. A time
// at or before now means a tick is due now.
func (s *Session) NextChange(now time.Time) time.Time {
	if s.paused || s.finished || !s.phase.timed() {
		return time.Time{}
	}
	st := s.Step()
	if s.phase == PhaseActive && st.Tapped() {
		return time.Time{}
	}
	e := s.elapsed(now)
	var next time.Duration = -1 // as time into the phase
	consider := func(d time.Duration) {
		if d > e && (next < 0 || d < next) {
			next = d
		}
	}
	if s.hasDeadline {
		if e >= s.phaseLen {
			return s.deadline()
		}
		consider(s.phaseLen)
		consider(s.phaseLen - wholeSeconds(s.phaseLen-e))
	}
	if s.phase == PhaseActive && (st.Measure == exercises.MeasureMaxHold || st.Measure == exercises.MeasureStopwatch) {
		consider(e - e%time.Second + time.Second) // the stopwatch counts up
	}
	if at, _, _, ok := s.nextMark(); ok {
		consider(at)
	}
	if p := s.Pace(now); p.Rep > 0 && p.PhaseRemaining > 0 {
		end := e + p.PhaseRemaining
		consider(end)
		consider(end - wholeSeconds(p.PhaseRemaining))
	}
	if next < 0 {
		return time.Time{}
	}
	return s.offset(next)
}

// wholeSeconds is the largest whole number of seconds strictly below d: when d has that much
// left, a display rounding up changes.
func wholeSeconds(d time.Duration) time.Duration {
	w := d - d%time.Second
	if w == d {
		w -= time.Second
	}
	return max(w, 0)
}
