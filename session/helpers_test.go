package session

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"upright/exercises"
	"upright/session/record"
)

var t0 = time.Date(2026, 11, 29, 9, 0, 0, 0, time.UTC)

// at is t0 plus a number of seconds.
func at(sec float64) time.Time { return t0.Add(time.Duration(sec * float64(time.Second))) }

func sec(s float64) time.Duration { return time.Duration(s * float64(time.Second)) }

func ex(id string, m exercises.Measure, sided bool) exercises.Exercise {
	return exercises.Exercise{ID: id, Name: strings.ToUpper(id[:1]) + id[1:], Measure: m, Sided: sided}
}

type dose = exercises.Dose

func item(e exercises.Exercise, d dose) exercises.Item { return exercises.Item{Exercise: e, Dose: d} }

func routine(getReady, rest time.Duration, items ...exercises.Item) exercises.Routine {
	return exercises.Routine{ID: "test", Name: "Test", GetReady: getReady, Rest: rest, Items: items}
}

var (
	plank     = ex("plank", exercises.MeasureHold, false)
	sidePlank = ex("side-plank", exercises.MeasureHold, true)
	heelRaise = ex("heel-raise", exercises.MeasureReps, false)
	squat     = ex("squat", exercises.MeasureReps, false)
	chinTuck  = ex("chin-tuck", exercises.MeasureHoldReps, false)
	stance    = ex("stance", exercises.MeasureMaxHold, true)
	tempo35   = exercises.Tempo{Up: 3 * time.Second, Down: 5 * time.Second}
)

// start makes a session of a routine at t0 with check-in pain 3.
func start(r exercises.Routine) *Session {
	return New(NewPlan(r), Meta{ID: "s1", Profile: "default", Checkin: record.Checkin{Pain: 3}}, t0)
}

// ev is a compact event spelling for comparisons: "kind:phase" or "kind:phase:n".
func ev(e Event) string {
	switch e.Kind {
	case EventCountdown, EventRepCounted:
		return fmt.Sprintf("%s:%s:%d", e.Kind, e.Phase, e.N)
	default:
		return fmt.Sprintf("%s:%s", e.Kind, e.Phase)
	}
}

func evs(es []Event) string {
	out := make([]string, len(es))
	for i, e := range es {
		out[i] = ev(e)
	}
	return strings.Join(out, " ")
}

func hasEvent(es []Event, kind EventKind) bool {
	for _, e := range es {
		if e.Kind == kind {
			return true
		}
	}
	return false
}

// mustOK fails the test when an operation did not apply.
func mustOK(t *testing.T, what string, r Result) Result {
	t.Helper()
	if !r.OK {
		t.Fatalf("%s: not OK: %q", what, r.Reason)
	}
	return r
}

// mustFail fails the test when an operation applied, or gave no reason.
func mustFail(t *testing.T, what string, r Result) Result {
	t.Helper()
	if r.OK || r.Reason == "" {
		t.Fatalf("%s: want a no-op with a reason, got OK=%v reason %q", what, r.OK, r.Reason)
	}
	return r
}

// tickEvery ticks from one time to another at a step, collecting events.
func tickEvery(s *Session, from, to time.Time, step time.Duration) []Event {
	var all []Event
	for now := from; !now.After(to); now = now.Add(step) {
		all = append(all, s.Tick(now).Events...)
	}
	return all
}

func wantPhase(t *testing.T, s *Session, p Phase) {
	t.Helper()
	if s.Phase() != p {
		t.Fatalf("phase %s, want %s (step %d)", s.Phase(), p, s.cursor)
	}
}

func sets(rec record.Record, item int) []record.SetResult { return rec.Exercises[item].Sets }
