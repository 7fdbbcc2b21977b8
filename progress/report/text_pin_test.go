package report

import (
	"slices"
	"testing"
	"time"

	"upright/exercises"
	"upright/progress"
	"upright/session/record"
)

// How the report spells numbers a therapist reads: scores to one decimal, rounded half up;
// changes with their sign; session time in minutes or hours and minutes.
func TestReportNumberSpelling(t *testing.T) {
	for _, c := range []struct {
		got, want string
	}{
		{one(3), "3"}, {one(2.45), "2.5"}, {one(2.04), "2"}, {one(0), "0"}, {one(6.96), "7"},
		{signed(2.5), "+2.5 s"}, {signed(0), "+0.0 s"}, {signed(-3), "-3.0 s"},
		{signed1(2), "+2"}, {signed1(0), "0"}, {signed1(-1.5), "-1.5"},
		{secs(12.25), "12.2 s"}, {secs(4), "4.0 s"},
		{hoursMinutes(0), "0 min"}, {hoursMinutes(59*time.Minute + 29*time.Second), "59 min"},
		{hoursMinutes(59*time.Minute + 30*time.Second), "1 h 00 min"}, {hoursMinutes(65 * time.Minute), "1 h 05 min"},
		{hoursMinutes(13*time.Hour + 50*time.Minute), "13 h 50 min"},
		{mean(progress.Mean{}), "–"}, {mean(progress.Mean{Sum: 7, N: 2}), "3.5"},
	} {
		if c.got != c.want {
			t.Errorf("got %q, want %q", c.got, c.want)
		}
	}
}

// A dose is spelled as the therapist prescribes it, a missing set count read as one set.
func TestDoseText(t *testing.T) {
	for _, c := range []struct {
		d    exercises.Dose
		want string
	}{
		{exercises.Dose{Sets: 2, Reps: 8, Hold: 5 * time.Second}, "2 × 8 reps, hold 5s"},
		{exercises.Dose{Sets: 3, Reps: 12}, "3 × 12 reps"},
		{exercises.Dose{Reps: 10}, "1 × 10 reps"},
		{exercises.Dose{Sets: 3, Hold: 20 * time.Second}, "3 × 20s"},
		{exercises.Dose{Hold: 90 * time.Second}, "1 × 1m30s"},
	} {
		if got := doseText(c.d); got != c.want {
			t.Errorf("doseText(%+v) = %q, want %q", c.d, got, c.want)
		}
	}
}

// Rows of weeks are numbered from the first week; a block of several weeks names its first and
// last week and its first and last day.
func TestSpanText(t *testing.T) {
	first := time.Date(2026, 1, 5, 0, 0, 0, 0, est)
	week := func(n, weeks int) progress.Span {
		start := first.AddDate(0, 0, 7*(n-1))
		return progress.Span{Start: start, End: start.AddDate(0, 0, 7*weeks), Weeks: weeks}
	}
	for _, c := range []struct {
		s    progress.Span
		want string
	}{
		{week(1, 1), "week 1, from 2026-01-05"},
		{week(3, 1), "week 3, from 2026-01-19"},
		{week(1, 13), "weeks 1–13, 2026-01-05 to 2026-04-05"},
		{week(14, 4), "weeks 14–17, 2026-04-06 to 2026-05-03"},
	} {
		if got := spanText(c.s, first, est); got != c.want {
			t.Errorf("spanText = %q, want %q", got, c.want)
		}
	}
}

// The sessions table says when a session did nothing; a stop at check-in already says so.
func TestStatusText(t *testing.T) {
	done := rec(at(t, "2026-12-01T15:00:00Z"), ex("plank", hold(20)))
	none := with(done, func(r *record.Record) {
		r.Status, r.Exercises = record.StatusPartial, []record.ExerciseResult{ex("plank", skipped(hold(20)))}
	})
	stopped := with(done, func(r *record.Record) { r.Status, r.Exercises = record.StatusStopped, nil })
	for _, c := range []struct {
		r    record.Record
		want string
	}{{done, "completed"}, {none, "partial, no set done"}, {stopped, "stopped"}} {
		if got := status(c.r); got != c.want {
			t.Errorf("status = %q, want %q", got, c.want)
		}
	}
}

// A flagged session lists everything that flagged it, in a fixed order, with exercises by
// name, and the context a therapist needs to read the flags.
func TestFlagTextsAndContext(t *testing.T) {
	r := rec(at(t, "2026-12-01T15:00:00Z"), ex("plank", hold(20)), ex("heel-raise", reps(10, 10)))
	r.Status = record.StatusPartial
	r.PlannedSets = 5
	r.Checkin = record.Checkin{Pain: 3, Fall: true, RedFlags: []string{"dizzy"}, Morning: record.MorningWorse}
	r.Flags = []record.Flag{{Kind: record.FlagPainRise, Exercise: "plank", Detail: "pain 3 → 6"}, {Kind: record.FlagCaution}}
	r.Checkout = &record.Checkout{Pain: 4, Effort: 7, Reports: []record.ExerciseReport{{Exercise: "heel-raise", SharpPain: true, BalanceLoss: true}, {Exercise: "zz", Dizziness: true}}}
	want := []string{"a fall since the last session", "red flag: dizzy", "pain-rise (Plank (incline)): pain 3 → 6", "caution",
		"sharp pain (Heel raise)", "loss of balance (Heel raise)", "dizziness (zz)"}
	if got := flagTexts(r); !slices.Equal(got, want) {
		t.Errorf("flagTexts = %q\nwant %q", got, want)
	}
	if got, want := flagContext(r), "pain 3 → 4, effort 7, 2 of 5 sets, morning after the last session: worse"; got != want {
		t.Errorf("flagContext = %q, want %q", got, want)
	}
	r.Status, r.Checkout, r.Checkin = record.StatusStopped, nil, record.Checkin{Pain: 8}
	if got, want := flagTexts(r)[0], "stopped at check-in"; got != want {
		t.Errorf("first flag text %q, want %q", got, want)
	}
	if got, want := flagContext(r), "pain 8, 2 of 2 sets"; got != want {
		t.Errorf("flagContext = %q, want %q", got, want)
	}
}

// The intake's baseline stance: untested sides are a dash, and either side under 5 s says the
// balance-challenge exercises are locked.
func TestStanceText(t *testing.T) {
	const lock = " (under 5 s: balance-challenge exercises locked)"
	for _, c := range []struct {
		l, r float64
		want string
	}{
		{0, 0, "not tested"},
		{12, 0, "left 12.0 s, right –"},
		{0, 12, "left –, right 12.0 s"},
		{0, 4.5, "left –, right 4.5 s" + lock},
		{4.9, 12, "left 4.9 s, right 12.0 s" + lock},
		{5, 5, "left 5.0 s, right 5.0 s"},
	} {
		if got := stanceText(c.l, c.r); got != c.want {
			t.Errorf("stanceText(%v, %v) = %q, want %q", c.l, c.r, got, c.want)
		}
	}
}
