package profile

import (
	"fmt"
	"time"
	"unicode"
	"unicode/utf8"

	"upright/exercises"
)

// MaxNameLen is the longest profile name, in characters.
const MaxNameLen = 40

// DefaultProgramWeeks is a program's planned length when the therapist gives none.
const DefaultProgramWeeks = 12

// Profile is one person using upright: who they are, what their therapist prescribed and recorded
// at the first visit, and their readiness answers. It is plain data shared by the store (which
// persists it) and the screens (which show and edit it); none of it is ever shown under another
// profile.
type Profile struct {
	Name         string    `json:"name"`
	DisplayName  string    `json:"display_name"`
	CreatedAt    time.Time `json:"created_at"`
	FirstRunDone bool      `json:"first_run_done"`
	AgeBand      string    `json:"age_band,omitempty"` // "70-79", for the test norms
	// Sex is exercises.SexFemale, exercises.SexMale or "" (not given): norms split by sex show both rows without it.
	Sex       string     `json:"sex,omitempty"`
	Readiness *Readiness `json:"readiness,omitempty"`
	// Prescribed are routine ids (built-in or saved); the first is today's routine.
	Prescribed []string       `json:"prescribed,omitempty"`
	Targets    *WeeklyTargets `json:"targets,omitempty"`
	// TherapistNotes are shown before every session.
	TherapistNotes string                  `json:"therapist_notes,omitempty"`
	DoseOverrides  map[string]DoseOverride `json:"dose_overrides,omitempty"`
	// DoseChanges log when each override changed, for progression suggestions.
	DoseChanges []DoseChange `json:"dose_changes,omitempty"`
	Intake      *Intake      `json:"intake,omitempty"`
	Program     *Program     `json:"program,omitempty"`
	// SafeMovementSeen is when the person opened the safe-movement cards that home offers in the
	// program's first week; zero until then. Home offers them once: not again after this.
	SafeMovementSeen time.Time `json:"safe_movement_seen,omitzero"`
	// Aerobic is the aerobic activity the person logged, a day an entry (LogAerobic).
	Aerobic []AerobicEntry `json:"aerobic,omitempty"`
}

// WeeklyTargets are the days per week each area should be trained: the therapist's, or the
// guideline minimums of progress.DefaultTargets.
type WeeklyTargets struct {
	StrengthDays int `json:"strength_days"`
	BalanceDays  int `json:"balance_days"`
	PostureDays  int `json:"posture_days"`
	StretchDays  int `json:"stretch_days"`
}

// DoseOverride replaces parts of a prescribed exercise's dose; zero fields keep the routine's.
type DoseOverride struct {
	Sets        int `json:"sets,omitempty"`
	HoldSeconds int `json:"hold_seconds,omitempty"`
	Reps        int `json:"reps,omitempty"`
}

// DoseChange is one dated change of an exercise's override.
type DoseChange struct {
	Exercise string       `json:"exercise"`
	At       time.Time    `json:"at"`
	To       DoseOverride `json:"to"`
}

// Intake is the assessment recorded at the therapist's first visit. Text fields are free text.
type Intake struct {
	RecordedAt        time.Time `json:"recorded_at"`
	MedicalHistory    string    `json:"medical_history,omitempty"`
	SurgeriesInjuries string    `json:"surgeries_injuries,omitempty"`
	Medications       string    `json:"medications,omitempty"`
	SpineFracture     bool      `json:"spine_fracture"`
	SpineFractureWhen string    `json:"spine_fracture_when,omitempty"`
	MovementNotes     string    `json:"movement_notes,omitempty"` // range of motion and movement tests
	// Baseline single-leg stance test, seconds per side; 0 when not tested.
	StanceLeft  float64 `json:"stance_left_seconds,omitempty"`
	StanceRight float64 `json:"stance_right_seconds,omitempty"`
	// FallsLastYear counts falls in the 12 months before the intake: any locks the
	// balance-challenge exercises.
	FallsLastYear int `json:"falls_last_year,omitempty"`
	// Allowed are the not-recommended and therapist-only exercises the therapist prescribes for
	// this person, by id; no one else can open them.
	Allowed []string `json:"allowed_exercises,omitempty"`
}

// Program is the length and check-ups of a prescribed program. Dates are calendar days in the
// person's own calendar, "2006-01-02", with no time of day or zone.
type Program struct {
	Start       string `json:"start"`
	Weeks       int    `json:"weeks"`
	LastCheckup string `json:"last_checkup,omitempty"`
	NextCheckup string `json:"next_checkup,omitempty"`
}

// DateLayout is how program dates are written and typed.
const DateLayout = "2006-01-02"

// ParseDate reads a YYYY-MM-DD calendar date.
func ParseDate(s string) (time.Time, error) {
	t, err := time.Parse(DateLayout, s)
	if err != nil {
		return time.Time{}, fmt.Errorf("%q is not a date; write it as YYYY-MM-DD", s)
	}
	return t, nil
}

// dayNumber counts calendar days, so differences do not depend on clock changes.
func dayNumber(y int, m time.Month, d int) int {
	return int(time.Date(y, m, d, 12, 0, 0, 0, time.UTC).Unix() / 86400)
}

// daysUntil is the number of calendar days from now's local date to date (negative when past).
func daysUntil(now time.Time, date string) (int, bool) {
	t, err := ParseDate(date)
	if err != nil {
		return 0, false
	}
	y, m, d := now.Date()
	return dayNumber(t.Date()) - dayNumber(y, m, d), true
}

// ProgramWeek is the week of the program now falls in, counted from 1 on the start date in now's
// own calendar, and the program's length; week is 0 before the start or without a program. A week
// past the length means the program has run its course.
func (p Profile) ProgramWeek(now time.Time) (week, of int) {
	if p.Program == nil {
		return 0, 0
	}
	of = p.Program.Weeks
	if of <= 0 {
		of = DefaultProgramWeeks
	}
	days, ok := daysUntil(now, p.Program.Start)
	if !ok || days > 0 {
		return 0, of
	}
	return -days/7 + 1, of
}

// DaysToCheckup is the number of calendar days from now's local date to the next check-up
// (0 today, negative when overdue); ok is false when none is planned.
func (p Profile) DaysToCheckup(now time.Time) (days int, ok bool) {
	if p.Program == nil || p.Program.NextCheckup == "" {
		return 0, false
	}
	return daysUntil(now, p.Program.NextCheckup)
}

// ReportSince is where a report starts by default: local midnight of the last check-up, or of the
// program's start when there was none; the zero time without a program.
func (p Profile) ReportSince(loc *time.Location) time.Time {
	if p.Program == nil {
		return time.Time{}
	}
	for _, d := range []string{p.Program.LastCheckup, p.Program.Start} {
		if t, err := ParseDate(d); err == nil {
			return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, loc)
		}
	}
	return time.Time{}
}

// SpineFracture reports a spine-fracture history, recorded in the therapist's intake or answered
// in the readiness questions: floor and core exercises then need the therapist's go-ahead first,
// and impact loading is never offered. Either source is enough, so a person who starts on their
// own gets the same care.
func (p Profile) SpineFracture() bool {
	return (p.Intake != nil && p.Intake.SpineFracture) || p.Readiness.Said(QSpineFracture)
}

// Offers reports whether an exercise may be offered to this person: the heel drop never is after
// a spine fracture.
func (p Profile) Offers(e exercises.Exercise) bool { return e.OfferedWith(p.SpineFracture()) }

// Title is the name screens show.
func (p Profile) Title() string {
	if p.DisplayName != "" {
		return p.DisplayName
	}
	return p.Name
}

// ApplyOverrides returns r with the profile's dose overrides in place of its items' doses.
func (p Profile) ApplyOverrides(r exercises.Routine) exercises.Routine {
	if len(p.DoseOverrides) == 0 {
		return r
	}
	items := make([]exercises.Item, len(r.Items))
	copy(items, r.Items)
	for i, it := range items {
		o, ok := p.DoseOverrides[it.Exercise.ID]
		if !ok {
			continue
		}
		if o.Sets > 0 {
			items[i].Dose.Sets = o.Sets
		}
		if o.HoldSeconds > 0 {
			items[i].Dose.Hold = time.Duration(o.HoldSeconds) * time.Second
		}
		if o.Reps > 0 {
			items[i].Dose.Reps = o.Reps
		}
	}
	r.Items = items
	return r
}

// SetOverrides replaces the dose overrides, logging a dated change for every exercise whose
// override was added, changed or removed.
func (p *Profile) SetOverrides(o map[string]DoseOverride, now time.Time) {
	for id, v := range o {
		if old, ok := p.DoseOverrides[id]; !ok || old != v {
			p.DoseChanges = append(p.DoseChanges, DoseChange{Exercise: id, At: now, To: v})
		}
	}
	for id := range p.DoseOverrides {
		if _, ok := o[id]; !ok {
			p.DoseChanges = append(p.DoseChanges, DoseChange{Exercise: id, At: now})
		}
	}
	if len(o) == 0 {
		o = nil
	}
	p.DoseOverrides = o
}

// LastChanges maps each exercise id to the time its dose last changed.
func (p Profile) LastChanges() map[string]time.Time {
	out := map[string]time.Time{}
	for _, c := range p.DoseChanges {
		if c.At.After(out[c.Exercise]) {
			out[c.Exercise] = c.At
		}
	}
	return out
}

// ValidateName checks a profile name: 1 to 40 printable characters, no control characters
// or escape sequences (names are shown on the terminal), no spaces at either end.
func ValidateName(name string) error {
	bad := func(why string) error {
		return fmt.Errorf("profile name %q %s; use 1 to %d letters, digits, spaces or punctuation", name, why, MaxNameLen)
	}
	if !utf8.ValidString(name) {
		return bad("is not valid text")
	}
	if n := utf8.RuneCountInString(name); n == 0 {
		return fmt.Errorf("the profile name is empty; use 1 to %d letters, digits, spaces or punctuation", MaxNameLen)
	} else if n > MaxNameLen {
		return bad("is too long")
	}
	for _, r := range name {
		if !unicode.IsPrint(r) {
			return bad("has a control or invisible character")
		}
	}
	if unicode.IsSpace(rune(name[0])) || unicode.IsSpace(rune(name[len(name)-1])) {
		return bad("starts or ends with a space")
	}
	return nil
}
