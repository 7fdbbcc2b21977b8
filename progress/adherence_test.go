package progress

import (
	"testing"
	"time"

	"upright/session/profile"
	"upright/session/record"
)

func TestWeeksUseLocalCalendar(t *testing.T) {
	// 2026-11-30 is a Monday. 03:00Z and 04:30Z are still Sunday evening in New York; 05:30Z is
	// Monday 00:30 there. In UTC all three would fall on Monday.
	recs := []record.Record{
		// Two plank sets: version 2 counts a strength day only at the strength goal's 2 sets.
		rec(at(t, "2026-11-30T03:00:00Z"), ex("plank", hold(10), hold(10))),
		rec(at(t, "2026-11-30T04:30:00Z"), ex("chin-tuck", reps(5, 5))),
		rec(at(t, "2026-11-30T05:30:00Z"), ex("single-leg-stand", hold(10))),
	}
	now := at(t, "2026-12-02T15:00:00Z")
	weeks := Weeks(recs, now, est, 2)
	if len(weeks) != 2 {
		t.Fatalf("Weeks gave %d weeks, want 2", len(weeks))
	}
	want := []WeekCount{
		{Start: time.Date(2026, 11, 23, 0, 0, 0, 0, est), Sessions: 2, StrengthDays: 1, PostureDays: 1},
		{Start: time.Date(2026, 11, 30, 0, 0, 0, 0, est), Sessions: 1, BalanceDays: 1, BalanceMinutes: 10.0 / 60},
	}
	for i, w := range want {
		got := weeks[i]
		if !got.Start.Equal(w.Start) || got.Start.Location() != est {
			t.Errorf("week %d starts %v, want %v local", i, got.Start, w.Start)
		}
		got.Start = w.Start
		if got != w {
			t.Errorf("week %d = %+v, want %+v", i, got, w)
		}
	}
	if n := Weeks(recs, now, est, 1)[0].Sessions; n != 1 {
		t.Errorf("this week has %d sessions, want 1", n)
	}
	// Sunday 23:59 local is still the week of the 23rd.
	if n := Weeks(recs, at(t, "2026-11-30T04:59:00Z"), est, 1)[0].Sessions; n != 2 {
		t.Errorf("this week on Sunday night has %d sessions, want 2", n)
	}
}

func TestCalendarLayout(t *testing.T) {
	recs := []record.Record{
		// Two plank sets: version 2 counts a strength day only at the strength goal's 2 sets.
		rec(at(t, "2026-11-30T03:00:00Z"), ex("plank", hold(10), hold(10))), // Sunday 29th local
		rec(at(t, "2026-12-01T14:00:00Z"), ex("plank", hold(10))),
		rec(at(t, "2026-12-01T20:00:00Z"), ex("calf-stretch", hold(20))),
		with(rec(at(t, "2026-12-02T14:00:00Z")), func(r *record.Record) { r.Status = record.StatusStopped }),
	}
	now := at(t, "2026-12-02T15:00:00Z") // Wednesday
	rows := Calendar(recs, now, est, 3)
	if len(rows) != 3 {
		t.Fatalf("Calendar gave %d rows, want 3", len(rows))
	}
	if got, want := rows[0][0].Date, time.Date(2026, 11, 16, 0, 0, 0, 0, est); !got.Equal(want) {
		t.Errorf("first day %v, want %v", got, want)
	}
	for w, row := range rows {
		for i, d := range row {
			if d.Date.In(est).Weekday() != time.Weekday((i+1)%7) {
				t.Errorf("row %d column %d is a %v", w, i, d.Date.Weekday())
			}
			wantFuture := w == 2 && i > 2
			if d.Future != wantFuture {
				t.Errorf("%s future = %v, want %v", d.Date.Format("2006-01-02"), d.Future, wantFuture)
			}
		}
	}
	if d := rows[1][6]; d.Sessions != 1 || d.Areas != AreaStrength {
		t.Errorf("Sunday 29th = %+v, want 1 strength session", d)
	}
	if d := rows[2][1]; d.Sessions != 2 || d.Areas != AreaStrength|AreaStretch {
		t.Errorf("Tuesday 1st = %+v, want 2 sessions, strength+stretch", d)
	}
	if d := rows[2][2]; d.Sessions != 0 {
		t.Errorf("a stopped session counted on Wednesday: %+v", d)
	}
	if Calendar(recs, now, est, 0) != nil {
		t.Error("Calendar of 0 weeks is not nil")
	}
}

func TestCalendarAcrossDST(t *testing.T) {
	ny, err := time.LoadLocation("America/New_York")
	if err != nil {
		t.Skipf("no tzdata: %v", err)
	}
	// Clocks spring forward on Sunday 2026-03-08: that day has 23 hours.
	recs := []record.Record{rec(at(t, "2026-03-09T04:30:00Z"), ex("plank", hold(10)))} // Mon 00:30 EDT
	rows := Calendar(recs, at(t, "2026-03-10T12:00:00Z"), ny, 2)
	if got := rows[0][6].Date; got.Day() != 8 || got.Hour() != 0 {
		t.Errorf("Sunday cell %v, want 2026-03-08 00:00", got)
	}
	if rows[1][0].Sessions != 1 || rows[0][6].Sessions != 0 {
		t.Errorf("the Monday 00:30 session landed on the wrong day: %+v / %+v", rows[0][6], rows[1][0])
	}
}

func TestStreaks(t *testing.T) {
	now := at(t, "2026-12-10T17:00:00Z") // Thursday noon in New York
	onDay := func(daysAgo int) record.Record {
		return rec(now.Add(-time.Duration(daysAgo)*24*time.Hour), ex("plank", hold(10)))
	}
	tests := []struct {
		name          string
		recs          []record.Record
		current, best int
	}{
		{"none", nil, 0, 0},
		{"three days up to today", []record.Record{onDay(0), onDay(1), onDay(2)}, 3, 3},
		{"today not yet done keeps yesterday's streak", []record.Record{onDay(1), onDay(2)}, 2, 2},
		{"a missed yesterday ends it", []record.Record{onDay(2), onDay(3)}, 0, 2},
		{"gap", []record.Record{onDay(0), onDay(1), onDay(3), onDay(4), onDay(5)}, 2, 3},
		{"two sessions on one day count once", []record.Record{onDay(0), onDay(0), onDay(1)}, 2, 2},
		{"stopped and all-skipped sessions do not count", []record.Record{
			onDay(0),
			with(onDay(1), func(r *record.Record) { r.Status, r.Exercises = record.StatusStopped, nil }),
			rec(now.Add(-48*time.Hour), ex("plank", skipped(hold(10)))),
			onDay(3),
		}, 1, 1},
		{"demo sessions do not count", []record.Record{with(onDay(0), func(r *record.Record) { r.Demo = true })}, 0, 0},
		{"sessions after now are ignored", []record.Record{onDay(-1), onDay(-2)}, 0, 0},
		// 03:00Z on the 10th is the evening of the 9th in New York: yesterday, not today.
		{"local day", []record.Record{rec(at(t, "2026-12-10T03:00:00Z"), ex("plank", hold(10))), onDay(2)}, 2, 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, b := Streaks(tt.recs, now, est)
			if c != tt.current || b != tt.best {
				t.Errorf("Streaks = %d, %d; want %d, %d", c, b, tt.current, tt.best)
			}
		})
	}
}

func TestPlannedVsDone(t *testing.T) {
	t0 := at(t, "2026-11-02T15:00:00Z")
	recs := []record.Record{
		rec(t0.Add(24*time.Hour), ex("heel-raise", reps(10, 10)), ex("plank", hold(10), early(hold(10), 6), skipped(hold(10)))),
		rec(t0, ex("plank", hold(10), hold(10), hold(10))),
		with(rec(t0.Add(48*time.Hour), ex("plank", hold(10))), func(r *record.Record) { r.Demo = true }),
	}
	got := PlannedVsDone(recs)
	want := []ExerciseAdherence{
		{ExerciseID: "plank", Name: "plank", Planned: 6, Done: 5, EndedEarly: 1, Skipped: 1},
		{ExerciseID: "heel-raise", Name: "heel-raise", Planned: 1, Done: 1},
	}
	if len(got) != len(want) {
		t.Fatalf("PlannedVsDone = %+v, want %+v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("row %d = %+v, want %+v", i, got[i], want[i])
		}
	}
}

func TestSummarize(t *testing.T) {
	t0 := at(t, "2026-11-02T15:00:00Z")
	recs := []record.Record{
		with(rec(t0, ex("plank", hold(10), skipped(hold(10)))), func(r *record.Record) { r.PlannedSets = 2 }),
		with(rec(t0.Add(time.Hour)), func(r *record.Record) {
			r.Status, r.Checkout, r.EndedAt = record.StatusStopped, nil, r.StartedAt
			r.Checkin.RedFlags = []string{"dizzy"}
		}),
		with(rec(t0.Add(2*time.Hour), ex("plank", hold(10))), func(r *record.Record) {
			r.Status, r.PlannedSets = record.StatusPartial, 1
			r.Flags = []record.Flag{{Kind: record.FlagPainRise, Exercise: "plank"}}
		}),
	}
	got := Summarize(recs)
	want := Summary{Sessions: 3, Active: 2, Completed: 1, Partial: 1, Stopped: 1, Flagged: 2,
		SetsPlanned: 3, SetsDone: 2, Time: 30 * time.Minute, First: t0, Last: t0.Add(2 * time.Hour)}
	if got != want {
		t.Errorf("Summarize = %+v\nwant %+v", got, want)
	}
}

func TestTargetsOf(t *testing.T) {
	if got := TargetsOf(profile.Profile{}); got != DefaultTargets() {
		t.Errorf("no targets set: %+v, want the defaults", got)
	}
	mine := profile.WeeklyTargets{StrengthDays: 3, BalanceDays: 5}
	if got := TargetsOf(profile.Profile{Targets: &mine}); got != mine {
		t.Errorf("the therapist's targets: %+v, want %+v", got, mine)
	}
}
