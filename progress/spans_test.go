package progress

import (
	"testing"
	"time"

	"upright/session/profile"
	"upright/session/record"
)

// TestSpans: weeks run from the program's first day (a Wednesday here), each area counts days, the
// means leave out sessions with no set, and the week not over yet is partial.
func TestSpans(t *testing.T) {
	start := at(t, "2026-11-04T05:00:00Z") // Wednesday, local midnight in New York
	day := func(n int, hour int) time.Time { return start.Add(time.Duration(n*24+hour) * time.Hour) }
	recs := []record.Record{
		rec(day(-1, 10), ex("plank", hold(10))), // before the program: not counted
		rec(day(0, 10), ex("plank", hold(10)), ex("single-leg-stand", hold(10))),
		rec(day(0, 14), ex("plank", hold(10))), // the same day: one strength day
		with(rec(day(1, 10), ex("chin-tuck", reps(5, 5))), func(r *record.Record) { r.Checkin.Pain, r.Checkout.Pain, r.Checkout.Effort = 4, 6, 7 }),
		with(rec(day(2, 10)), func(r *record.Record) { r.Status, r.Checkout, r.Checkin.Pain = record.StatusStopped, nil, 9 }), // no set: no pain
		with(rec(day(3, 10), ex("plank", skipped(hold(10)))), func(r *record.Record) { r.Checkin.Pain = 8 }),                  // every set skipped
		rec(day(7, 10), ex("calf-stretch", hold(20))), // week 2, Wednesday
	}
	targets := profile.WeeklyTargets{StrengthDays: 2, BalanceDays: 3, PostureDays: 1, StretchDays: 2}
	now := day(9, 12) // Friday of week 2
	spans := Spans(recs, start, now, est, targets)
	if len(spans) != 2 {
		t.Fatalf("%d spans, want 2: %+v", len(spans), spans)
	}
	w1, w2 := spans[0], spans[1]
	if got := w1.Start.In(est).Format("Mon 2006-01-02"); got != "Wed 2026-11-04" {
		t.Errorf("week 1 starts %s", got)
	}
	if w1.Partial || !w2.Partial {
		t.Errorf("partial: week 1 %v, week 2 %v; want false, true", w1.Partial, w2.Partial)
	}
	if w1.Sessions != 3 || w1.StrengthDays != 1 || w1.BalanceDays != 1 || w1.PostureDays != 1 || w1.StretchDays != 0 || w1.Flagged != 1 {
		t.Errorf("week 1 = %+v", w1)
	}
	if v, _ := w1.PainBefore.Value(); w1.PainBefore.N != 3 || v != (2+2+4)/3.0 {
		t.Errorf("pain before = %+v, want the mean of 2, 2, 4", w1.PainBefore)
	}
	if w1.MaxPainAfter != 6 {
		t.Errorf("max pain after = %d, want 6", w1.MaxPainAfter)
	}
	// Met: strength 1 of 2, balance 1 of 3, posture 1 of 1, stretch 0 of 2 = 3 of 8.
	if w1.Met != 3 || w1.Wanted != 8 || w1.Percent() != 38 {
		t.Errorf("week 1 adherence %d/%d = %d%%, want 3/8 = 38%%", w1.Met, w1.Wanted, w1.Percent())
	}
	total, ok := Overall(spans)
	if !ok || total.Weeks != 1 || total.Met != 3 {
		t.Errorf("overall = %+v, %v; want week 1 only", total, ok)
	}
	if _, ok := Overall(spans[1:]); ok {
		t.Error("overall of a partial week only")
	}
}

func TestSummarise(t *testing.T) {
	var weeks []Span
	base := at(t, "2026-01-05T00:00:00Z")
	for i := range 100 {
		s := Span{Start: base.AddDate(0, 0, 7*i), End: base.AddDate(0, 0, 7*i+7), Weeks: 1, Sessions: 1, Met: 1, Wanted: 2}
		s.PainBefore.Add(float64(i % 10))
		weeks = append(weeks, s)
	}
	tests := []struct {
		n, keep, maxOlder int
		rows, firstWeeks  int
	}{
		{10, 12, 26, 10, 1},       // short: as it is
		{30, 12, 26, 30, 1},       // 18 older weeks fit
		{40, 12, 26, 12 + 14, 2},  // 28 older weeks: by two
		{100, 12, 26, 12 + 22, 4}, // 88 older weeks: by four
		{100, 12, 5, 12 + 2, 52},  // a year at a time; the last block is shorter
	}
	for _, tt := range tests {
		got := Summarise(weeks[:tt.n], tt.keep, tt.maxOlder)
		if len(got) != tt.rows || got[0].Weeks != tt.firstWeeks {
			t.Errorf("%d weeks: %d rows, first of %d weeks; want %d, %d", tt.n, len(got), got[0].Weeks, tt.rows, tt.firstWeeks)
			continue
		}
		sessions, weeksSum, met := 0, 0, 0
		for i, s := range got {
			sessions, weeksSum, met = sessions+s.Sessions, weeksSum+s.Weeks, met+s.Met
			if i > 0 && !s.Start.Equal(got[i-1].End) {
				t.Errorf("%d weeks: row %d starts %v, not where row %d ends", tt.n, i, s.Start, i-1)
			}
		}
		if sessions != tt.n || weeksSum != tt.n || met != tt.n {
			t.Errorf("%d weeks: rows add up to %d sessions, %d weeks, %d met", tt.n, sessions, weeksSum, met)
		}
	}
}

func TestTrendOf(t *testing.T) {
	week := func(sessions int, before, after float64) Span {
		s := Span{Weeks: 1, Sessions: sessions}
		for range sessions {
			s.PainBefore.Add(before)
			s.PainAfter.Add(after)
		}
		return s
	}
	tests := []struct {
		name          string
		weeks         []Span
		ok            bool
		before, after string
		earlyN        int
	}{
		{"one week", []Span{week(3, 5, 5)}, false, "", "", 0},
		{"empty weeks do not count", []Span{week(2, 6, 7), week(0, 0, 0), week(0, 0, 0)}, false, "", "", 0},
		{"two weeks, lower", []Span{week(2, 6, 7), week(0, 0, 0), week(2, 4, 5.5)}, true, TrendLower, TrendLower, 2},
		{"four weeks, two each", []Span{week(1, 2, 2), week(1, 2, 4), week(1, 3, 3), week(1, 2, 5)}, true, TrendSame, TrendHigher, 2},
		{"under a point is the same", []Span{week(1, 3, 3), week(1, 3.9, 2.1)}, true, TrendSame, TrendSame, 1},
	}
	for _, tt := range tests {
		got, ok := TrendOf(tt.weeks)
		if ok != tt.ok || got.Before != tt.before || got.After != tt.after || got.Early.Sessions != tt.earlyN {
			t.Errorf("%s: %v %q %q early %d; want %v %q %q %d", tt.name, ok, got.Before, got.After, got.Early.Sessions, tt.ok, tt.before, tt.after, tt.earlyN)
		}
	}
}

// TestSetTotalsAddUp: the rows of PlannedVsDone and the sets not reached add up to the summary,
// and an exercise a session never reached a set of has no row.
func TestSetTotalsAddUp(t *testing.T) {
	now := at(t, "2026-12-10T17:00:00Z")
	recs := []record.Record{
		with(rec(now, ex("plank", hold(10), skipped(hold(10)))), func(r *record.Record) { r.PlannedSets = 6 }),
		with(rec(now.Add(time.Hour), ex("heel-raise", reps(10, 10), early(reps(10, 4), 0))), func(r *record.Record) { r.PlannedSets = 2 }),
		with(rec(now.Add(2*time.Hour)), func(r *record.Record) { r.Status, r.PlannedSets = record.StatusStopped, 5 }),
		// Quit at the first brief: the exercise is in the record with no set.
		with(rec(now.Add(3*time.Hour), ex("chin-tuck")), func(r *record.Record) { r.Status, r.Checkout, r.PlannedSets = record.StatusPartial, nil, 3 }),
	}
	planned, done := 0, 0
	for _, a := range PlannedVsDone(recs) {
		if a.Planned == 0 && a.Done == 0 {
			t.Errorf("a row with nothing planned and nothing done: %+v", a)
		}
		planned, done = planned+a.Planned, done+a.Done
	}
	notReached := SetsNotReached(recs)
	s := Summarize(recs)
	if notReached != 7 || planned+notReached != s.SetsPlanned || done != s.SetsDone {
		t.Errorf("rows %d planned + %d not reached, %d done; summary %d planned, %d done", planned, notReached, done, s.SetsPlanned, s.SetsDone)
	}
}
