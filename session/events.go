package session

import (
	"fmt"
	"time"
)

// Phase is where a session is within its current step.
type Phase int

// The phases of a session, in the order a step goes through them.
const (
	PhaseBrief       Phase = iota // the exercise's card, waiting for Start
	PhaseGetReady                 // countdown before a set
	PhaseActive                   // the set itself: a hold, reps, hold-reps or a stopwatch
	PhaseSwitchSides              // countdown between the left and the right side of one set
	PhaseRest                     // countdown after a set
	PhaseDone                     // every step has a result
)

// String names the phase as the UI and logs spell it.
func (p Phase) String() string {
	switch p {
	case PhaseBrief:
		return "brief"
	case PhaseGetReady:
		return "get-ready"
	case PhaseActive:
		return "active"
	case PhaseSwitchSides:
		return "switch-sides"
	case PhaseRest:
		return "rest"
	case PhaseDone:
		return "done"
	default:
		return fmt.Sprintf("phase(%d)", int(p))
	}
}

// timed reports whether the phase runs a clock that pause and resume act on.
func (p Phase) timed() bool {
	switch p {
	case PhaseGetReady, PhaseActive, PhaseSwitchSides, PhaseRest:
		return true
	case PhaseBrief, PhaseDone:
		return false
	default:
		return false
	}
}

// EventKind is what happened, for the cues (bell, flash, voice) that hang on it.
type EventKind int

// The kinds of events.
const (
	EventPhaseStarted    EventKind = iota // Event.Phase was entered
	EventHalfway                          // half of a hold or a rest is done
	EventCountdown                        // Event.N (3, 2, 1) seconds are left
	EventPhaseEnded                       // Event.Phase reached its end on its own (deadline, target, cap)
	EventSwitchSides                      // the left side is done: switch to the right
	EventRepCounted                       // a rep was counted; Event.N is the count so far
	EventSetSaved                         // a set result was finalized for Event.Step
	EventExerciseStopped                  // the exercise was stopped for pain
	EventSessionDone                      // every step has a result
	EventStageHeld                        // a stance of a staged test was held; Event.N is its number
)

// String names the event kind.
func (k EventKind) String() string {
	switch k {
	case EventPhaseStarted:
		return "phase-started"
	case EventHalfway:
		return "halfway"
	case EventCountdown:
		return "countdown"
	case EventPhaseEnded:
		return "phase-ended"
	case EventSwitchSides:
		return "switch-sides"
	case EventRepCounted:
		return "rep-counted"
	case EventSetSaved:
		return "set-saved"
	case EventExerciseStopped:
		return "exercise-stopped"
	case EventSessionDone:
		return "session-done"
	case EventStageHeld:
		return "stage-held"
	default:
		return fmt.Sprintf("event(%d)", int(k))
	}
}

// Event is one thing that happened while driving a session.
type Event struct {
	Kind  EventKind
	Phase Phase
	// N is the seconds left for EventCountdown and the reps so far for EventRepCounted.
	N int
	// Step is the index in Plan.Steps the event concerns.
	Step int
}

// String spells the event for test failures and logs.
func (e Event) String() string {
	return fmt.Sprintf("%s(%s n=%d step=%d)", e.Kind, e.Phase, e.N, e.Step)
}

// Result is what one call that drives a session did.
//
// Events and Saved are meaningful even when OK is false: every call first brings the session up
// to now (a deadline may have passed since the last tick), and that may have finalized a set.
type Result struct {
	// OK is false when the requested operation did not apply; Reason says why, in words for the user.
	OK     bool
	Reason string
	Events []Event
	// Saved is true when a set result was added or replaced: the caller saves Record() before the
	// next step starts, so a killed process loses at most the set in progress.
	Saved bool
}

func (r *Result) emit(e Event) { r.Events = append(r.Events, e) }

// PaceState is where a paced rep or a hold-rep is, for the pacing display.
type PaceState struct {
	// Rep is the current rep, 1-based; 0 outside a paced or hold-reps set.
	Rep int
	// Up is the lifting ("out") half of a paced rep, or the hold of a hold-rep; false is the
	// lowering half or the release.
	Up bool
	// PhaseRemaining is what is left of this half; PhaseLength is its full length.
	PhaseRemaining time.Duration
	PhaseLength    time.Duration
}
