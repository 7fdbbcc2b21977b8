package profile

import (
	"testing"
	"time"

	"upright/exercises"
)

// Who may open which exercise, as a table: profile → open or not, through the one rule.
func TestAllowsHeelDropBosuAndOverrides(t *testing.T) {
	look := func(id string) exercises.Exercise {
		e, ok := exercises.Lookup(id)
		if !ok {
			t.Fatalf("no %s", id)
		}
		return e
	}
	spine := Profile{Intake: &Intake{SpineFracture: true}}
	allowed := Profile{Intake: &Intake{Allowed: []string{"bosu-squat"}}}
	weak := Profile{Intake: &Intake{Allowed: []string{"bosu-squat"}, StanceLeft: 4, StanceRight: 9}}
	override := Profile{DoseOverrides: map[string]DoseOverride{"bicycle-crunch": {Reps: 4}}}
	cases := []struct {
		name string
		p    Profile
		id   string
		open bool
	}{
		{"a recommended exercise is open", Profile{}, "plank", true},
		{"heel drop without a fracture", Profile{}, exercises.HeelDropID, true},
		{"heel drop after a spine fracture", spine, exercises.HeelDropID, false},
		{"bicycle crunch not prescribed", Profile{}, "bicycle-crunch", false},
		{"bicycle crunch with a dose override", override, "bicycle-crunch", true},
		{"bosu squat not prescribed", Profile{}, "bosu-squat", false},
		{"bosu squat allowed", allowed, "bosu-squat", true},
		{"bosu squat allowed but a 4 s stance", weak, "bosu-squat", false},
	}
	for _, c := range cases {
		if got := Allows(c.p, look(c.id)); got.Open != c.open || (got.Open == (got.Reason != "")) {
			t.Errorf("%s: %+v, want open %v with a reason only when locked", c.name, got, c.open)
		}
	}
}

func TestParseSexAndSafeMovementWeek(t *testing.T) {
	for in, want := range map[string]string{"": "", "F": exercises.SexFemale, " woman ": exercises.SexFemale, "m": exercises.SexMale} {
		if got, err := ParseSex(in); err != nil || got != want {
			t.Errorf("ParseSex(%q) = %q, %v; want %q", in, got, err, want)
		}
	}
	if _, err := ParseSex("x"); err == nil {
		t.Error("ParseSex(x) accepted")
	}
	p := Profile{Program: &Program{Start: "2026-11-30", Weeks: 12}}
	day := func(d int) time.Time { return time.Date(2026, 11, 30+d, 10, 0, 0, 0, time.UTC) }
	if !p.SafeMovementWeek(day(0)) || !p.SafeMovementWeek(day(6)) || p.SafeMovementWeek(day(7)) || (Profile{}).SafeMovementWeek(day(0)) {
		t.Error("the safe-movement week is the program's first week only")
	}
}

// The cards are offered in the program's first week until they have been opened.
func TestOfferSafeMovement(t *testing.T) {
	now := time.Date(2026, 12, 2, 10, 0, 0, 0, time.UTC)
	week1 := &Program{Start: "2026-11-30"}
	cases := []struct {
		name string
		p    Profile
		want bool
	}{
		{"first week, not yet seen", Profile{Program: week1}, true},
		{"first week, seen", Profile{Program: week1, SafeMovementSeen: now.Add(-time.Hour)}, false},
		{"second week", Profile{Program: &Program{Start: "2026-11-23"}}, false},
		{"no program", Profile{}, false},
	}
	for _, c := range cases {
		if got := c.p.OfferSafeMovement(now); got != c.want {
			t.Errorf("%s: %v, want %v", c.name, got, c.want)
		}
	}
}
