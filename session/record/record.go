package record

import "time"

// RecordVersion is the version of the Record shape; stored values carry it.
const RecordVersion = 1

// Status of a session record.
const (
	StatusInProgress  = "in-progress" // only ever seen in a checkpoint
	StatusCompleted   = "completed"
	StatusPartial     = "partial"
	StatusInterrupted = "interrupted"
	StatusStopped     = "stopped" // a red flag at check-in: nothing was done
)

// Side values of a set.
const (
	SideNone  = ""
	SideLeft  = "left"
	SideRight = "right"
)

// Record is one session as it is stored and exported. Its JSON shape is the stored data and the
// JSON export: field names and types never change without a new RecordVersion.
type Record struct {
	Version   int              `json:"version"`
	ID        string           `json:"id"`
	Profile   string           `json:"profile"`
	Routine   RoutineRef       `json:"routine"`
	StartedAt time.Time        `json:"started_at"`
	EndedAt   time.Time        `json:"ended_at"`
	Status    string           `json:"status"`
	Demo      bool             `json:"demo"`
	Checkin   Checkin          `json:"checkin"`
	Checkout  *Checkout        `json:"checkout,omitempty"`
	Flags     []Flag           `json:"flags"`
	Exercises []ExerciseResult `json:"exercises"`
	// PlannedSets is how many sets (a side each) the routine had: a session ended early records
	// only the sets it reached. Zero in records made before it was kept.
	PlannedSets int `json:"planned_sets,omitempty"`
}

// RoutineRef names the routine a session followed.
type RoutineRef struct {
	ID   string `json:"id"`
	Name string `json:"name"`
}

// Flag marks something a therapist should see, such as a pain rise during an exercise.
type Flag struct {
	Kind     string    `json:"kind"`
	Exercise string    `json:"exercise,omitempty"`
	At       time.Time `json:"at"`
	Detail   string    `json:"detail"`
	// Pain is the level reported (0–10) for a pain flag raised during the session; nil otherwise.
	Pain *int `json:"pain,omitempty"`
}

// The kinds of flags.
const (
	FlagPainRise    = "pain-rise"
	FlagSharpPain   = "sharp-pain"
	FlagRedFlag     = "red-flag"
	FlagDizziness   = "dizziness"
	FlagBalanceLoss = "balance-loss"
	FlagFall        = "fall"
	FlagCaution     = "caution" // a not-recommended or therapist-only exercise was done
	// FlagUnspecified is a check-out "yes" to sharp pain, dizziness or loss of balance with no
	// exercise marked.
	FlagUnspecified = "checkout-problem"
)

// ExerciseResult holds the sets done of one exercise of the routine.
type ExerciseResult struct {
	ID      string      `json:"id"`
	Name    string      `json:"name"`
	Skipped bool        `json:"skipped"`
	Stopped bool        `json:"stopped,omitempty"` // stopped for pain
	Sets    []SetResult `json:"sets"`
}

// SetResult is one side of one set.
type SetResult struct {
	Set           int     `json:"set"`
	Side          string  `json:"side"`
	TargetSeconds float64 `json:"target_seconds"`
	HeldSeconds   float64 `json:"held_seconds"`
	TargetReps    int     `json:"target_reps"`
	Reps          int     `json:"reps"`
	EndedEarly    bool    `json:"ended_early"`
	Skipped       bool    `json:"skipped"`
	PausedSeconds float64 `json:"paused_seconds"`
	// CompletedAt is when the set was finished, skipped or ended.
	CompletedAt time.Time `json:"completed_at"`
	// Measure names the measure of the test kinds added in version 2, empty for every other set
	// (as in older records): "timed-reps" (Reps stands counted in a window of TargetSeconds),
	// "stopwatch" (HeldSeconds is the time taken, TargetSeconds the cap) or "staged-holds" (Reps
	// stances held in full out of TargetReps, each of TargetSeconds, and FailedStageSeconds the
	// time the next one was held before it failed).
	Measure string `json:"measure,omitempty"`
	// FailedStageSeconds is how long the first stance not held lasted in a staged-holds test.
	FailedStageSeconds float64 `json:"failed_stage_seconds,omitempty"`
}

// Duration is how long the session lasted.
func (r Record) Duration() time.Duration {
	if r.EndedAt.IsZero() || r.EndedAt.Before(r.StartedAt) {
		return 0
	}
	return r.EndedAt.Sub(r.StartedAt)
}

// SetsPlanned is how many sets the session set out to do. Records made before PlannedSets was
// kept fall back on the version-1 built-in routine of that id, and otherwise on the sets they
// hold. A
// check-in stopped by a red flag set out to do nothing: not exercising then was the advice, and
// its sets are not counted as missed.
func (r Record) SetsPlanned() int {
	recorded := 0
	for _, e := range r.Exercises {
		recorded += len(e.Sets)
	}
	if r.Status == StatusStopped {
		return recorded
	}
	planned := r.PlannedSets
	if planned == 0 {
		planned = v1SetCounts[r.Routine.ID]
	}
	return max(planned, recorded)
}

// v1SetCounts are the set counts of the built-in routines as they were before records kept
// PlannedSets. Those records were made with these routines, so later changes to the built-ins
// must not change what they planned.
var v1SetCounts = map[string]int{
	"core": 15, "legs": 5, "balance": 13, "balance-test": 6, "posture-stretch": 18, "full": 27, "clinic-demo": 8,
}

// SetsDone counts the sets that were not skipped.
func (r Record) SetsDone() int {
	n := 0
	for _, e := range r.Exercises {
		for _, s := range e.Sets {
			if !s.Skipped {
				n++
			}
		}
	}
	return n
}

// Flagged reports whether a therapist should look at the session: a flag (pain stops, falls and
// red flags recorded by the engine), a check-in stopped by a red flag, or sharp pain, dizziness or
// a loss of balance reported at check-out. The report and the history screen both mark by it.
func (r Record) Flagged() bool {
	if len(r.Flags) > 0 || r.Status == StatusStopped || len(r.Checkin.RedFlags) > 0 {
		return true
	}
	if r.Checkout != nil {
		for _, rep := range r.Checkout.Reports {
			if rep.SharpPain || rep.Dizziness || rep.BalanceLoss {
				return true
			}
		}
		if r.Checkout.Problem {
			return true
		}
	}
	return false
}
