package session

import (
	"time"

	"upright/exercises"
	"upright/session/record"
)

// enter starts a phase at the given instant, which is a deadline when time ended the phase before
// it, so lateness of ticks never carries over into the next phase.
func (s *Session) enter(p Phase, at time.Time, r *Result) {
	s.phase = p
	s.phaseStart = at
	s.phasePaused = 0
	s.paused = false
	s.halfDone = false
	s.phaseLen, s.hasDeadline = 0, false
	switch p {
	case PhaseGetReady:
		s.phaseLen, s.hasDeadline = s.plan.Routine.GetReady, true
	case PhaseActive:
		s.reps = 0
		s.phaseLen, s.hasDeadline = s.plan.Steps[s.cursor].activeLength()
	case PhaseSwitchSides:
		s.phaseLen, s.hasDeadline = exercises.SwitchSides, true
	case PhaseRest:
		s.phaseLen, s.hasDeadline = s.plan.Routine.RestAfter(s.plan.Steps[s.cursor-1].Item), true
	case PhaseBrief, PhaseDone:
	}
	if p != PhaseActive {
		s.reps = 0
	}
	s.resetCountdown(s.phaseLen)
	r.emit(Event{Kind: EventPhaseStarted, Phase: p, Step: s.cursor})
	if p == PhaseDone {
		r.emit(Event{Kind: EventSessionDone, Phase: p, Step: s.cursor})
	}
}

// enterStep goes to the start of the step at the cursor: its exercise's brief when it opens the
// exercise, else its get-ready (or straight to active when there is no get-ready).
func (s *Session) enterStep(at time.Time, r *Result) {
	switch {
	case s.cursor >= len(s.plan.Steps):
		s.enter(PhaseDone, at, r)
	case s.plan.Steps[s.cursor].first():
		s.enter(PhaseBrief, at, r)
	default:
		s.startSet(at, r)
	}
}

// startSet goes to the get-ready of the step at the cursor, or to its active phase without one.
func (s *Session) startSet(at time.Time, r *Result) {
	s.stepPaused = 0
	if s.plan.Routine.GetReady > 0 {
		s.enter(PhaseGetReady, at, r)
		return
	}
	s.enter(PhaseActive, at, r)
}

// endPhase ends the current timed phase on its own at its deadline (or, for tapped reps, at the
// target) and moves on.
func (s *Session) endPhase(at time.Time, r *Result) {
	r.emit(Event{Kind: EventPhaseEnded, Phase: s.phase, Step: s.cursor})
	switch s.phase {
	case PhaseGetReady, PhaseSwitchSides:
		s.enter(PhaseActive, at, r)
	case PhaseActive:
		st := s.plan.Steps[s.cursor]
		held, reps := st.progress(s.phaseLen)
		if st.Counted() {
			held, reps = s.elapsed(at), s.reps
		}
		s.finalize(at, st.result(held, reps), r)
	case PhaseRest:
		s.enterStep(at, r)
	case PhaseBrief, PhaseDone:
	}
}

// finalize stores the result of the step at the cursor and moves on: to switch-sides after a left
// side, to rest, or straight to the next step after a skip.
func (s *Session) finalize(at time.Time, res record.SetResult, r *Result) {
	st := s.plan.Steps[s.cursor]
	s.store(at, res, r)
	switch {
	case s.cursor >= len(s.plan.Steps):
		s.enter(PhaseDone, at, r)
	case res.Skipped:
		s.enterStep(at, r)
	case st.Side == record.SideLeft && s.plan.Steps[s.cursor].Side == record.SideRight:
		r.emit(Event{Kind: EventSwitchSides, Phase: PhaseSwitchSides, Step: s.cursor})
		s.enter(PhaseSwitchSides, at, r)
	case s.plan.Routine.RestAfter(st.Item) > 0:
		s.enter(PhaseRest, at, r)
	default:
		s.enterStep(at, r)
	}
}

// store keeps the result of the step at the cursor and moves the cursor past it.
func (s *Session) store(at time.Time, res record.SetResult, r *Result) {
	k := s.cursor
	st := s.plan.Steps[k]
	res.CompletedAt = at
	res.PausedSeconds = s.stepPaused.Seconds()
	s.results[k], s.has[k] = res, true
	s.stepPaused = 0
	s.reps = 0
	r.Saved = true
	r.emit(Event{Kind: EventSetSaved, Phase: s.phase, Step: k})
	if !res.Skipped && st.Exercise.Status.Flagged() && !s.cautioned[st.Item] {
		s.cautioned[st.Item] = true
		s.rec.Flags = append(s.rec.Flags, record.Flag{
			Kind: record.FlagCaution, Exercise: st.Exercise.ID, At: at,
			Detail: st.Exercise.Name + " is " + st.Exercise.Status.Words() + " and was done from a routine that placed it knowingly",
		})
	}
	s.cursor++
}

// achieved is what the active set at the cursor has achieved by now: held time and reps.
func (s *Session) achieved(now time.Time) (time.Duration, int) {
	if s.phase != PhaseActive {
		return 0, 0
	}
	st := s.plan.Steps[s.cursor]
	e := s.elapsed(now)
	if st.Counted() {
		return e, s.reps
	}
	return st.progress(e)
}

// skipItem marks the step at the cursor and the rest of its item's steps skipped, keeping what
// the set under way achieved, and goes to the next exercise.
func (s *Session) skipItem(now time.Time, r *Result) {
	item := s.plan.Steps[s.cursor].Item
	held, reps := s.achieved(now)
	for s.cursor < len(s.plan.Steps) && s.plan.Steps[s.cursor].Item == item {
		res := s.plan.Steps[s.cursor].result(held, reps)
		res.Skipped = true
		s.store(now, res, r)
		held, reps = 0, 0
	}
	s.enterStep(now, r)
}
