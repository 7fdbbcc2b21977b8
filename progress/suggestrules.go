package progress

import (
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

// AfterCheckin drops the progressions today's check-in advice rules out: all of them on a gentle
// day, and those of balance and leg exercises after a fall. Step-backs are always kept.
func AfterCheckin(sg []Suggestion, a record.Advice) []Suggestion {
	var out []Suggestion
	for _, s := range sg {
		if s.Kind != SuggestStepBack {
			if a.GentleDay || a.Stop {
				continue
			}
			if e, ok := exercises.Lookup(s.ExerciseID); ok && a.NoBalanceProgression && fallSensitive(e) {
				continue
			}
		}
		out = append(out, s)
	}
	return out
}
