package progress

import (
	"slices"
	"sort"
	"time"

	"upright/session/profile"
	"upright/session/record"
)

// DefaultTargets are the guideline minimums, used when the therapist set none: strength 2 days,
// balance and posture daily, stretches 2 (Too Fit To Fracture, 2014; Osteoporosis Canada, 2023).
func DefaultTargets() profile.WeeklyTargets {
	return profile.WeeklyTargets{StrengthDays: 2, BalanceDays: 7, PostureDays: 7, StretchDays: 2}
}

// TargetsOf is the weekly targets a person's adherence is measured against: their therapist's
// where set, else DefaultTargets.
func TargetsOf(p profile.Profile) profile.WeeklyTargets {
	if p.Targets != nil {
		return *p.Targets
	}
	return DefaultTargets()
}

// Summary counts the records of a period.
type Summary struct {
	Sessions    int // every usable record, stopped ones included
	Active      int // sessions that did at least one set
	Completed   int
	Partial     int
	Interrupted int
	Stopped     int
	Flagged     int // sessions a therapist should look at: flags, red flags, reported sharp pain, dizziness or loss of balance
	SetsPlanned int
	SetsDone    int
	Time        time.Duration
	First, Last time.Time // start times of the earliest and latest session
}

// Summarize counts recs. Demo records and checkpoints are left out, as everywhere in this package.
func Summarize(recs []record.Record) Summary {
	var s Summary
	for _, r := range sortedUsable(recs) {
		s.Sessions++
		if active(r) {
			s.Active++
		}
		switch r.Status {
		case record.StatusCompleted:
			s.Completed++
		case record.StatusPartial:
			s.Partial++
		case record.StatusInterrupted:
			s.Interrupted++
		case record.StatusStopped:
			s.Stopped++
		}
		if r.Flagged() {
			s.Flagged++
		}
		s.SetsPlanned += r.SetsPlanned()
		s.SetsDone += r.SetsDone()
		s.Time += r.Duration()
		if s.First.IsZero() {
			s.First = r.StartedAt
		}
		s.Last = r.StartedAt
	}
	return s
}

// Filter returns the usable records that started in [since, until), sorted by start time. A zero
// since or until leaves that end open.
func Filter(recs []record.Record, since, until time.Time) []record.Record {
	var out []record.Record
	for _, r := range sortedUsable(recs) {
		if !since.IsZero() && r.StartedAt.Before(since) {
			continue
		}
		if !until.IsZero() && !r.StartedAt.Before(until) {
			continue
		}
		out = append(out, r)
	}
	return out
}

// usable leaves out demo sessions and checkpoints: neither is a session that happened and was kept.
func usable(r record.Record) bool {
	return !r.Demo && r.Status != record.StatusInProgress
}

// active reports whether the session did something: not stopped at check-in, at least one set done.
func active(r record.Record) bool {
	return usable(r) && r.Status != record.StatusStopped && r.SetsDone() > 0
}

// sortedUsable copies the usable records, sorted by start time (ties keep their input order), so no
// function here depends on the order the store returned them in.
func sortedUsable(recs []record.Record) []record.Record {
	if chronological(recs) {
		return recs // nothing to leave out or move: callers only read it
	}
	out := make([]record.Record, 0, len(recs))
	for _, r := range recs {
		if usable(r) {
			out = append(out, r)
		}
	}
	// The store lists records newest first and most callers pass them on as they came, so the
	// common cases are a reversal or nothing at all; a full stable sort of these large values
	// (each swap copies a whole record) was most of the progress screen's time.
	switch {
	case sort.SliceIsSorted(out, func(i, j int) bool { return out[i].StartedAt.Before(out[j].StartedAt) }):
	case sort.SliceIsSorted(out, func(i, j int) bool { return out[i].StartedAt.After(out[j].StartedAt) }) && distinctStarts(out):
		slices.Reverse(out)
	default:
		sort.SliceStable(out, func(i, j int) bool { return out[i].StartedAt.Before(out[j].StartedAt) })
	}
	return out
}

// Chronological returns the usable records (no demos, no checkpoints) oldest first. Every function
// here sorts its input that way; passing them this result once spares them doing it again.
func Chronological(recs []record.Record) []record.Record {
	return sortedUsable(recs)
}

// chronological reports whether recs are all usable and already oldest first.
func chronological(recs []record.Record) bool {
	for i, r := range recs {
		if !usable(r) || i > 0 && r.StartedAt.Before(recs[i-1].StartedAt) {
			return false
		}
	}
	return true
}

// distinctStarts reports whether no two neighbouring records share a start time: only then is
// reversing a newest-first list the same as a stable sort (ties must keep their input order).
func distinctStarts(recs []record.Record) bool {
	for i := 1; i < len(recs); i++ {
		if recs[i].StartedAt.Equal(recs[i-1].StartedAt) {
			return false
		}
	}
	return true
}

// date is a calendar day in some location. Days are compared as dates, never as instants, so a
// 23-hour or 25-hour day around a DST change is still one day.
type date struct {
	y int
	m time.Month
	d int
}

func dateOf(t time.Time, loc *time.Location) date {
	if loc == nil {
		loc = time.UTC
	}
	y, m, d := t.In(loc).Date()
	return date{y, m, d}
}

// add moves n days; the arithmetic runs at noon UTC where every day has 24 hours.
func (d date) add(n int) date {
	y, m, dd := time.Date(d.y, d.m, d.d+n, 12, 0, 0, 0, time.UTC).Date()
	return date{y, m, dd}
}

func (d date) before(o date) bool {
	if d.y != o.y {
		return d.y < o.y
	}
	if d.m != o.m {
		return d.m < o.m
	}
	return d.d < o.d
}

// midnight is the start of the day in loc.
func (d date) midnight(loc *time.Location) time.Time {
	if loc == nil {
		loc = time.UTC
	}
	return time.Date(d.y, d.m, d.d, 0, 0, 0, 0, loc)
}

// monday is the Monday starting d's week.
func (d date) monday() date {
	wd := time.Date(d.y, d.m, d.d, 12, 0, 0, 0, time.UTC).Weekday()
	return d.add(-((int(wd) + 6) % 7))
}
