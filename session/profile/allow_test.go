package profile

import (
	"strings"
	"testing"

	"upright/exercises"
)

func mustExercise(t *testing.T, id string) exercises.Exercise {
	t.Helper()
	ex, ok := exercises.Lookup(id)
	if !ok {
		t.Fatalf("no %q in the catalog", id)
	}
	return ex
}

func withIntake(in Intake) Profile { return Profile{Name: "p", Intake: &in} }

func TestAllows(t *testing.T) {
	allowBoth := []string{"bosu-squat", "bicycle-crunch"}
	tests := []struct {
		name     string
		p        Profile
		id       string
		open     bool
		reason   string // a part of Reason, or of Requirement when open
		required bool
	}{
		{"recommended, no intake", Profile{}, "heel-raise", true, "", false},
		{"therapist-only, no intake", Profile{}, "bosu-squat", false, "therapist-approved only; it opens only when your therapist prescribes it", false},
		{"not-recommended, not allowed", withIntake(Intake{Allowed: []string{"bosu-squat"}}), "bicycle-crunch", false, "not recommended; it opens only", false},
		{"not-recommended, allowed", withIntake(Intake{Allowed: allowBoth}), "bicycle-crunch", true, "", false},
		{"therapist-only, allowed", withIntake(Intake{Allowed: allowBoth, StanceLeft: 12, StanceRight: 9}), "bosu-squat", true, "", false},
		{"allowed, but a fall", withIntake(Intake{Allowed: allowBoth, FallsLastYear: 2}), "bosu-squat", false, "a fall in the last year", false},
		{"allowed, but stance 4 s", withIntake(Intake{Allowed: allowBoth, StanceLeft: 12, StanceRight: 4}), "bosu-squat", false, "single-leg stance of 4 s, under 5 s", false},
		{"allowed, one side tested 3.5 s", withIntake(Intake{Allowed: allowBoth, StanceLeft: 3.5}), "bosu-squat", false, "of 3.5 s", false},
		{"allowed, stance exactly 5 s", withIntake(Intake{Allowed: allowBoth, StanceRight: 5}), "bosu-squat", true, "", false},
		{"a fall leaves the single-leg stand open", withIntake(Intake{FallsLastYear: 1, StanceLeft: 2}), "single-leg-stand", true, "", false},
		{"a fall leaves a non-balance flagged exercise to the intake", withIntake(Intake{FallsLastYear: 1, Allowed: allowBoth}), "bicycle-crunch", true, "", false},
		{"spine fracture, floor exercise", withIntake(Intake{SpineFracture: true}), "plank", true, "only with your therapist's go-ahead", true},
		{"spine fracture, standing exercise", withIntake(Intake{SpineFracture: true}), "heel-raise", true, "", false},
		{"spine fracture, allowed crunch", withIntake(Intake{SpineFracture: true, Allowed: allowBoth}), "bicycle-crunch", true, "go-ahead", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := Allows(tt.p, mustExercise(t, tt.id))
			if a.Open != tt.open {
				t.Fatalf("Open = %v, want %v (%+v)", a.Open, tt.open, a)
			}
			text := a.Reason
			if a.Open {
				if a.Reason != "" {
					t.Errorf("open with a reason %q", a.Reason)
				}
				text = a.Requirement
			} else if a.Requirement != "" {
				t.Errorf("locked with a requirement %q", a.Requirement)
			}
			if (text != "") != (tt.reason != "") || !strings.Contains(text, tt.reason) {
				t.Errorf("text %q, want one containing %q", text, tt.reason)
			}
			if (a.Requirement != "") != tt.required {
				t.Errorf("Requirement %q, want one: %v", a.Requirement, tt.required)
			}
		})
	}
}

func TestValidateOverrides(t *testing.T) {
	fall := withIntake(Intake{FallsLastYear: 1, Allowed: []string{"bosu-squat"}})
	tests := []struct {
		name string
		p    Profile
		line string
		want string // "" for accepted; else a part of the error
	}{
		{"good doses", Profile{}, "plank 3x20s, heel-raise 2x12, chin-tuck 1x8x5s, single-leg-stance-test 3x45s", ""},
		{"reps on a hold", Profile{}, "plank 3x20", "plank is a hold exercise; reps applies only to reps and hold-reps exercises; give a hold in seconds, e.g. 3x20s"},
		{"reps on a max-hold test", Profile{}, "single-leg-stance-test 3x4", "max-hold exercise; reps applies only"},
		{"hold on reps", Profile{}, "heel-raise 2x10s", "heel-raise is a reps exercise; hold applies only to hold, hold-reps, max-hold and staged-holds exercises; give reps"},
		{"flagged, not allowed", Profile{}, "bicycle-crunch 1x6", "bicycle-crunch: not for this person: not recommended"},
		{"flagged, allowed", withIntake(Intake{Allowed: []string{"bicycle-crunch"}}), "bicycle-crunch 1x6", ""},
		{"allowed, but a fall", fall, "bosu-squat 2x5", "bosu-squat: not for this person: a fall in the last year"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			o, err := ParseOverrides(tt.line)
			if err == nil {
				err = ValidateOverrides(tt.p, o)
			}
			switch {
			case tt.want == "" && err != nil:
				t.Errorf("refused: %v", err)
			case tt.want != "" && (err == nil || !strings.Contains(err.Error(), tt.want)):
				t.Errorf("error %v, want one containing %q", err, tt.want)
			}
		})
	}
	// Overrides that did not come through ParseOverrides meet the same measure rules.
	if err := ValidateOverrides(Profile{}, map[string]DoseOverride{"wall-sit": {Sets: 2, Reps: 10}}); err == nil ||
		!strings.Contains(err.Error(), "wall-sit is a hold exercise") {
		t.Errorf("reps on the wall sit: %v", err)
	}
	if err := ValidateOverrides(Profile{}, map[string]DoseOverride{"plonk": {Sets: 2}}); err == nil {
		t.Error("an unknown id was accepted")
	}
}

func TestFirstLocked(t *testing.T) {
	r := exercises.Routine{Items: []exercises.Item{
		{Exercise: mustExercise(t, "plank")}, {Exercise: mustExercise(t, "bicycle-crunch")}, {Exercise: mustExercise(t, "bosu-squat")},
	}}
	fell := withIntake(Intake{FallsLastYear: 1, Allowed: []string{"bicycle-crunch", "bosu-squat"}})
	tests := []struct {
		name   string
		p      Profile
		locked string // "" when every item opens
		reason string
	}{
		{"nothing allowed: the first flagged item", Profile{}, "bicycle-crunch", "not recommended"},
		{"both allowed, but a fall", fell, "bosu-squat", "a fall in the last year"},
		{"both allowed", withIntake(Intake{Allowed: []string{"bicycle-crunch", "bosu-squat"}}), "", ""},
	}
	for _, tt := range tests {
		it, a, ok := FirstLocked(tt.p, r)
		if ok != (tt.locked != "") || it.Exercise.ID != tt.locked || !strings.Contains(a.Reason, tt.reason) || a.Open == ok {
			t.Errorf("%s: %s %+v %v; want %q locked for %q", tt.name, it.Exercise.ID, a, ok, tt.locked, tt.reason)
		}
	}
}

// An allowed exercise the intake's own answers lock is refused with Allows' reason; the others pass.
func TestValidateAllowed(t *testing.T) {
	for _, c := range []struct {
		name   string
		intake *Intake
		want   string
	}{
		{"no intake", nil, ""},
		{"allowed, nothing locks", &Intake{Allowed: []string{"bosu-squat", "bicycle-crunch"}, StanceLeft: 9}, ""},
		{"a fall", &Intake{Allowed: []string{"bicycle-crunch", "bosu-squat"}, FallsLastYear: 1}, "bosu-squat: not for this person: a fall in the last year"},
		{"a short stance", &Intake{Allowed: []string{"bosu-squat"}, StanceRight: 3}, "single-leg stance of 3 s"},
		{"not an id", &Intake{Allowed: []string{"bosu"}}, `"bosu" is not an exercise id`},
	} {
		err := ValidateAllowed(Profile{Intake: c.intake})
		switch {
		case c.want == "" && err != nil:
			t.Errorf("%s: refused: %v", c.name, err)
		case c.want != "" && (err == nil || !strings.Contains(err.Error(), c.want)):
			t.Errorf("%s: got %v, want %q", c.name, err, c.want)
		}
	}
}
