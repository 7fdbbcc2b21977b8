package session

import (
	"fmt"
	"math/rand"
	"testing"
	"time"

	"upright/exercises"
	"upright/session/record"
)

// randomRoutine builds a small routine of every measure, sided or not, paced or tapped.
func randomRoutine(rng *rand.Rand) exercises.Routine {
	measures := []exercises.Measure{exercises.MeasureHold, exercises.MeasureReps, exercises.MeasureHoldReps, exercises.MeasureMaxHold}
	var items []exercises.Item
	for i := range 1 + rng.Intn(4) {
		e := ex(fmt.Sprintf("ex%d", i), measures[rng.Intn(len(measures))], rng.Intn(2) == 0)
		d := dose{Sets: 1 + rng.Intn(3), Hold: time.Duration(1+rng.Intn(20)) * time.Second, Reps: 1 + rng.Intn(6)}
		if e.Measure == exercises.MeasureReps && rng.Intn(2) == 0 {
			d.Tempo = exercises.Tempo{Up: time.Duration(1+rng.Intn(3)) * time.Second, Down: time.Duration(1+rng.Intn(5)) * time.Second}
		}
		if rng.Intn(3) == 0 {
			d.Rest = time.Duration(rng.Intn(20)) * time.Second
		}
		items = append(items, item(e, d))
	}
	gr := []time.Duration{0, 3 * time.Second, 5 * time.Second}[rng.Intn(3)]
	rest := []time.Duration{0, 10 * time.Second, 30 * time.Second}[rng.Intn(3)]
	return routine(gr, rest, items...)
}

type setKey struct {
	item, set int
	side      string
}

func setMap(rec record.Record) map[setKey]record.SetResult {
	m := map[setKey]record.SetResult{}
	for i, e := range rec.Exercises {
		for _, s := range e.Sets {
			m[setKey{i, s.Set, s.Side}] = s
		}
	}
	return m
}

type namedOp struct {
	name string
	do   func(s *Session, now time.Time, rng *rand.Rand) Result
}

var randomOps = []namedOp{
	{"tick", func(s *Session, now time.Time, _ *rand.Rand) Result { return s.Tick(now) }},
	{"tick", func(s *Session, now time.Time, _ *rand.Rand) Result { return s.Tick(now) }},
	{"tick", func(s *Session, now time.Time, _ *rand.Rand) Result { return s.Tick(now) }},
	{"start", func(s *Session, now time.Time, _ *rand.Rand) Result { return s.Start(now) }},
	{"start", func(s *Session, now time.Time, _ *rand.Rand) Result { return s.Start(now) }},
	{"pause", func(s *Session, now time.Time, _ *rand.Rand) Result { return s.Pause(now) }},
	{"resume", func(s *Session, now time.Time, _ *rand.Rand) Result { return s.Resume(now) }},
	{"resume", func(s *Session, now time.Time, _ *rand.Rand) Result { return s.Resume(now) }},
	{"add rep", func(s *Session, now time.Time, _ *rand.Rand) Result { return s.AddRep(now) }},
	{"add rep", func(s *Session, now time.Time, _ *rand.Rand) Result { return s.AddRep(now) }},
	{"undo rep", func(s *Session, now time.Time, _ *rand.Rand) Result { return s.UndoRep(now) }},
	{"stop clock", func(s *Session, now time.Time, _ *rand.Rand) Result { return s.StopClock(now) }},
	{"end early", func(s *Session, now time.Time, _ *rand.Rand) Result { return s.EndSetEarly(now) }},
	{"skip set", func(s *Session, now time.Time, _ *rand.Rand) Result { return s.SkipSet(now) }},
	{"skip exercise", func(s *Session, now time.Time, _ *rand.Rand) Result { return s.SkipExercise(now) }},
	{"back", func(s *Session, now time.Time, _ *rand.Rand) Result { return s.Back(now) }},
	{"skip rest", func(s *Session, now time.Time, _ *rand.Rand) Result { return s.SkipRest(now) }},
	{"adjust rest", func(s *Session, now time.Time, rng *rand.Rand) Result {
		return s.AdjustRest(now, time.Duration(rng.Intn(3)-1)*15*time.Second)
	}},
	{"pain", func(s *Session, now time.Time, rng *rand.Rand) Result {
		return s.ReportPain(now, rng.Intn(8), rng.Intn(10) == 0)
	}},
}

// checkRecord checks what must hold of any record the engine gives out.
func checkRecord(t *testing.T, plan Plan, rec record.Record, now time.Time) {
	t.Helper()
	if len(rec.Exercises) != len(plan.Routine.Items) {
		t.Fatalf("%d exercises, plan has %d", len(rec.Exercises), len(plan.Routine.Items))
	}
	for i, e := range rec.Exercises {
		it := plan.Routine.Items[i]
		planned := it.Dose.Sets
		if it.Exercise.Sided {
			planned *= 2
		}
		if len(e.Sets) > planned {
			t.Fatalf("%s: %d sets, planned %d", e.ID, len(e.Sets), planned)
		}
		for _, s := range e.Sets {
			checkSet(t, it, s, rec.StartedAt, now)
		}
	}
}

func checkSet(t *testing.T, it exercises.Item, s record.SetResult, started, now time.Time) {
	t.Helper()
	d := it.Dose
	sideOK := s.Side == record.SideNone
	if it.Exercise.Sided {
		sideOK = s.Side == record.SideLeft || s.Side == record.SideRight
	}
	held := time.Duration(s.HeldSeconds * float64(time.Second))
	var maxHeld time.Duration = -1
	switch it.Exercise.Measure {
	case exercises.MeasureHold, exercises.MeasureMaxHold:
		maxHeld = d.Hold
	case exercises.MeasureHoldReps:
		maxHeld = time.Duration(d.Reps) * d.Hold
	case exercises.MeasureReps:
		if d.Tempo.Paced() {
			maxHeld = time.Duration(d.Reps) * d.Tempo.Rep()
		}
	}
	switch {
	case !sideOK:
		t.Fatalf("%s set %+v: wrong side", it.Exercise.ID, s)
	case s.Set < 1 || s.Set > d.Sets:
		t.Fatalf("%s set %+v: set out of range", it.Exercise.ID, s)
	case s.HeldSeconds < 0 || s.PausedSeconds < 0 || s.Reps < 0:
		t.Fatalf("%s set %+v: negative", it.Exercise.ID, s)
	case maxHeld >= 0 && held > maxHeld:
		t.Fatalf("%s set %+v: held more than %v", it.Exercise.ID, s, maxHeld)
	case it.Exercise.Measure != exercises.MeasureHold && it.Exercise.Measure != exercises.MeasureMaxHold && s.Reps > d.Reps:
		t.Fatalf("%s set %+v: more reps than %d", it.Exercise.ID, s, d.Reps)
	case s.CompletedAt.Before(started) || s.CompletedAt.After(now):
		t.Fatalf("%s set %+v: completed outside the session", it.Exercise.ID, s)
	}
}

func TestPropertyRandomSessions(t *testing.T) {
	for seed := int64(1); seed <= 500; seed++ {
		rng := rand.New(rand.NewSource(seed))
		plan := NewPlan(randomRoutine(rng))
		s := New(plan, Meta{ID: "p", Checkin: record.Checkin{Pain: rng.Intn(4)}}, t0)
		now := t0
		prev := setMap(s.Record())
		for range 20 + rng.Intn(120) {
			now = now.Add(time.Duration(rng.Intn(5000)) * time.Millisecond)
			op := randomOps[rng.Intn(len(randomOps))]
			before := s.cursor
			r := op.do(s, now, rng)
			if !r.OK && r.Reason == "" {
				t.Fatalf("seed %d: %s failed without a reason", seed, op.name)
			}
			rec := s.Record()
			checkRecord(t, plan, rec, now)
			cur := setMap(rec)
			for k, v := range prev {
				got, ok := cur[k]
				redone := op.name == "back" && r.OK && s.cursor < before && plan.Steps[s.cursor].Item == k.item &&
					plan.Steps[s.cursor].Set == k.set && plan.Steps[s.cursor].Side == k.side
				if (!ok || got != v) && !redone {
					t.Fatalf("seed %d: %s lost or changed set %+v: %+v → %+v", seed, op.name, k, v, got)
				}
			}
			if len(cur) > len(prev) && !r.Saved {
				t.Fatalf("seed %d: %s added a set without Saved", seed, op.name)
			}
			prev = cur
			checkClock(t, s, now, seed)
		}
		final := driveToEnd(t, s, now, seed)
		checkRecord(t, plan, final, final.EndedAt)
		for k, v := range prev {
			if got, ok := setMap(final)[k]; !ok || got != v {
				t.Fatalf("seed %d: driving to the end lost set %+v", seed, k)
			}
		}
		wantCompleted := final.SetsDone() == len(plan.Steps)
		for _, e := range final.Exercises {
			for _, st := range e.Sets {
				wantCompleted = wantCompleted && !st.EndedEarly
			}
		}
		if (final.Status == record.StatusCompleted) != wantCompleted {
			t.Fatalf("seed %d: status %s, every set done cleanly: %v", seed, final.Status, wantCompleted)
		}
	}
}

func checkClock(t *testing.T, s *Session, now time.Time, seed int64) {
	t.Helper()
	if s.Remaining(now) < 0 || s.Elapsed(now) < 0 {
		t.Fatalf("seed %d: remaining %v elapsed %v", seed, s.Remaining(now), s.Elapsed(now))
	}
	if l := s.PhaseLength(); l > 0 && s.Elapsed(now) > l {
		t.Fatalf("seed %d: elapsed %v past length %v", seed, s.Elapsed(now), l)
	}
	if s.Paused() {
		return
	}
	s.Tick(now)
	if nc := s.NextChange(now); !nc.IsZero() && !nc.After(now) {
		t.Fatalf("seed %d: after a tick, NextChange %v is not after now %v (%s)", seed, nc.Sub(t0), now.Sub(t0), s.Phase())
	}
}

// driveToEnd finishes a session the way a patient would: resume, start every brief, tap every
// tapped rep, and tick at each NextChange.
func driveToEnd(t *testing.T, s *Session, now time.Time, seed int64) record.Record {
	t.Helper()
	for i := 0; !s.Done(); i++ {
		if i > 100000 {
			t.Fatalf("seed %d: the session never ends (phase %s step %d)", seed, s.Phase(), s.cursor)
		}
		now = now.Add(time.Millisecond)
		switch {
		case s.Paused():
			s.Resume(now)
		case s.Phase() == PhaseBrief:
			s.Start(now)
		case s.Phase() == PhaseActive && s.Step().Tapped():
			s.AddRep(now)
		default:
			if nc := s.NextChange(now); nc.After(now) {
				now = nc
			}
			s.Tick(now)
		}
	}
	return s.Finish(now, nil)
}
