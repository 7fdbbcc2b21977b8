package progress

import (
	"testing"
	"time"

	"upright/session/profile"
	"upright/session/record"
)

// Dose accounting as a table: sessions in one local week → balance minutes and strength days.
func TestDoseAccounting(t *testing.T) {
	mon := time.Date(2026, 11, 30, 9, 0, 0, 0, est)
	day := func(n int) time.Time { return mon.AddDate(0, 0, n) }
	cases := []struct {
		name     string
		recs     []record.Record
		minutes  float64
		strength int
	}{
		{"one plank set is not a strength day", []record.Record{rec(day(0), ex("plank", hold(30)))}, 0, 0},
		{"two sets of one exercise are", []record.Record{rec(day(0), ex("squat-to-chair", reps(8, 8), reps(8, 8)))}, 0, 1},
		{"one set each of two exercises is not", []record.Record{rec(day(0), ex("squat-to-chair", reps(8, 8)), ex("bridge", reps(8, 8)))}, 0, 0},
		{"two sessions of one set each on a day add up", []record.Record{
			rec(day(1), ex("wall-push-up", reps(8, 8))), rec(day(1).Add(time.Hour), ex("wall-push-up", reps(8, 8)))}, 0, 1},
		{"both sides of a sided set count once", []record.Record{rec(day(2), ex("step-up", record.SetResult{Set: 1, Side: record.SideLeft, Reps: 8}, record.SetResult{Set: 1, Side: record.SideRight, Reps: 8}))}, 0, 0},
		{"skipped sets do not count", []record.Record{rec(day(2), ex("bridge", reps(8, 8), skipped(reps(8, 8))))}, 0, 0},
		{"balance minutes add over the week", []record.Record{
			rec(day(0), ex("single-leg-stand", hold(30), hold(30))),
			rec(day(3), ex("tandem-stance", hold(60)), ex("plank", hold(600)))}, 2, 0},
		{"tests are not balance training", []record.Record{rec(day(0), ex(StanceTestID, sided("left", 45)))}, 0, 0},
		{"next week is not this week", []record.Record{rec(day(7), ex("tandem-stance", hold(60)), ex("bridge", reps(8, 8), reps(8, 8)))}, 0, 0},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			from := time.Date(2026, 11, 30, 0, 0, 0, 0, est)
			to := from.AddDate(0, 0, 7)
			if got := BalanceMinutes(c.recs, from, to); got != c.minutes {
				t.Errorf("balance %v min, want %v", got, c.minutes)
			}
			if got := StrengthDays(c.recs, from, to, est); got != c.strength {
				t.Errorf("strength days %d, want %d", got, c.strength)
			}
		})
	}
}

// The dose line says both goals; a target of no strength days leaves only the count.
func TestDoseWeekLine(t *testing.T) {
	w := WeekCount{BalanceMinutes: 14.6, StrengthDays: 1}
	cases := []struct {
		targets profile.WeeklyTargets
		want    string
	}{
		{DefaultTargets(), "Balance this week: 15 of 120 minutes · strength: 1 of 2 days"},
		{profile.WeeklyTargets{StrengthDays: 3}, "Balance this week: 15 of 120 minutes · strength: 1 of 3 days"},
		{profile.WeeklyTargets{}, "Balance this week: 15 of 120 minutes · strength: 1 day"},
	}
	for _, c := range cases {
		if got := DoseOf(w, c.targets).Line(); got != c.want {
			t.Errorf("targets %+v: %q, want %q", c.targets, got, c.want)
		}
	}
}

// The aerobic line counts this week's logged minutes from Monday in the person's calendar, and
// says nothing before any are logged.
func TestAerobicLine(t *testing.T) {
	var p profile.Profile
	sun := time.Date(2026, 11, 29, 20, 0, 0, 0, est) // Sunday evening in New York, Monday in UTC
	if err := p.LogAerobic(sun, 40); err != nil {
		t.Fatal(err)
	}
	if got := AerobicLine(p, sun); got != "Aerobic this week: 40 of 150 minutes" {
		t.Errorf("Sunday: %q", got)
	}
	if got := AerobicLine(p, sun.AddDate(0, 0, 1)); got != "" {
		t.Errorf("the next Monday: %q, want nothing", got)
	}
}
