package exercises

import (
	"fmt"
	"time"
)

// Measure is how a set of an exercise is measured.
type Measure int

// The measures, as routine files and records name them.
const (
	MeasureHold     Measure = iota // countdown to a target
	MeasureReps                    // count to a target, tapped or paced
	MeasureHoldReps                // reps that each hold a few seconds
	MeasureMaxHold                 // a stopwatch test stopped by the user or at a cap
	// MeasureStagedHolds is a row of holds of one length each, ending at the first one not held:
	// the 4-stage balance test.
	MeasureStagedHolds
	// MeasureTimedReps counts tapped reps in a fixed window: the 30-second chair stand.
	MeasureTimedReps
	// MeasureStopwatch is started and stopped by the person: the Timed Up and Go.
	MeasureStopwatch
)

var measureNames = [...]string{"hold", "reps", "hold-reps", "max-hold", "staged-holds", "timed-reps", "stopwatch"}

// String returns the measure's name as routine files and JSON spell it.
func (m Measure) String() string {
	if m < 0 || int(m) >= len(measureNames) {
		return fmt.Sprintf("measure(%d)", int(m))
	}
	return measureNames[m]
}

// MarshalText spells the measure as its name.
func (m Measure) MarshalText() ([]byte, error) { return []byte(m.String()), nil }

// LowerIsBetter reports whether a smaller result of the measure is the better one: a stopwatch
// times how long a task took.
func (m Measure) LowerIsBetter() bool { return m == MeasureStopwatch }

// Test reports whether the measure is one of the timed tests, whose result is compared with norms
// and never progressed.
func (m Measure) Test() bool {
	switch m {
	case MeasureMaxHold, MeasureStagedHolds, MeasureTimedReps, MeasureStopwatch:
		return true
	case MeasureHold, MeasureReps, MeasureHoldReps:
		return false
	}
	return false
}

// Category groups exercises the way the catalog teaches them: core, lower body, balance,
// flexibility, posture and the timed tests.
type Category int

// The categories of the catalog.
const (
	CategoryCore Category = iota
	CategoryLowerBody
	CategoryBalance
	CategoryFlexibility
	CategoryPosture
	CategoryTest
	CategoryUpperBody    // arms, chest and upper back: strength
	CategoryImpact       // bone loading for people without a spine fracture
	CategorySafeMovement // how to move in daily life: hip hinge
)

var categoryNames = [...]string{"core", "lower body", "balance", "flexibility", "posture", "test", "upper body", "impact", "safe movement"}

// String returns the category's name.
func (c Category) String() string {
	if c < 0 || int(c) >= len(categoryNames) {
		return fmt.Sprintf("category(%d)", int(c))
	}
	return categoryNames[c]
}

// MarshalText spells the category as its name.
func (c Category) MarshalText() ([]byte, error) { return []byte(c.String()), nil }

// Status says whether an exercise may appear in a built-in routine.
type Status int

// The statuses. Only StatusRecommended exercises appear in built-in routines; the others may be
// placed in a routine file by a therapist, and the session then shows the caution first.
const (
	StatusRecommended Status = iota
	StatusNotRecommended
	StatusTherapistOnly
)

var statusNames = [...]string{"recommended", "not-recommended", "therapist-only"}

// String returns the status as JSON spells it.
func (s Status) String() string {
	if s < 0 || int(s) >= len(statusNames) {
		return fmt.Sprintf("status(%d)", int(s))
	}
	return statusNames[s]
}

// statusWords say each status the way a patient reads it: statusNames are for files and JSON.
var statusWords = [...]string{"recommended", "not recommended", "therapist-approved only"}

// Words says the status in plain words, for people: "not recommended", never "not-recommended".
func (s Status) Words() string {
	if s < 0 || int(s) >= len(statusWords) {
		return "flagged"
	}
	return statusWords[s]
}

// MarshalText spells the status as its name.
func (s Status) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// Flagged reports whether the exercise needs a caution before it is done.
func (s Status) Flagged() bool { return s != StatusRecommended }

// Tempo paces reps: Up is the lifting (or "out") phase, Down the lowering (or "back") phase.
// The zero Tempo means the user taps each rep.
type Tempo struct {
	Up   time.Duration
	Down time.Duration
}

// Paced reports whether the app counts the reps itself.
func (t Tempo) Paced() bool { return t.Up > 0 && t.Down > 0 }

// Rep is the duration of one paced rep.
func (t Tempo) Rep() time.Duration { return t.Up + t.Down }

// String spells the tempo as routine files do ("3s/5s"), or "" when tapped.
func (t Tempo) String() string {
	if !t.Paced() {
		return ""
	}
	return FormatDuration(t.Up) + "/" + FormatDuration(t.Down)
}

// Dose is how much of an exercise is done: the catalog's start values, or a routine's prescription.
type Dose struct {
	Sets int
	// Hold is the target of a hold, the per-rep hold of hold-reps, the cap of a max-hold test or
	// a stopwatch, each stage of staged holds, or the window of timed reps.
	Hold  time.Duration
	Reps  int
	Tempo Tempo
	Rest  time.Duration
}

// Exercise is one card of the catalog.
type Exercise struct {
	ID       string
	Name     string
	Category Category
	Measure  Measure
	// Sided exercises are done left then right in every set.
	Sided bool
	Dose  Dose
	// DoseNote is the dose as a therapist would say it, e.g. "3 × 10 s"; where it comes from is
	// in Sources.
	DoseNote    string
	Description string
	Cues        []string
	Easier      string
	Harder      string
	Safety      string
	Status      Status
	// StatusReason explains a not-recommended or therapist-only status and what to do instead.
	StatusReason string
	// Floor is set for exercises done on or near the floor, or loading the spine in core work:
	// after a spine fracture they need a therapist's go-ahead first.
	Floor bool
	// Sources name where the card and its dose come from, as people read them ("Too Fit To
	// Fracture, 2014").
	Sources []string
	// Stages are the stances of a staged-holds test, easiest first.
	Stages []string
	// Norms are the published values a test result is compared with.
	Norms []Norm
	// NotWithSpineFracture hides the exercise from anyone with a spine fracture on record.
	NotWithSpineFracture bool
}

// FormatDuration spells a duration the way routine files do: "45s", "2m", "1m30s".
func FormatDuration(d time.Duration) string {
	if d%time.Second != 0 {
		return d.String()
	}
	s := int(d / time.Second)
	if s < 60 {
		return fmt.Sprintf("%ds", s)
	}
	if s%60 == 0 {
		return fmt.Sprintf("%dm", s/60)
	}
	return fmt.Sprintf("%dm%ds", s/60, s%60)
}
