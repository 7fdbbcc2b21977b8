package progress

import (
	"time"

	"upright/exercises"
	"upright/session/record"
)

// fallSensitive reports whether an exercise loads balance or the legs: it is not progressed after
// a fall, a loss of balance or dizziness.
func fallSensitive(e exercises.Exercise) bool {
	switch e.Category {
	case exercises.CategoryBalance, exercises.CategoryLowerBody, exercises.CategoryImpact:
		return true
	case exercises.CategoryCore, exercises.CategoryFlexibility, exercises.CategoryPosture,
		exercises.CategoryTest, exercises.CategoryUpperBody, exercises.CategorySafeMovement:
		return false
	}
	return false
}

// unsteady reports a fall at check-in, or a loss of balance or dizziness, in a session.
func unsteady(r record.Record) bool {
	if r.Checkin.Fall {
		return true
	}
	for _, f := range r.Flags {
		if f.Kind == record.FlagFall || f.Kind == record.FlagBalanceLoss || f.Kind == record.FlagDizziness {
			return true
		}
	}
	if r.Checkout != nil {
		for _, rep := range r.Checkout.Reports {
			if rep.BalanceLoss || rep.Dizziness {
				return true
			}
		}
	}
	return false
}

// morningAfter is the next session's answer about the morning after r, or MorningNotAsked when
// there is no later session.
func morningAfter(past []record.Record, r record.Record) record.Morning {
	for i := range past {
		if past[i].ID == r.ID && past[i].StartedAt.Equal(r.StartedAt) {
			if i+1 < len(past) {
				return past[i+1].Checkin.Morning
			}
			break
		}
	}
	return record.MorningNotAsked
}

// didSets reports whether any set of the exercise was done in r.
func didSets(r record.Record, id string) bool {
	e, _ := result(r, id)
	for _, s := range e.Sets {
		if !s.Skipped {
			return true
		}
	}
	return false
}

// unsteadyLately reports a fall, a loss of balance or dizziness in the last of past (sorted, none
// after now), or in any session of now's own day: a fall at this morning's check-in still holds
// balance progressions back after a steady session this afternoon.
func unsteadyLately(past []record.Record, now time.Time) bool {
	if len(past) == 0 {
		return false
	}
	if unsteady(past[len(past)-1]) {
		return true
	}
	today := dateOf(now, now.Location())
	for i := len(past) - 1; i >= 0 && dateOf(past[i].StartedAt, now.Location()) == today; i-- {
		if unsteady(past[i]) {
			return true
		}
	}
	return false
}

// checkinHeldBack reports whether the last session's check-in stopped it (a red flag) or advised a
// gentle day: no progression is offered until a later session.
func checkinHeldBack(past []record.Record) bool {
	if len(past) == 0 {
		return false
	}
	a := record.EvaluateCheckin(past[len(past)-1].Checkin)
	return a.Stop || a.GentleDay
}
