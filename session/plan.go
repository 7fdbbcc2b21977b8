package session

import (
	"time"

	"upright/exercises"
	"upright/session/record"
)

// Step is one side of one set of one exercise of a routine.
type Step struct {
	// Item is the index of the exercise in Routine.Items.
	Item     int
	Exercise exercises.Exercise
	// Set is 1-based; Sets is how many sets the item has.
	Set, Sets int
	// Side is SideLeft or SideRight for sided exercises, SideNone otherwise.
	Side    string
	Measure exercises.Measure
	// Target is the hold of a hold, the per-rep hold of hold-reps, the cap of a max-hold or a
	// stopwatch, each stage of staged holds, or the window of timed reps.
	Target time.Duration
	Reps   int
	Tempo  exercises.Tempo
	// Stages is how many stances a staged-holds test has; 0 for every other measure.
	Stages int
}

// Counted reports whether the user counts the reps of the step by tapping: tapped reps, and the
// stands of a timed-reps window.
func (st Step) Counted() bool {
	return st.Tapped() || st.Measure == exercises.MeasureTimedReps
}

// Paced reports whether the app counts the reps of the step itself.
func (st Step) Paced() bool {
	return st.Measure == exercises.MeasureReps && st.Tempo.Paced()
}

// Tapped reports whether the user counts the reps of the step by tapping.
func (st Step) Tapped() bool {
	return st.Measure == exercises.MeasureReps && !st.Tempo.Paced()
}

// first reports whether the step opens its exercise, which is where the brief is shown.
func (st Step) first() bool { return st.Set == 1 && st.Side != record.SideRight }

// Plan is a routine unrolled into steps: exercise × set × side, left before right.
type Plan struct {
	Routine exercises.Routine
	Steps   []Step
}

// NewPlan unrolls a routine into its steps.
func NewPlan(r exercises.Routine) Plan {
	p := Plan{Routine: r}
	for i, it := range r.Items {
		sides := []string{record.SideNone}
		if it.Exercise.Sided {
			sides = []string{record.SideLeft, record.SideRight}
		}
		for set := 1; set <= it.Dose.Sets; set++ {
			for _, side := range sides {
				p.Steps = append(p.Steps, Step{
					Item:     i,
					Exercise: it.Exercise,
					Set:      set,
					Sets:     it.Dose.Sets,
					Side:     side,
					Measure:  it.Exercise.Measure,
					Target:   it.Dose.Hold,
					Reps:     it.Dose.Reps,
					Tempo:    it.Dose.Tempo,
					Stages:   stagesOf(it.Exercise),
				})
			}
		}
	}
	return p
}

// activeLength is how long the active phase of a step runs before it ends on its own, and whether
// it has such an end at all (tapped reps and an uncapped stopwatch do not).
func (st Step) activeLength() (time.Duration, bool) {
	switch st.Measure {
	case exercises.MeasureHold:
		return max(st.Target, 0), true
	case exercises.MeasureReps:
		if !st.Tempo.Paced() {
			return 0, false
		}
		return time.Duration(max(st.Reps, 0)) * st.Tempo.Rep(), true
	case exercises.MeasureHoldReps:
		if st.Reps <= 0 {
			return 0, true
		}
		return time.Duration(st.Reps)*max(st.Target, 0) + time.Duration(st.Reps-1)*exercises.HoldRepRelease, true
	case exercises.MeasureMaxHold, exercises.MeasureStopwatch, exercises.MeasureTimedReps:
		return st.Target, st.Target > 0
	case exercises.MeasureStagedHolds:
		return time.Duration(st.Stages) * max(st.Target, 0), true
	default:
		return 0, false
	}
}

// progress is what a step achieved after e of active time: the held time and the reps completed.
func (st Step) progress(e time.Duration) (held time.Duration, reps int) {
	switch st.Measure {
	case exercises.MeasureHold:
		return min(e, max(st.Target, 0)), 0
	case exercises.MeasureReps:
		if !st.Tempo.Paced() {
			return e, 0 // tapped reps are counted by the caller
		}
		return e, min(int(e/st.Tempo.Rep()), st.Reps)
	case exercises.MeasureHoldReps:
		hold := max(st.Target, 0)
		period := hold + exercises.HoldRepRelease
		k := int(e / period)
		if k >= st.Reps {
			return time.Duration(st.Reps) * hold, st.Reps
		}
		within := e - time.Duration(k)*period
		held = time.Duration(k)*hold + min(within, hold)
		reps = k
		if within >= hold {
			reps++
		}
		return held, reps
	case exercises.MeasureMaxHold, exercises.MeasureStopwatch:
		if st.Target > 0 {
			return min(e, st.Target), 0
		}
		return e, 0
	case exercises.MeasureTimedReps:
		return min(e, max(st.Target, 0)), 0 // the stands are counted by the caller
	case exercises.MeasureStagedHolds:
		return min(e, time.Duration(st.Stages)*max(st.Target, 0)), st.stagesHeld(e)
	default:
		return 0, 0
	}
}

// repMark is when rep k (1-based) of a paced or hold-reps step is counted, as active time.
func (st Step) repMark(k int) (time.Duration, bool) {
	if k < 1 || k > st.Reps {
		return 0, false
	}
	switch st.Measure {
	case exercises.MeasureReps:
		if !st.Tempo.Paced() {
			return 0, false
		}
		return time.Duration(k) * st.Tempo.Rep(), true
	case exercises.MeasureHoldReps:
		hold := max(st.Target, 0)
		return time.Duration(k)*hold + time.Duration(k-1)*exercises.HoldRepRelease, true
	case exercises.MeasureHold, exercises.MeasureMaxHold, exercises.MeasureStagedHolds,
		exercises.MeasureTimedReps, exercises.MeasureStopwatch:
		return 0, false
	default:
		return 0, false
	}
}

// result is the SetResult of the step with the given achievement, before flags and times.
func (st Step) result(held time.Duration, reps int) record.SetResult {
	r := record.SetResult{Set: st.Set, Side: st.Side, HeldSeconds: max(held, 0).Seconds(), Reps: reps}
	switch st.Measure {
	case exercises.MeasureHold, exercises.MeasureMaxHold:
		r.TargetSeconds = st.Target.Seconds()
	case exercises.MeasureReps:
		r.TargetReps = st.Reps
	case exercises.MeasureHoldReps:
		r.TargetSeconds = st.Target.Seconds()
		r.TargetReps = st.Reps
	case exercises.MeasureTimedReps, exercises.MeasureStopwatch:
		r.TargetSeconds = st.Target.Seconds()
		r.Measure = st.Measure.String()
	case exercises.MeasureStagedHolds:
		r.TargetSeconds = st.Target.Seconds()
		r.TargetReps = st.Stages
		r.Measure = st.Measure.String()
	}
	return r
}
