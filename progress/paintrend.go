package progress

import (
	"upright/session/record"
)

// Directions of a PainTrend.
const (
	TrendLower  = "lower"
	TrendSame   = "about the same"
	TrendHigher = "higher"
)

// trendStep is the smallest change of a mean 0–10 score called a change: anything under a point
// is within a session's ordinary ups and downs.
const trendStep = 1.0

// PainTrend compares pain in the first weeks of a period with pain in its last weeks, over the
// sessions that did at least one set.
type PainTrend struct {
	Early, Late   Span   // the first and last weeks that had such sessions, merged
	Before, After string // the direction of check-in and check-out pain: TrendLower, TrendSame or TrendHigher
}

// TrendOf takes the first and last two weeks with sessions (one each when there are only two or
// three); ok is false with fewer than two such weeks.
func TrendOf(weeks []Span) (PainTrend, bool) {
	var with []Span
	for _, w := range weeks {
		if w.Sessions > 0 {
			with = append(with, w)
		}
	}
	if len(with) < 2 {
		return PainTrend{}, false
	}
	k := min(2, len(with)/2)
	var t PainTrend
	for _, w := range with[:k] {
		t.Early = t.Early.merge(w)
	}
	for _, w := range with[len(with)-k:] {
		t.Late = t.Late.merge(w)
	}
	t.Before = direction(t.Early.PainBefore, t.Late.PainBefore)
	t.After = direction(t.Early.PainAfter, t.Late.PainAfter)
	return t, true
}

func direction(early, late Mean) string {
	a, ok1 := early.Value()
	b, ok2 := late.Value()
	switch {
	case !ok1 || !ok2:
		return ""
	case b-a >= trendStep:
		return TrendHigher
	case a-b >= trendStep:
		return TrendLower
	}
	return TrendSame
}

// SetsNotReached counts the planned sets that no record holds: sets of sessions that ended before
// reaching them. With PlannedVsDone's rows it adds up to Summary.SetsPlanned.
func SetsNotReached(recs []record.Record) int {
	n := 0
	for _, r := range sortedUsable(recs) {
		recorded := 0
		for _, e := range r.Exercises {
			recorded += len(e.Sets)
		}
		n += r.SetsPlanned() - recorded
	}
	return n
}
