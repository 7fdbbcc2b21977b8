package home

import "time"

// askMorning says whether the check-in asks how the morning after the last session felt: only
// when that session was on an earlier calendar day, where the person lives — after a session
// this morning there has been no morning after yet (issue 18).
func (h homeModel) askMorning() bool {
	if h.last == nil {
		return false
	}
	return laterDay(h.last.StartedAt, h.env.Now(), h.env.Loc)
}

// laterDay reports whether now falls on a later calendar day than then, in loc.
func laterDay(then, now time.Time, loc *time.Location) bool {
	if loc == nil {
		loc = time.Local
	}
	y1, m1, d1 := then.In(loc).Date()
	y2, m2, d2 := now.In(loc).Date()
	return time.Date(y2, m2, d2, 0, 0, 0, 0, time.UTC).After(time.Date(y1, m1, d1, 0, 0, 0, 0, time.UTC))
}
