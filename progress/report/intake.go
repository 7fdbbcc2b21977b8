package report

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"upright/exercises"
	"upright/session/profile"
)

// row is one labelled line of a table; the value is raw user or computed text, escaped by the
// renderer.
type row struct{ k, v string }

// intakeRows are what the intake recorded, the program and the prescription; ok is false
// without an intake, a program or a prescription to show.
func (d reportData) intakeRows() (rows []row, ok bool) {
	p := d.in.Person
	if p == nil {
		return nil, false
	}
	if in := p.Intake; in != nil {
		recorded := "–"
		if !in.RecordedAt.IsZero() {
			recorded = day(in.RecordedAt, d.loc)
		}
		spine := "no"
		if in.SpineFracture {
			spine = "yes"
			if w := strings.TrimSpace(in.SpineFractureWhen); w != "" {
				spine += " (" + w + ")"
			}
			spine += "; floor and loaded core exercises only with the therapist's go-ahead"
		}
		falls := "none recorded"
		if in.FallsLastYear > 0 {
			falls = strconv.Itoa(in.FallsLastYear)
		}
		rows = append(rows,
			row{"Intake recorded", recorded},
			row{"Medical history", orNone(in.MedicalHistory)},
			row{"Past surgeries and injuries", orNone(in.SurgeriesInjuries)},
			row{"Current medications", orNone(in.Medications)},
			row{"Spine fracture", spine},
			row{"Falls in the last year", falls},
			row{"Range of motion, movement tests", orNone(in.MovementNotes)},
			row{"Baseline single-leg stance", stanceText(in.StanceLeft, in.StanceRight)},
			row{"Flagged exercises allowed", allowedText(*p, in.Allowed)},
		)
	}
	if pr := p.Program; pr != nil {
		prog := "from " + pr.Start
		if week, of := p.ProgramWeek(d.end); week > 0 {
			prog += fmt.Sprintf(", week %d of %d", week, of)
		} else {
			prog += fmt.Sprintf(", %d weeks", of)
		}
		rows = append(rows, row{"Program", prog},
			row{"Last check-up", orNone(pr.LastCheckup)}, row{"Next check-up", orNone(pr.NextCheckup)})
	}
	t := d.in.Targets
	rows = append(rows,
		row{"Weekly targets (days)", fmt.Sprintf("strength %d, balance %d, posture %d, stretch %d", t.StrengthDays, t.BalanceDays, t.PostureDays, t.StretchDays)},
		row{"Prescribed routines", orNone(strings.Join(p.Prescribed, ", "))},
		row{"Dose changes", orNone(profile.FormatOverrides(p.DoseOverrides))},
		row{"Therapist's notes", orNone(p.TherapistNotes)},
	)
	return rows, true
}

// readinessRows are the readiness questions with their answers, and when they were given ("" when
// never answered).
func (d reportData) readinessRows() (rows []row, answered string) {
	p := d.in.Person
	if p == nil || p.Readiness == nil {
		return nil, ""
	}
	for _, q := range profile.ReadinessQuestions {
		a := "no"
		if slices.Contains(p.Readiness.Yes, q.ID) {
			a = "yes"
		}
		rows = append(rows, row{q.Text, a})
	}
	return rows, day(p.Readiness.AnsweredAt, d.loc)
}

func orNone(s string) string {
	if strings.TrimSpace(s) == "" {
		return "–"
	}
	return s
}

func stanceText(left, right float64) string {
	if left <= 0 && right <= 0 {
		return "not tested"
	}
	side := func(v float64) string {
		if v <= 0 {
			return "–"
		}
		return secs(v)
	}
	s := "left " + side(left) + ", right " + side(right)
	if (left > 0 && left < profile.StanceLockSeconds) || (right > 0 && right < profile.StanceLockSeconds) {
		s += " (under 5 s: balance-challenge exercises locked)"
	}
	return s
}

func allowedText(p profile.Profile, ids []string) string {
	if len(ids) == 0 {
		return "none"
	}
	names := make([]string, len(ids))
	for i, id := range ids {
		names[i] = exerciseName(id)
		// An intake saved before it checked this may allow what its own answers lock: the
		// report says it stays locked, and why, by the rule the app applies.
		if ex, ok := exercises.Lookup(id); ok {
			if a := profile.Allows(p, ex); !a.Open {
				names[i] += " (still locked: " + a.Reason + ")"
			}
		}
	}
	return strings.Join(names, ", ")
}
