package profiles

import (
	"fmt"
	"strconv"
	"strings"

	"upright/exercises"
	"upright/session/profile"
)

// intakeField is one line of the intake form: how to show a profile's value as text, and how to
// read the typed text back into the profile (an error says what to type instead).
type intakeField struct {
	label  string
	toggle bool // a yes/no answer, set with y and n
	get    func(p profile.Profile) string
	set    func(p *profile.Profile, v string, c intakeContext) error
}

// intakeContext is what reading the form needs besides the text: the routine ids it may name,
// each with its owner ("" for the library and the built-ins).
type intakeContext struct {
	routines map[string]string
}

func intakeOf(p *profile.Profile) *profile.Intake {
	if p.Intake == nil {
		p.Intake = &profile.Intake{}
	}
	return p.Intake
}

func programOf(p *profile.Profile) *profile.Program {
	if p.Program == nil {
		p.Program = &profile.Program{}
	}
	return p.Program
}

func textField(label string, ptr func(p *profile.Profile) *string) intakeField {
	return intakeField{label: label,
		get: func(p profile.Profile) string { return *ptr(&p) },
		set: func(p *profile.Profile, v string, _ intakeContext) error { *ptr(p) = v; return nil }}
}

func dateField(label string, ptr func(p *profile.Program) *string) intakeField {
	return intakeField{label: label + " (YYYY-MM-DD)",
		get: func(p profile.Profile) string {
			if p.Program == nil {
				return ""
			}
			return *ptr(p.Program)
		},
		set: func(p *profile.Profile, v string, _ intakeContext) error {
			if v != "" {
				if _, err := profile.ParseDate(v); err != nil {
					return err
				}
			}
			*ptr(programOf(p)) = v
			return nil
		}}
}

func secondsField(label string, ptr func(in *profile.Intake) *float64) intakeField {
	return intakeField{label: label,
		get: func(p profile.Profile) string {
			if p.Intake == nil || *ptr(p.Intake) == 0 {
				return ""
			}
			return strconv.FormatFloat(*ptr(p.Intake), 'f', -1, 64)
		},
		set: func(p *profile.Profile, v string, _ intakeContext) error {
			n := 0.0
			if v != "" {
				var err error
				if n, err = strconv.ParseFloat(strings.TrimSuffix(v, "s"), 64); err != nil || n < 0 || n > 600 {
					return fmt.Errorf("%q is not a number of seconds from 0 to 600", v)
				}
			}
			*ptr(intakeOf(p)) = n
			return nil
		}}
}

// intakeFields are the form's lines, in the order a first visit records them.
var intakeFields = []intakeField{
	textField("Display name", func(p *profile.Profile) *string { return &p.DisplayName }),
	textField("Age band (e.g. 70-79)", func(p *profile.Profile) *string { return &p.AgeBand }),
	textField("Medical history", func(p *profile.Profile) *string { return &intakeOf(p).MedicalHistory }),
	textField("Past surgeries and injuries", func(p *profile.Profile) *string { return &intakeOf(p).SurgeriesInjuries }),
	textField("Current medications", func(p *profile.Profile) *string { return &intakeOf(p).Medications }),
	{label: "Spine fracture (y/n)", toggle: true,
		get: func(p profile.Profile) string { return yesNo(p.SpineFracture()) },
		set: func(p *profile.Profile, v string, _ intakeContext) error {
			intakeOf(p).SpineFracture = v == "yes"
			return nil
		}},
	textField("Spine fracture: when", func(p *profile.Profile) *string { return &intakeOf(p).SpineFractureWhen }),
	textField("Range of motion, movement tests", func(p *profile.Profile) *string { return &intakeOf(p).MovementNotes }),
	secondsField("Single-leg stance, left (s)", func(in *profile.Intake) *float64 { return &in.StanceLeft }),
	secondsField("Single-leg stance, right (s)", func(in *profile.Intake) *float64 { return &in.StanceRight }),
	dateField("Program start", func(p *profile.Program) *string { return &p.Start }),
	{label: "Program length (weeks)",
		get: func(p profile.Profile) string {
			if p.Program == nil || p.Program.Weeks == 0 {
				return ""
			}
			return strconv.Itoa(p.Program.Weeks)
		},
		set: func(p *profile.Profile, v string, _ intakeContext) error {
			n := profile.DefaultProgramWeeks
			if v != "" {
				var err error
				if n, err = strconv.Atoi(v); err != nil || n < 1 || n > 104 {
					return fmt.Errorf("%q is not a number of weeks from 1 to 104 (12 is usual)", v)
				}
			}
			programOf(p).Weeks = n
			return nil
		}},
	dateField("Last check-up", func(p *profile.Program) *string { return &p.LastCheckup }),
	dateField("Next check-up", func(p *profile.Program) *string { return &p.NextCheckup }),
	{label: "Prescribed routines (ids)",
		get: func(p profile.Profile) string { return strings.Join(p.Prescribed, ", ") },
		set: func(p *profile.Profile, v string, c intakeContext) error {
			var ids []string
			for _, id := range strings.FieldsFunc(v, func(r rune) bool { return r == ',' || r == ' ' }) {
				owner, ok := c.routines[id]
				if !ok {
					return fmt.Errorf("%q is not a routine id; see `upright routines`", id)
				}
				if owner != "" && owner != p.Name {
					return fmt.Errorf("%q is prescribed for %s; choose a routine of the library or one of %s's own",
						id, exercises.CleanText(owner), exercises.CleanText(p.Name))
				}
				ids = append(ids, id)
			}
			p.Prescribed = ids
			return nil
		}},
	{label: "Weekly days: strength balance posture stretch",
		get: func(p profile.Profile) string { return profile.FormatTargets(p.Targets) },
		set: func(p *profile.Profile, v string, _ intakeContext) error {
			t, err := profile.ParseTargets(v)
			if err == nil {
				p.Targets = t
			}
			return err
		}},
	{label: "Dose changes (plank 3x20s, heel-raise 2x12)",
		get: func(p profile.Profile) string { return profile.FormatOverrides(p.DoseOverrides) },
		set: nil}, // read by applyIntake, which needs the time of the change
	textField("Therapist's notes (shown before each session)", func(p *profile.Profile) *string { return &p.TherapistNotes }),
	// Added with the fall-risk tests and the prescription rules; at the end so the lines above
	// keep their places.
	sexField,
	fallsField,
	allowedField,
}

// intakeDoseField and intakeAllowedField are the indexes of the dose-changes and the
// allowed-exercises lines.
const (
	intakeDoseField    = 16
	intakeAllowedField = 20
)

func yesNo(b bool) string {
	if b {
		return "yes"
	}
	return "no"
}

// routineIDs are the ids a prescription may name, built-in and saved, with their owners.
func routineIDs(saved []exercises.Routine) map[string]string {
	ids := map[string]string{}
	for _, r := range exercises.Builtin() {
		ids[r.ID] = ""
	}
	for _, r := range saved {
		ids[r.ID] = r.Owner
	}
	return ids
}
