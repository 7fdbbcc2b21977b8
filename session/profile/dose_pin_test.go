package profile

import (
	"strings"
	"testing"
	"time"

	"upright/exercises"
)

// The limits a therapist may type for each part of a dose, at both edges: the first number is
// sets (1 to 10), a number ending in s is a hold (1 to 600 s), any other is reps (1 to 100).
func TestParseOverridesLimits(t *testing.T) {
	cases := []struct {
		line string
		want DoseOverride
		err  string // "" when accepted; else a part of the error
	}{
		{"plank 1x20s", DoseOverride{Sets: 1, HoldSeconds: 20}, ""},
		{"plank 10x20s", DoseOverride{Sets: 10, HoldSeconds: 20}, ""},
		{"plank 0x20s", DoseOverride{}, "0 sets: use 1 to 10"},
		{"plank 11x20s", DoseOverride{}, "11 sets: use 1 to 10"},
		{"plank 2x1s", DoseOverride{Sets: 2, HoldSeconds: 1}, ""},
		{"plank 2x600s", DoseOverride{Sets: 2, HoldSeconds: 600}, ""},
		{"plank 2x601s", DoseOverride{}, "a 601 s hold: use 1 to 600 seconds"},
		{"plank 20s", DoseOverride{HoldSeconds: 20}, ""},
		{"heel-raise 2x1", DoseOverride{Sets: 2, Reps: 1}, ""},
		{"heel-raise 2x100", DoseOverride{Sets: 2, Reps: 100}, ""},
		{"heel-raise 2x0", DoseOverride{}, "0 reps: use 1 to 100"},
		{"heel-raise 2x101", DoseOverride{}, "101 reps: use 1 to 100"},
		{"HEEL-RAISE 2x12", DoseOverride{}, "not an exercise id"},
		{"plank 3X20S", DoseOverride{Sets: 3, HoldSeconds: 20}, ""},
	}
	for _, c := range cases {
		got, err := ParseOverrides(c.line)
		id, _, _ := strings.Cut(c.line, " ")
		switch {
		case c.err == "" && (err != nil || got[id] != c.want || len(got) != 1):
			t.Errorf("ParseOverrides(%q) = %v, %v; want %+v", c.line, got, err, c.want)
		case c.err != "" && (err == nil || !strings.Contains(err.Error(), c.err)):
			t.Errorf("ParseOverrides(%q) error %v, want one containing %q", c.line, err, c.err)
		}
	}
}

// The line the intake screen shows back leaves out the parts the therapist did not set.
func TestFormatOverridesWritesOnlyWhatWasSet(t *testing.T) {
	o := map[string]DoseOverride{"plank": {HoldSeconds: 20}, "heel-raise": {Sets: 2, Reps: 12}, "chin-tuck": {Sets: 1, Reps: 8, HoldSeconds: 5}}
	if got, want := FormatOverrides(o), "chin-tuck 1x8x5s, heel-raise 2x12, plank 20s"; got != want {
		t.Errorf("FormatOverrides = %q, want %q", got, want)
	}
	if got := FormatOverrides(nil); got != "" {
		t.Errorf("no overrides written as %q", got)
	}
}

// Weekly targets are whole days of a week, 0 and 7 included.
func TestParseTargetsLimits(t *testing.T) {
	got, err := ParseTargets("0 7 0 7")
	if err != nil || *got != (WeeklyTargets{StrengthDays: 0, BalanceDays: 7, PostureDays: 0, StretchDays: 7}) {
		t.Fatalf("ParseTargets(0 7 0 7) = %v, %v", got, err)
	}
	for _, bad := range []string{"-1 7 7 2", "2 7 7 8", "2 7 7 2 1"} {
		if _, err := ParseTargets(bad); err == nil {
			t.Errorf("ParseTargets(%q) accepted it", bad)
		}
	}
	if FormatTargets(nil) != "" {
		t.Error("no targets are not written as empty")
	}
}

// An override changes only the parts of the dose the therapist set; the routine's other parts,
// and every exercise without an override, keep the routine's dose.
func TestApplyOverridesKeepsWhatWasNotSet(t *testing.T) {
	chin, heel := mustExercise(t, "chin-tuck"), mustExercise(t, "heel-raise")
	base := exercises.Dose{Sets: 2, Hold: 5 * time.Second, Reps: 8, Rest: 30 * time.Second}
	r := exercises.Routine{Items: []exercises.Item{{Exercise: chin, Dose: base}, {Exercise: heel, Dose: exercises.Dose{Sets: 2, Reps: 10}}}}
	cases := []struct {
		name string
		o    DoseOverride
		want exercises.Dose
	}{
		{"sets only", DoseOverride{Sets: 3}, exercises.Dose{Sets: 3, Hold: 5 * time.Second, Reps: 8, Rest: 30 * time.Second}},
		{"hold only", DoseOverride{HoldSeconds: 10}, exercises.Dose{Sets: 2, Hold: 10 * time.Second, Reps: 8, Rest: 30 * time.Second}},
		{"reps only", DoseOverride{Reps: 12}, exercises.Dose{Sets: 2, Hold: 5 * time.Second, Reps: 12, Rest: 30 * time.Second}},
		{"everything", DoseOverride{Sets: 1, HoldSeconds: 7, Reps: 6}, exercises.Dose{Sets: 1, Hold: 7 * time.Second, Reps: 6, Rest: 30 * time.Second}},
	}
	for _, c := range cases {
		p := Profile{DoseOverrides: map[string]DoseOverride{"chin-tuck": c.o}}
		got := p.ApplyOverrides(r)
		if got.Items[0].Dose != c.want || got.Items[1].Dose != r.Items[1].Dose {
			t.Errorf("%s: doses %+v, %+v; want %+v and the heel raise unchanged", c.name, got.Items[0].Dose, got.Items[1].Dose, c.want)
		}
	}
}
