package profiles

import (
	"fmt"
	"strconv"
	"strings"

	"upright/exercises"
	"upright/session/profile"
)

// sexField picks which row of a norm split by sex a test is compared with; empty shows both.
var sexField = intakeField{label: "Sex for test norms (female/male, or empty)",
	get: func(p profile.Profile) string { return p.Sex },
	set: func(p *profile.Profile, v string, _ intakeContext) error {
		sex, err := profile.ParseSex(v)
		if err == nil {
			p.Sex = sex
		}
		return err
	}}

// fallsField counts falls in the last year: any locks the balance-challenge exercises.
var fallsField = intakeField{label: "Falls in the last year",
	get: func(p profile.Profile) string {
		if p.Intake == nil || p.Intake.FallsLastYear == 0 {
			return ""
		}
		return strconv.Itoa(p.Intake.FallsLastYear)
	},
	set: func(p *profile.Profile, v string, _ intakeContext) error {
		n := 0
		if v != "" {
			var err error
			if n, err = strconv.Atoi(v); err != nil || n < 0 || n > 99 {
				return fmt.Errorf("%q is not a number of falls from 0 to 99", v)
			}
		}
		if n > 0 || p.Intake != nil {
			intakeOf(p).FallsLastYear = n
		}
		return nil
	}}

// allowedField names the flagged exercises the therapist prescribes for this patient: only they
// open for this profile, and only the flagged ones need naming.
var allowedField = intakeField{label: "Flagged exercises allowed (ids)",
	get: func(p profile.Profile) string {
		if p.Intake == nil {
			return ""
		}
		return strings.Join(p.Intake.Allowed, ", ")
	},
	set: func(p *profile.Profile, v string, _ intakeContext) error {
		var ids []string
		for _, id := range strings.FieldsFunc(v, func(r rune) bool { return r == ',' || r == ' ' }) {
			ex, ok := exercises.Lookup(id)
			if !ok {
				return fmt.Errorf("%q is not an exercise id; see `upright exercises`", id)
			}
			if !ex.Status.Flagged() {
				return fmt.Errorf("%s is open to everyone; name only not-recommended or therapist-only exercises", id)
			}
			ids = append(ids, id)
		}
		if len(ids) > 0 || p.Intake != nil {
			intakeOf(p).Allowed = ids
		}
		return nil
	}}
