package progress

import (
	"time"

	"upright/exercises"
	"upright/session/record"
)

// IsTest reports whether exerciseID names one of the catalog's tests. A test is read against the
// person's first result and its norms, never as an exercise trend: every screen and report that
// draws exercise trends leaves tests out by this rule.
func IsTest(exerciseID string) bool {
	ex, ok := exercises.Lookup(exerciseID)
	return ok && ex.Measure.Test()
}

// Point is one value of a series at the start of a session.
type Point struct {
	At    time.Time
	Value float64
}

// ExerciseBests gives, per session with the exercise, its best set: the most reps for reps and
// hold-reps sets, the longest hold otherwise. Skipped sets do not count; sessions where every set
// was skipped give no point.
func ExerciseBests(recs []record.Record, exerciseID string) []Point {
	var out []Point
	for _, r := range sortedUsable(recs) {
		best, ok := 0.0, false
		for _, e := range r.Exercises {
			if e.ID != exerciseID {
				continue
			}
			for _, s := range e.Sets {
				if s.Skipped {
					continue
				}
				v := s.HeldSeconds
				if s.TargetReps > 0 {
					v = float64(s.Reps)
				}
				if !ok || v > best {
					best, ok = v, true
				}
			}
		}
		if ok {
			out = append(out, Point{At: r.StartedAt, Value: best})
		}
	}
	return out
}

// RepsMeasured reports whether exerciseID's sets in recs count reps rather than seconds.
func RepsMeasured(recs []record.Record, exerciseID string) bool {
	for _, r := range recs {
		for _, e := range r.Exercises {
			if e.ID != exerciseID {
				continue
			}
			for _, s := range e.Sets {
				return s.TargetReps > 0
			}
		}
	}
	return false
}

// PainSeries gives the check-in pain and, where there is a check-out, the check-out pain of every
// session with at least one set done, both at the session's start so they line up: the pain of a
// session stopped at check-in or quit before its first set says nothing about how exercise felt,
// and the averages drawn from these series (the progress screen's, the report's) leave it out.
func PainSeries(recs []record.Record) (before, after []Point) {
	for _, r := range sortedUsable(recs) {
		if !active(r) {
			continue
		}
		before = append(before, Point{At: r.StartedAt, Value: float64(r.Checkin.Pain)})
		if r.Checkout != nil {
			after = append(after, Point{At: r.StartedAt, Value: float64(r.Checkout.Pain)})
		}
	}
	return before, after
}

// EffortSeries gives the check-out effort of every session with at least one set done that has a
// check-out.
func EffortSeries(recs []record.Record) []Point {
	var out []Point
	for _, r := range sortedUsable(recs) {
		if r.Checkout != nil && active(r) {
			out = append(out, Point{At: r.StartedAt, Value: float64(r.Checkout.Effort)})
		}
	}
	return out
}
