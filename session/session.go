package session

import (
	"errors"
	"fmt"
	"time"
	"upright/session/record"
)

// Meta is who a session is for and what they answered at check-in.
type Meta struct {
	ID, Profile string
	Demo        bool
	Checkin     record.Checkin
}

// Session is one run through a plan. Its zero value is not usable; create one with New or Resume.
type Session struct {
	plan Plan
	rec  record.Record // everything but Exercises, which are built from results on demand

	// results holds the result of each step; has marks the ones set. Steps before cursor all have a
	// result and steps from cursor on have none.
	results []record.SetResult
	has     []bool
	// skipped and stopped mark the items skipped with SkipExercise or stopped for pain.
	skipped, stopped []bool
	cautioned        []bool // a caution flag was added for the item

	cursor   int // the step under way or coming next (in rest and switch-sides, the next one)
	phase    Phase
	finished bool

	// The clock of the current phase. Its deadline is phaseStart + phasePaused + phaseLen; it is
	// computed from these each time, never by counting ticks, so late ticks never add up.
	phaseStart  time.Time
	phaseLen    time.Duration
	hasDeadline bool
	phasePaused time.Duration
	paused      bool
	pausedAt    time.Time
	stepPaused  time.Duration // paused while the step was under way: get-ready, switch, active

	// lastPain is the last pain reported during the session, when hasPain.
	lastPain int
	hasPain  bool

	reps     int  // reps counted in the active set
	halfDone bool // EventHalfway was emitted in this phase
	countN   int  // the next EventCountdown to emit (3, 2, 1), 0 when none is left
}

// New starts a session on a plan, in the brief of its first step.
func New(plan Plan, meta Meta, now time.Time) *Session {
	s := newSession(plan)
	s.rec = record.Record{
		Version:   record.RecordVersion,
		ID:        meta.ID,
		Profile:   meta.Profile,
		Routine:   record.RoutineRef{ID: plan.Routine.ID, Name: plan.Routine.Name},
		StartedAt: now,
		Status:    record.StatusInProgress,
		Demo:      meta.Demo,
		Checkin:   copyCheckin(meta.Checkin),
		Flags:     record.CheckinFlags(meta.Checkin, now),

		PlannedSets: len(plan.Steps),
	}
	var r Result
	s.enterStep(now, &r)
	return s
}

func newSession(plan Plan) *Session {
	n, items := len(plan.Steps), len(plan.Routine.Items)
	return &Session{
		plan:      plan,
		results:   make([]record.SetResult, n),
		has:       make([]bool, n),
		skipped:   make([]bool, items),
		stopped:   make([]bool, items),
		cautioned: make([]bool, items),
	}
}

// ErrCheckpoint is wrapped by Resume when a record does not fit the plan.
var ErrCheckpoint = errors.New("checkpoint does not match the routine")

// Resume rebuilds a session from a checkpoint record: the sets done are kept and the session
// continues in the brief of the first step without a result (or is done when none is left).
func Resume(plan Plan, rec record.Record, now time.Time) (*Session, error) {
	if rec.Routine.ID != plan.Routine.ID {
		return nil, fmt.Errorf("resume: routine %q, plan %q: %w", rec.Routine.ID, plan.Routine.ID, ErrCheckpoint)
	}
	if len(rec.Exercises) != len(plan.Routine.Items) {
		return nil, fmt.Errorf("resume: %d exercises, routine has %d: %w", len(rec.Exercises), len(plan.Routine.Items), ErrCheckpoint)
	}
	s := newSession(plan)
	for i, ex := range rec.Exercises {
		if ex.ID != plan.Routine.Items[i].Exercise.ID {
			return nil, fmt.Errorf("resume: exercise %d is %q, routine has %q: %w", i+1, ex.ID, plan.Routine.Items[i].Exercise.ID, ErrCheckpoint)
		}
		s.skipped[i], s.stopped[i] = ex.Skipped, ex.Stopped
		for _, set := range ex.Sets {
			k := plan.stepOf(i, set.Set, set.Side)
			if k < 0 || s.has[k] {
				return nil, fmt.Errorf("resume: %s set %d side %q: %w", ex.ID, set.Set, set.Side, ErrCheckpoint)
			}
			s.results[k], s.has[k] = set, true
		}
	}
	for s.cursor < len(s.has) && s.has[s.cursor] {
		s.cursor++
	}
	for k := s.cursor; k < len(s.has); k++ {
		if s.has[k] {
			return nil, fmt.Errorf("resume: a set after the first one missing is done: %w", ErrCheckpoint)
		}
	}
	rec.Exercises = nil
	rec.Status = record.StatusInProgress
	rec.EndedAt = time.Time{}
	rec.Checkout = nil
	rec.PlannedSets = len(plan.Steps)
	rec.Checkin = copyCheckin(rec.Checkin)
	rec.Flags = append([]record.Flag{}, rec.Flags...)
	for _, f := range rec.Flags {
		if f.Pain != nil { // the last pain reported before the stop is where a new report starts
			s.lastPain, s.hasPain = *f.Pain, true
		}
		if f.Kind == record.FlagCaution {
			if i := plan.itemOf(f.Exercise); i >= 0 {
				s.cautioned[i] = true
			}
		}
	}
	s.rec = rec
	var r Result
	if s.cursor >= len(s.plan.Steps) {
		s.enter(PhaseDone, now, &r)
	} else {
		s.enter(PhaseBrief, now, &r)
	}
	return s, nil
}

// stepOf finds the step of an item's set and side, or -1.
func (p Plan) stepOf(item, set int, side string) int {
	for k, st := range p.Steps {
		if st.Item == item && st.Set == set && st.Side == side {
			return k
		}
	}
	return -1
}

func (p Plan) itemOf(id string) int {
	for i, it := range p.Routine.Items {
		if it.Exercise.ID == id {
			return i
		}
	}
	return -1
}

// Phase is the current phase.
func (s *Session) Phase() Phase { return s.phase }

// Paused reports whether the clock is paused.
func (s *Session) Paused() bool { return s.paused }

// Done reports whether every step has a result or the session was finished.
func (s *Session) Done() bool { return s.phase == PhaseDone }

// Plan is the plan the session follows. Treat it as read-only.
func (s *Session) Plan() Plan { return s.plan }

// Step is the step under way (the next one in rest and switch-sides), or the zero Step when done.
func (s *Session) Step() Step {
	if s.cursor >= len(s.plan.Steps) {
		return Step{}
	}
	return s.plan.Steps[s.cursor]
}

// NextStep is the step after Step, if there is one.
func (s *Session) NextStep() (Step, bool) {
	if s.cursor+1 >= len(s.plan.Steps) {
		return Step{}, false
	}
	return s.plan.Steps[s.cursor+1], true
}

// Reps is the number of reps counted in the active set.
func (s *Session) Reps() int { return s.reps }

// Record is a deep copy of the record so far: one ExerciseResult for every item of the routine, in
// order, holding the sets that have a result.
func (s *Session) Record() record.Record {
	r := s.rec
	r.Checkin = copyCheckin(s.rec.Checkin)
	r.Flags = append(make([]record.Flag, 0, len(s.rec.Flags)), s.rec.Flags...)
	if s.rec.Checkout != nil {
		co := *s.rec.Checkout
		co.Reports = append([]record.ExerciseReport(nil), co.Reports...)
		r.Checkout = &co
	}
	r.Exercises = make([]record.ExerciseResult, len(s.plan.Routine.Items))
	for i, it := range s.plan.Routine.Items {
		r.Exercises[i] = record.ExerciseResult{
			ID: it.Exercise.ID, Name: it.Exercise.Name,
			Skipped: s.skipped[i], Stopped: s.stopped[i],
			Sets: []record.SetResult{},
		}
	}
	for k, st := range s.plan.Steps {
		if s.has[k] {
			e := &r.Exercises[st.Item]
			e.Sets = append(e.Sets, s.results[k])
		}
	}
	return r
}

func copyCheckin(c record.Checkin) record.Checkin {
	c.RedFlags = append([]string(nil), c.RedFlags...)
	return c
}
