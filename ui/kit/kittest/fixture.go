package kittest

import (
	"fmt"
	"time"

	"upright/exercises"
	"upright/session"
	"upright/session/record"
)

// FixtureZone is five hours behind UTC: a session at 22:30 local is on the next UTC day, so any
// code that counts UTC days instead of the person's shows up in the goldens.
var FixtureZone = time.FixedZone("UTC-5", -5*3600)

// FixtureNow is Sunday 29 November 2026, 18:00 local.
var FixtureNow = time.Date(2026, 11, 29, 18, 0, 0, 0, FixtureZone)

var fixtureRoutines = []string{"core", "legs", "balance", "posture-stretch", "core", "balance-test"}

// FixtureRecords are 60 sessions over five months, newest first as the store lists them: holds
// and reps that grow, pain that falls, one flagged session, a note with an escape sequence, a
// partial session, a stopped check-in and single-leg stance tests that improve.
func FixtureRecords() []record.Record {
	var out []record.Record
	for i := range 60 {
		daysAgo := i * 5 / 2
		day := FixtureNow.AddDate(0, 0, -daysAgo)
		hour, minute := 8, 30
		if i%7 == 3 {
			hour, minute = 22, 30 // late evening: the next day in UTC
		}
		start := time.Date(day.Year(), day.Month(), day.Day(), hour, minute, 0, 0, FixtureZone)
		if start.After(FixtureNow) {
			start = start.AddDate(0, 0, -1)
		}
		out = append(out, fixtureRecord(i, daysAgo, start))
	}
	return out
}

func fixtureRecord(i, daysAgo int, start time.Time) record.Record {
	rt, _ := exercises.BuiltinRoutine(fixtureRoutines[i%len(fixtureRoutines)])
	growth := float64(150-daysAgo) / 150 // 0 five months ago, 1 today
	r := record.Record{Version: record.RecordVersion, ID: fmt.Sprintf("s%03d", i), Profile: "default",
		Routine: record.RoutineRef{ID: rt.ID, Name: rt.Name}, StartedAt: start, Status: record.StatusCompleted,
		Checkin:  record.Checkin{Pain: 5 - int(3*growth) + i%2},
		Checkout: &record.Checkout{Effort: 4 + i%3}, Flags: []record.Flag{}}
	r.Checkout.Pain = max(r.Checkin.Pain-1, 0)
	for _, it := range rt.Items {
		r.Exercises = append(r.Exercises, record.ExerciseResult{ID: it.Exercise.ID, Name: it.Exercise.Name})
	}
	at := start
	for _, st := range session.NewPlan(rt).Steps {
		at = at.Add(40 * time.Second)
		s := record.SetResult{Set: st.Set, Side: st.Side, TargetSeconds: st.Target.Seconds(),
			TargetReps: st.Reps, CompletedAt: at}
		s.Reps = max(st.Reps-int(3*(1-growth)), 0)
		s.HeldSeconds = s.TargetSeconds * (0.7 + 0.3*growth)
		if st.Measure == exercises.MeasureMaxHold {
			right := 0.0
			if st.Side == record.SideRight {
				right = 1
			}
			s.HeldSeconds = 6 + 14*growth - right*2 + float64(st.Set%3)
		}
		r.Exercises[st.Item].Sets = append(r.Exercises[st.Item].Sets, s)
	}
	switch i {
	case 0:
		r.Checkout.Note = "felt steady \x1b[31mtoday\x1b[0m"
		r.Exercises[0].Sets[0].EndedEarly = true
		r.Exercises[0].Sets[0].PausedSeconds = 12
	case 1:
		r.Checkout.Pain = r.Checkin.Pain + 2
		r.Checkout.Reports = []record.ExerciseReport{{Exercise: r.Exercises[0].ID, SharpPain: true}}
		r.Flags = append(r.Flags, record.Flag{Kind: record.FlagPainRise, Exercise: r.Exercises[0].ID,
			At: start.Add(5 * time.Minute), Detail: "pain 3 → 6 during the exercise"})
		r.Exercises[0].Stopped = true
	case 8:
		r.Status = record.StatusPartial
		last := &r.Exercises[len(r.Exercises)-1]
		last.Skipped = true
		for j := range last.Sets {
			last.Sets[j].Skipped, last.Sets[j].HeldSeconds, last.Sets[j].Reps = true, 0, 0
		}
	case 13:
		r.Status, r.Exercises, r.Checkout = record.StatusStopped, nil, nil
		r.Checkin.RedFlags = []string{"sudden-back-pain"}
		r.Flags = append(r.Flags, record.Flag{Kind: record.FlagRedFlag, At: start, Detail: "sudden new back pain"})
	}
	r.EndedAt = at.Add(time.Minute)
	return r
}
