package progress

import (
	"testing"
	"time"

	"upright/session/profile"
	"upright/session/record"
)

// Weeks follow each other without a gap, each seven days from the program's first day, and the
// last week is partial until its seventh day: a report on that day counts it as over.
func TestSpansWeekEdges(t *testing.T) {
	start := at(t, "2026-11-04T05:00:00Z") // Wednesday, local midnight in New York
	day := func(n int) time.Time { return start.Add(time.Duration(n*24+12) * time.Hour) }
	for _, c := range []struct {
		end     int
		weeks   int
		partial bool
	}{
		{0, 1, true}, {6, 1, false}, {7, 2, true}, {12, 2, true}, {13, 2, false}, {20, 3, false},
	} {
		spans := Spans(nil, start, day(c.end), est, DefaultTargets())
		if len(spans) != c.weeks || spans[len(spans)-1].Partial != c.partial {
			t.Errorf("to day %d: %d weeks, last partial %v; want %d, %v", c.end, len(spans), spans[len(spans)-1].Partial, c.weeks, c.partial)
			continue
		}
		for i, s := range spans {
			if want := start.AddDate(0, 0, 7*i); !s.Start.Equal(want) || !s.End.Equal(want.AddDate(0, 0, 7)) {
				t.Errorf("to day %d: week %d runs %v to %v, want %v for seven days", c.end, i+1, s.Start, s.End, want)
			}
		}
	}
}

// Every area counts toward the weekly targets, stretches and posture included, each up to its
// own target.
func TestSpansMetCountsEveryArea(t *testing.T) {
	start := at(t, "2026-11-04T05:00:00Z")
	day := func(n int) time.Time { return start.Add(time.Duration(n*24+12) * time.Hour) }
	recs := []record.Record{
		rec(day(0), ex("calf-stretch", hold(20)), ex("chin-tuck", reps(5, 5))),
		rec(day(1), ex("calf-stretch", hold(20)), ex("chin-tuck", reps(5, 5))),
		rec(day(2), ex("calf-stretch", hold(20))),
	}
	targets := profile.WeeklyTargets{StrengthDays: 1, BalanceDays: 1, PostureDays: 1, StretchDays: 2}
	w := Spans(recs, start, day(6), est, targets)[0]
	if w.StretchDays != 3 || w.PostureDays != 2 || w.Met != 3 || w.Wanted != 5 {
		t.Errorf("week %+v: want 3 stretch and 2 posture days, 3 of 5 target days met (stretch 2, posture 1)", w)
	}
}

// Older weeks are grouped only as much as needed: exactly maxOlder older weeks stay one a row,
// one more groups them by two, and 4×maxOlder by four.
func TestSummariseGroupsOnlyWhenNeeded(t *testing.T) {
	base := at(t, "2026-01-05T00:00:00Z")
	weeks := make([]Span, 100)
	for i := range weeks {
		weeks[i] = Span{Start: base.AddDate(0, 0, 7*i), End: base.AddDate(0, 0, 7*i+7), Weeks: 1}
	}
	for _, c := range []struct{ n, rows, first int }{
		{4 + 20, 24, 1}, {4 + 21, 4 + 11, 2}, {4 + 40, 4 + 20, 2}, {4 + 80, 4 + 20, 4}, {4 + 81, 4 + 7, 13},
	} {
		got := Summarise(weeks[:c.n], 4, 20)
		if len(got) != c.rows || got[0].Weeks != c.first {
			t.Errorf("%d weeks: %d rows, the first of %d weeks; want %d rows of %d", c.n, len(got), got[0].Weeks, c.rows, c.first)
		}
	}
}
