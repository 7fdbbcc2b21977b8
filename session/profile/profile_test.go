package profile

import (
	"reflect"
	"testing"
	"time"

	"upright/exercises"
)

func TestProgramWeekAndCheckupInTheLocalCalendar(t *testing.T) {
	// UTC+10: 23:30 UTC on Sunday is already Monday 09:30 there, so the week turns locally first.
	syd := time.FixedZone("AEST", 10*3600)
	ny := time.FixedZone("EST", -5*3600)
	p := Profile{Program: &Program{Start: "2026-11-02", Weeks: 12, NextCheckup: "2026-12-10"}}
	for _, c := range []struct {
		name     string
		now      time.Time
		week, of int
		days     int
	}{
		{"the start day, local midnight", time.Date(2026, 11, 2, 0, 0, 0, 0, syd), 1, 12, 38},
		{"the day before the start, a second to midnight", time.Date(2026, 11, 1, 23, 59, 59, 0, syd), 0, 12, 39},
		{"last second of week 1 (Sunday)", time.Date(2026, 11, 8, 23, 59, 59, 0, syd), 1, 12, 32},
		{"Monday local midnight starts week 2", time.Date(2026, 11, 9, 0, 0, 0, 0, syd), 2, 12, 31},
		{"Sunday 23:30 UTC is Monday in UTC+10", time.Date(2026, 11, 8, 23, 30, 0, 0, time.UTC).In(syd), 2, 12, 31},
		{"Sunday 23:30 UTC is still Sunday in UTC-5", time.Date(2026, 11, 9, 4, 30, 0, 0, time.UTC).In(ny), 1, 12, 32},
		{"week 5", time.Date(2026, 12, 1, 9, 0, 0, 0, syd), 5, 12, 9},
		{"check-up day", time.Date(2026, 12, 10, 23, 0, 0, 0, syd), 6, 12, 0},
		{"overdue", time.Date(2026, 12, 12, 8, 0, 0, 0, syd), 6, 12, -2},
		{"past the program", time.Date(2027, 2, 1, 8, 0, 0, 0, syd), 14, 12, -53},
	} {
		week, of := p.ProgramWeek(c.now)
		days, ok := p.DaysToCheckup(c.now)
		if week != c.week || of != c.of || days != c.days || !ok {
			t.Errorf("%s: week %d of %d, check-up in %d (%v); want week %d of %d, in %d", c.name, week, of, days, ok, c.week, c.of, c.days)
		}
	}
}

func TestProgramDefaultsAndAbsence(t *testing.T) {
	now := time.Date(2026, 11, 20, 9, 0, 0, 0, time.UTC)
	if w, of := (Profile{}).ProgramWeek(now); w != 0 || of != 0 {
		t.Errorf("no program: week %d of %d", w, of)
	}
	if _, ok := (Profile{}).DaysToCheckup(now); ok {
		t.Error("no program: a check-up was reported")
	}
	p := Profile{Program: &Program{Start: "2026-11-16"}}
	if w, of := p.ProgramWeek(now); w != 1 || of != DefaultProgramWeeks {
		t.Errorf("default length: week %d of %d", w, of)
	}
	if _, ok := p.DaysToCheckup(now); ok {
		t.Error("no check-up date: one was reported")
	}
	loc := time.FixedZone("X", 3600)
	if got := p.ReportSince(loc); !got.Equal(time.Date(2026, 11, 16, 0, 0, 0, 0, loc)) {
		t.Errorf("ReportSince without a check-up = %v, want the start", got)
	}
	p.Program.LastCheckup = "2026-11-18"
	if got := p.ReportSince(loc); !got.Equal(time.Date(2026, 11, 18, 0, 0, 0, 0, loc)) {
		t.Errorf("ReportSince = %v, want the last check-up", got)
	}
}

func TestApplyOverridesAndChangeLog(t *testing.T) {
	r, _ := exercises.BuiltinRoutine("core")
	orig := r.Items[0].Dose
	id := r.Items[0].Exercise.ID
	var p Profile
	t1 := time.Date(2026, 11, 2, 9, 0, 0, 0, time.UTC)
	p.SetOverrides(map[string]DoseOverride{id: {Sets: 4, HoldSeconds: 25, Reps: 0}}, t1)
	got := p.ApplyOverrides(r)
	if d := got.Items[0].Dose; d.Sets != 4 || d.Hold != 25*time.Second || d.Reps != orig.Reps || d.Rest != orig.Rest {
		t.Errorf("overridden dose %+v (was %+v)", d, orig)
	}
	if r.Items[0].Dose != orig {
		t.Error("ApplyOverrides changed the routine it was given")
	}
	t2 := t1.AddDate(0, 0, 7)
	p.SetOverrides(map[string]DoseOverride{id: {Sets: 4, HoldSeconds: 25}, "heel-raise": {Reps: 12}}, t2)
	p.SetOverrides(map[string]DoseOverride{"heel-raise": {Reps: 12}}, t2.AddDate(0, 0, 1))
	want := map[string]time.Time{id: t2.AddDate(0, 0, 1), "heel-raise": t2}
	if got := p.LastChanges(); !reflect.DeepEqual(got, want) {
		t.Errorf("LastChanges = %v, want %v", got, want)
	}
}

func TestParseOverrides(t *testing.T) {
	got, err := ParseOverrides("plank 3x20s, heel-raise 2x12 , chin-tuck 1x8x5s")
	want := map[string]DoseOverride{"plank": {Sets: 3, HoldSeconds: 20}, "heel-raise": {Sets: 2, Reps: 12},
		"chin-tuck": {Sets: 1, Reps: 8, HoldSeconds: 5}}
	if err != nil || !reflect.DeepEqual(got, want) {
		t.Fatalf("ParseOverrides = %v, %v", got, err)
	}
	if back, _ := ParseOverrides(FormatOverrides(got)); !reflect.DeepEqual(back, want) {
		t.Errorf("round trip %q → %v", FormatOverrides(got), back)
	}
	for _, bad := range []string{"plonk 3x20s", "plank", "plank 11x20s", "plank 3x0s", "plank 3xa", "heel-raise 2x101", "plank 3x20", "heel-raise 2x10s"} {
		if _, err := ParseOverrides(bad); err == nil {
			t.Errorf("ParseOverrides(%q) accepted it", bad)
		}
	}
}

func TestParseTargets(t *testing.T) {
	got, err := ParseTargets(" 2 7 7 2 ")
	if err != nil || *got != (WeeklyTargets{2, 7, 7, 2}) || FormatTargets(got) != "2 7 7 2" {
		t.Fatalf("ParseTargets = %v, %v", got, err)
	}
	if got, err := ParseTargets(""); got != nil || err != nil {
		t.Errorf("empty targets = %v, %v", got, err)
	}
	for _, bad := range []string{"2 7 7", "2 7 7 8", "a b c d"} {
		if _, err := ParseTargets(bad); err == nil {
			t.Errorf("ParseTargets(%q) accepted it", bad)
		}
	}
}

func TestSpineFracture(t *testing.T) {
	if (Profile{}).SpineFracture() || (Profile{Intake: &Intake{}}).SpineFracture() {
		t.Error("no fracture recorded, yet SpineFracture is true")
	}
	if !(Profile{Intake: &Intake{SpineFracture: true}}).SpineFracture() {
		t.Error("a recorded fracture is not reported")
	}
}
