package session

import (
	"time"

	"upright/exercises"
	"upright/session/record"
)

// prepare brings the session up to now before an operation, so the operation acts on the phase
// the user sees, and returns the result to build on.
func (s *Session) prepare(now time.Time) Result {
	var r Result
	s.advance(now, &r)
	return r
}

func (r Result) fail(reason string) Result {
	r.OK, r.Reason = false, reason
	return r
}

func (r Result) done() Result {
	r.OK, r.Reason = true, ""
	return r
}

// blocked says why no operation but resume can act now, or "" when one can.
func (s *Session) blocked() string {
	switch {
	case s.finished:
		return "the session is finished"
	case s.paused:
		return "paused: press p to resume"
	case s.phase == PhaseDone:
		return "the session is done"
	}
	return ""
}

// Start starts the set whose brief is shown: its get-ready, or its active phase without one.
func (s *Session) Start(now time.Time) Result {
	r := s.prepare(now)
	if why := s.blocked(); why != "" {
		return r.fail(why)
	}
	if s.phase != PhaseBrief {
		return r.fail("already started")
	}
	s.startSet(now, &r)
	return r.done()
}

// Pause stops the clock of a get-ready, a set, a switch or a rest. Paused time shifts the
// deadline, never counts as held and is recorded in the set's PausedSeconds.
func (s *Session) Pause(now time.Time) Result {
	r := s.prepare(now)
	switch {
	case s.paused:
		return r.fail("already paused")
	case s.finished || s.phase == PhaseDone:
		return r.fail(s.blocked())
	case !s.phase.timed():
		return r.fail("nothing is running: press enter to start")
	}
	s.paused, s.pausedAt = true, now
	return r.done()
}

// Resume restarts the clock after Pause.
func (s *Session) Resume(now time.Time) Result {
	r := s.prepare(now)
	if !s.paused {
		return r.fail("not paused")
	}
	s.unpause(now)
	s.advance(now, &r)
	return r.done()
}

// activeStep checks that a set is under way and returns its step, or says why not.
func (s *Session) activeStep() (Step, string) {
	if why := s.blocked(); why != "" {
		return Step{}, why
	}
	if s.phase != PhaseActive {
		return Step{}, "no set is under way"
	}
	return s.plan.Steps[s.cursor], ""
}

// AddRep counts a tapped rep; reaching the target finalizes the set.
func (s *Session) AddRep(now time.Time) Result {
	r := s.prepare(now)
	st, why := s.activeStep()
	if why == "" {
		why = tapReason(st)
	}
	if why != "" {
		return r.fail(why)
	}
	s.reps++
	r.emit(Event{Kind: EventRepCounted, Phase: s.phase, N: s.reps, Step: s.cursor})
	if st.Reps > 0 && s.reps >= st.Reps {
		s.endPhase(now, &r)
	}
	return r.done()
}

// UndoRep takes back the last tapped rep.
func (s *Session) UndoRep(now time.Time) Result {
	r := s.prepare(now)
	st, why := s.activeStep()
	if why == "" {
		why = tapReason(st)
	}
	if why == "" && s.reps == 0 {
		why = "nothing to undo"
	}
	if why != "" {
		return r.fail(why)
	}
	s.reps--
	return r.done()
}

func tapReason(st Step) string {
	switch {
	case st.Counted():
		return ""
	case st.Paced(), st.Measure == exercises.MeasureHoldReps:
		return "the app counts these reps"
	default:
		return "this exercise has no reps to count"
	}
}

// StopClock stops the stopwatch of a max-hold test or a stopwatch test (the Timed Up and Go): the
// set is finalized with the time held or taken.
func (s *Session) StopClock(now time.Time) Result {
	r := s.prepare(now)
	st, why := s.activeStep()
	if why == "" && st.Measure != exercises.MeasureMaxHold && st.Measure != exercises.MeasureStopwatch {
		why = "no stopwatch is running: press e to end the set early"
	}
	if why != "" {
		return r.fail(why)
	}
	held, reps := s.achieved(now)
	s.finalize(now, st.result(held, reps), &r)
	return r.done()
}

// EndSetEarly ends the set now, keeping what was held or counted and marking it ended early. For
// a max-hold or stopwatch test it is the same as StopClock, and for a staged test the same as
// FailStage: that is how those sets end.
func (s *Session) EndSetEarly(now time.Time) Result {
	r := s.prepare(now)
	st, why := s.activeStep()
	if why != "" {
		return r.fail(why)
	}
	if st.Measure == exercises.MeasureStagedHolds {
		s.finalize(now, st.stagedResult(s.elapsed(now)), &r)
		return r.done()
	}
	held, reps := s.achieved(now)
	res := st.result(held, reps)
	res.EndedEarly = st.Measure != exercises.MeasureMaxHold && st.Measure != exercises.MeasureStopwatch
	s.finalize(now, res, &r)
	return r.done()
}

// SkipSet skips one side of one set from its brief, its get-ready or while it is under way (what
// was achieved is kept); the result is kept and marked skipped, and no rest follows.
func (s *Session) SkipSet(now time.Time) Result {
	r := s.prepare(now)
	if why := s.blocked(); why != "" {
		return r.fail(why)
	}
	switch s.phase {
	case PhaseRest:
		return r.fail("resting: press n to skip the rest")
	case PhaseSwitchSides:
		return r.fail("switching sides: press n to skip the countdown")
	case PhaseBrief, PhaseGetReady, PhaseActive, PhaseDone:
	}
	held, reps := s.achieved(now)
	res := s.plan.Steps[s.cursor].result(held, reps)
	res.Skipped = true
	s.finalize(now, res, &r)
	return r.done()
}

// SkipExercise skips the rest of the exercise under way (in rest and switch-sides, the exercise
// coming next): its remaining sets are kept marked skipped, and the next exercise's brief follows.
func (s *Session) SkipExercise(now time.Time) Result {
	r := s.prepare(now)
	if why := s.blocked(); why != "" {
		return r.fail(why)
	}
	s.skipped[s.plan.Steps[s.cursor].Item] = true
	s.skipItem(now, &r)
	return r.done()
}

// Back redoes the previous set: its result is removed and its get-ready starts. From a rest or a
// switch that is the set just done; from a brief, the last set of the previous exercise; from the
// first set's get-ready or active phase, the first brief.
func (s *Session) Back(now time.Time) Result {
	r := s.prepare(now)
	if s.finished || s.paused {
		return r.fail(s.blocked()) // from done, Back is allowed: it redoes the last set
	}
	if s.cursor == 0 {
		if s.phase == PhaseBrief {
			return r.fail("nothing to go back to")
		}
		s.stepPaused = 0
		s.enter(PhaseBrief, now, &r)
		return r.done()
	}
	s.cursor--
	s.has[s.cursor], s.results[s.cursor] = false, record.SetResult{}
	s.skipped[s.plan.Steps[s.cursor].Item] = false
	s.startSet(now, &r)
	return r.done()
}

// AdjustRest lengthens or shortens the rest (the UI uses ±15 s); what is left never goes below 0,
// and a rest shortened to nothing ends now.
func (s *Session) AdjustRest(now time.Time, delta time.Duration) Result {
	r := s.prepare(now)
	if why := s.blocked(); why != "" {
		return r.fail(why)
	}
	if s.phase != PhaseRest {
		return r.fail("not resting")
	}
	e := s.elapsed(now)
	s.phaseLen = max(s.phaseLen+delta, e)
	s.resetCountdown(s.phaseLen - e)
	s.advance(now, &r)
	return r.done()
}

// SkipRest skips ahead past the countdown of a rest, a get-ready or a switch-sides.
func (s *Session) SkipRest(now time.Time) Result {
	r := s.prepare(now)
	if why := s.blocked(); why != "" {
		return r.fail(why)
	}
	switch s.phase {
	case PhaseGetReady, PhaseSwitchSides:
		s.enter(PhaseActive, now, &r)
	case PhaseRest:
		s.enterStep(now, &r)
	case PhaseBrief:
		return r.fail("press enter to start")
	case PhaseActive:
		return r.fail("a set is under way: skip the set instead")
	case PhaseDone:
		return r.fail(s.blocked())
	}
	return r.done()
}
