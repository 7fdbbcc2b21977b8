package exercises

import "time"

// Source says where a routine came from.
type Source int

// The sources of routines.
const (
	SourceBuiltin Source = iota // compiled into upright
	SourceFile                  // read from a routine file
	SourceSaved                 // saved into the database
)

var sourceNames = [...]string{"built-in", "file", "saved"}

// String names the source.
func (s Source) String() string {
	if s < 0 || int(s) >= len(sourceNames) {
		return "unknown"
	}
	return sourceNames[s]
}

// MarshalText spells the source as its name.
func (s Source) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// Item is one exercise of a routine with its prescribed dose.
type Item struct {
	Exercise Exercise
	Dose     Dose
	// CautionAcknowledged records that whoever built the routine placed a flagged exercise knowingly.
	CautionAcknowledged bool
}

// Routine is an ordered list of exercises with their doses.
type Routine struct {
	ID          string
	Name        string
	Description string
	// GetReady is the countdown before every set.
	GetReady time.Duration
	// Rest is the default rest after each set; an item's Dose.Rest overrides it when set.
	Rest   time.Duration
	Items  []Item
	Source Source
	// Owner is the profile a saved routine is prescribed for; "" is the clinic's library, shared
	// by everyone. Routine files never carry it: whoever adds a file chooses (routine add
	// --profile), so a file handed over does not bring a name from another clinic's database.
	Owner string
}

// DemoRoutineID is the built-in routine with short doses of every screen, for showing in clinic.
const DemoRoutineID = "clinic-demo"

// Demo reports whether r is the built-in demo routine: its short doses are never evidence for a
// person's dose.
func (r Routine) Demo() bool { return r.Source == SourceBuiltin && r.ID == DemoRoutineID }

// Default timings of routines, used where a routine gives none.
const (
	DefaultGetReady = 5 * time.Second
	DefaultRest     = 45 * time.Second
	// SwitchSides is the pause between the left and right side of one set.
	SwitchSides = 5 * time.Second
	// HoldRepRelease is the counted release between the holds of a hold-reps set.
	HoldRepRelease = 3 * time.Second
	// TappedRep is how long one tapped rep takes, for estimates only.
	TappedRep = 4 * time.Second
	// BriefRead is how long reading an exercise's brief takes, for estimates only.
	BriefRead = 15 * time.Second
)

// Flagged lists the items whose exercise is not recommended or therapist-only.
func (r Routine) Flagged() []Item {
	var out []Item
	for _, it := range r.Items {
		if it.Exercise.Status.Flagged() {
			out = append(out, it)
		}
	}
	return out
}

// RestAfter is the rest after each set of the item at index i.
func (r Routine) RestAfter(i int) time.Duration {
	if r.Items[i].Dose.Rest > 0 {
		return r.Items[i].Dose.Rest
	}
	return r.Rest
}

// SetDuration estimates one side of one set of an item, without get-ready or rest.
func (it Item) SetDuration() time.Duration {
	d := it.Dose
	switch it.Exercise.Measure {
	case MeasureHold, MeasureMaxHold, MeasureTimedReps, MeasureStopwatch:
		return d.Hold // a stopwatch is estimated at its cap, so the estimate is never short
	case MeasureStagedHolds:
		return time.Duration(max(len(it.Exercise.Stages), 1)) * d.Hold
	case MeasureReps:
		if d.Tempo.Paced() {
			return time.Duration(d.Reps) * d.Tempo.Rep()
		}
		return time.Duration(d.Reps) * TappedRep
	case MeasureHoldReps:
		return time.Duration(d.Reps) * (d.Hold + HoldRepRelease)
	}
	return 0
}

// EstimatedDuration is how long the routine takes, briefs, get-ready, switches and rests included.
func (r Routine) EstimatedDuration() time.Duration {
	var total time.Duration
	for i, it := range r.Items {
		sides := 1
		if it.Exercise.Sided {
			sides = 2
		}
		total += BriefRead
		perSet := r.GetReady + time.Duration(sides)*it.SetDuration() + time.Duration(sides-1)*SwitchSides
		total += time.Duration(it.Dose.Sets) * perSet
		rests := it.Dose.Sets
		if i == len(r.Items)-1 {
			rests-- // no rest after the very last set
		}
		total += time.Duration(rests) * r.RestAfter(i)
	}
	return total
}

// SetCount is how many sets the routine has, a side of a sided exercise counting as one: the
// number of steps a session of it goes through.
func (r Routine) SetCount() int {
	n := 0
	for _, it := range r.Items {
		sides := 1
		if it.Exercise.Sided {
			sides = 2
		}
		n += sides * max(it.Dose.Sets, 0)
	}
	return n
}
