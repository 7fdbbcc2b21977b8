package session

import (
	"time"

	"upright/exercises"
	"upright/session/record"
)

// stagesOf is how many stances a staged-holds exercise has; a card without named stages is one.
func stagesOf(e exercises.Exercise) int {
	if e.Measure != exercises.MeasureStagedHolds {
		return 0
	}
	return max(len(e.Stages), 1)
}

// stagesHeld is how many whole stages e of active time covers.
func (st Step) stagesHeld(e time.Duration) int {
	if st.Target <= 0 {
		return st.Stages
	}
	return min(int(e/st.Target), st.Stages)
}

// stageMark is when stage k (1-based) of a staged-holds step is held, as active time; the last
// stage's mark is the end of the phase, which ends the set instead.
func (st Step) stageMark(k int) (time.Duration, bool) {
	if st.Measure != exercises.MeasureStagedHolds || k < 1 || k >= st.Stages {
		return 0, false
	}
	return time.Duration(k) * st.Target, true
}

// Stage is where a staged-holds test is: the stance under way (1-based), how many there are, and
// what is left of it. Zero outside the active phase of such a test.
func (s *Session) Stage(now time.Time) (stage, of int, left time.Duration) {
	if s.phase != PhaseActive {
		return 0, 0, 0
	}
	st := s.plan.Steps[s.cursor]
	if st.Measure != exercises.MeasureStagedHolds {
		return 0, 0, 0
	}
	e := s.elapsed(now)
	k := min(st.stagesHeld(e), st.Stages-1)
	return k + 1, st.Stages, time.Duration(k+1)*st.Target - e
}

// FailStage ends a staged-holds test at the stance under way: the person moved their feet or
// held on. The set is finalized with the stances held and the time of the failed one.
func (s *Session) FailStage(now time.Time) Result {
	r := s.prepare(now)
	st, why := s.activeStep()
	if why == "" && st.Measure != exercises.MeasureStagedHolds {
		why = "no staged test is under way"
	}
	if why != "" {
		return r.fail(why)
	}
	s.finalize(now, st.stagedResult(s.elapsed(now)), &r)
	return r.done()
}

// stagedResult is the result of a staged test that ended, the stance under way not held, after e
// of active time: the stances held in full, and how long the failed one lasted.
func (st Step) stagedResult(e time.Duration) record.SetResult {
	k := st.stagesHeld(e)
	res := st.result(e, k)
	if k < st.Stages {
		res.FailedStageSeconds = max(e-time.Duration(k)*st.Target, 0).Seconds()
	}
	return res
}
