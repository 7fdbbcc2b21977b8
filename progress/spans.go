package progress

import (
	"time"

	"upright/session/profile"
	"upright/session/record"
)

// Mean is a running mean of whole-number scores (pain, effort).
type Mean struct {
	Sum float64
	N   int
}

// Add counts one value.
func (m *Mean) Add(v float64) { m.Sum, m.N = m.Sum+v, m.N+1 }

// Merge counts another mean's values.
func (m *Mean) Merge(o Mean) { m.Sum, m.N = m.Sum+o.Sum, m.N+o.N }

// Value is the mean; ok is false when nothing was counted.
func (m Mean) Value() (v float64, ok bool) {
	if m.N == 0 {
		return 0, false
	}
	return m.Sum / float64(m.N), true
}

// Span is a run of whole weeks in the person's calendar, counted from a program's first day (not
// from a Monday): one week, or several older weeks summarised together.
type Span struct {
	Start time.Time // local midnight of its first day
	End   time.Time // local midnight of the day after its last
	Weeks int
	// Partial is a week not over yet: its adherence is shown but not counted in the overall figure.
	Partial bool
	// Sessions did at least one set; the means count only those, as a session stopped at
	// check-in or left before its first set says nothing about how exercise felt.
	Sessions int
	// StrengthDays are days that reached the strength goal (StrengthGoalSets sets of one strength
	// exercise), as DoseOf counts them; the other areas count days with any set of the area.
	StrengthDays, BalanceDays, PostureDays, StretchDays int
	PainBefore, PainAfter, Effort                       Mean
	MaxPainAfter                                        int
	Flagged                                             int // sessions flagged for the therapist, any kind
	// Met and Wanted are training days toward the weekly targets: each area's days up to its
	// target, summed over areas and weeks, against the targets' sum.
	Met, Wanted int
}

// Percent is Met as a whole percentage of Wanted (100 when nothing was wanted).
func (s Span) Percent() int {
	if s.Wanted == 0 {
		return 100
	}
	return (200*s.Met + s.Wanted) / (2 * s.Wanted) // rounded half up
}

// Spans counts recs week by week from first's local day to the week holding end, oldest first.
// Weeks start on first's weekday. Every usable record in those weeks counts, flagged ones too.
func Spans(recs []record.Record, first, end time.Time, loc *time.Location, t profile.WeeklyTargets) []Span {
	if loc == nil {
		loc = time.UTC
	}
	start, last := dateOf(first, loc), dateOf(end, loc)
	if last.before(start) {
		return nil
	}
	n := 0
	for d := start; !last.before(d); d = d.add(7) {
		n++
	}
	spans := make([]Span, n)
	days := make([]map[date]Areas, n)
	for i := range spans {
		spans[i] = Span{Start: start.add(7 * i).midnight(loc), End: start.add(7 * (i + 1)).midnight(loc), Weeks: 1}
		days[i] = map[date]Areas{}
	}
	spans[n-1].Partial = last.before(start.add(7*n - 1))
	for _, r := range sortedUsable(recs) {
		d := dateOf(r.StartedAt, loc)
		if d.before(start) || last.before(d) {
			continue
		}
		i := daysBetween(start, d) / 7
		s := &spans[i]
		if r.Flagged() {
			s.Flagged++
		}
		if !active(r) {
			continue
		}
		s.Sessions++
		days[i][d] |= sessionAreas(r)
		s.PainBefore.Add(float64(r.Checkin.Pain))
		if r.Checkout != nil {
			s.PainAfter.Add(float64(r.Checkout.Pain))
			s.Effort.Add(float64(r.Checkout.Effort))
			s.MaxPainAfter = max(s.MaxPainAfter, r.Checkout.Pain)
		}
	}
	strong := strengthGoalDays(sortedUsable(recs), loc)
	for i := range spans {
		s := &spans[i]
		for d, a := range days[i] {
			s.StrengthDays += count(strong[d]) // the strength goal's rule, as DoseOf and Weeks count
			s.BalanceDays += count(a.Has(AreaBalance))
			s.PostureDays += count(a.Has(AreaPosture))
			s.StretchDays += count(a.Has(AreaStretch))
		}
		s.Met = min(s.StrengthDays, t.StrengthDays) + min(s.BalanceDays, t.BalanceDays) +
			min(s.PostureDays, t.PostureDays) + min(s.StretchDays, t.StretchDays)
		s.Wanted = t.StrengthDays + t.BalanceDays + t.PostureDays + t.StretchDays
	}
	return spans
}

// daysBetween counts calendar days from a to b.
func daysBetween(a, b date) int {
	noon := func(d date) time.Time { return time.Date(d.y, d.m, d.d, 12, 0, 0, 0, time.UTC) }
	return int(noon(b).Sub(noon(a)).Hours()+12) / 24
}

// Overall sums the spans' adherence over the weeks that are over; ok is false before the first
// week is over.
func Overall(spans []Span) (total Span, ok bool) {
	for _, s := range spans {
		if !s.Partial {
			total = total.merge(s)
			ok = true
		}
	}
	return total, ok
}

// SpanGroupings are the block sizes, in weeks, that older weeks are summarised in: a week, two,
// four, a quarter, a year.
var SpanGroupings = []int{1, 2, 4, 13, 52}

// Summarise keeps the last keep spans as they are and merges the older ones into blocks of the
// smallest grouping that leaves at most maxOlder rows, so a year of weeks reads as a page. Blocks
// are aligned to the first span; the last block may be shorter.
func Summarise(spans []Span, keep, maxOlder int) []Span {
	if len(spans) <= keep {
		return spans
	}
	older, recent := spans[:len(spans)-keep], spans[len(spans)-keep:]
	size := SpanGroupings[len(SpanGroupings)-1]
	for _, g := range SpanGroupings {
		if (len(older)+g-1)/g <= maxOlder {
			size = g
			break
		}
	}
	var out []Span
	for i := 0; i < len(older); i += size {
		var b Span
		for _, s := range older[i:min(i+size, len(older))] {
			b = b.merge(s)
		}
		out = append(out, b)
	}
	return append(out, recent...)
}

// merge adds o, a later span, to s.
func (s Span) merge(o Span) Span {
	if s.Weeks == 0 {
		return o
	}
	s.End = o.End
	s.Weeks += o.Weeks
	s.Partial = s.Partial || o.Partial
	s.Sessions += o.Sessions
	s.StrengthDays += o.StrengthDays
	s.BalanceDays += o.BalanceDays
	s.PostureDays += o.PostureDays
	s.StretchDays += o.StretchDays
	s.PainBefore.Merge(o.PainBefore)
	s.PainAfter.Merge(o.PainAfter)
	s.Effort.Merge(o.Effort)
	s.MaxPainAfter = max(s.MaxPainAfter, o.MaxPainAfter)
	s.Flagged += o.Flagged
	s.Met += o.Met
	s.Wanted += o.Wanted
	return s
}
