package session

import (
	"runtime"
	"testing"
	"time"

	"upright/exercises"
)

// fullRoutine is about 25 minutes of every timed measure: holds, a sided hold, paced reps,
// hold-reps and a sided max-hold test, with get-ready and rests.
func fullRoutine() exercises.Routine {
	return routine(5*time.Second, 45*time.Second,
		item(plank, dose{Sets: 3, Hold: 30 * time.Second}),
		item(sidePlank, dose{Sets: 2, Hold: 20 * time.Second}),
		item(heelRaise, dose{Sets: 2, Reps: 10, Tempo: tempo35}),
		item(ex("wall-sit", exercises.MeasureHold, false), dose{Sets: 3, Hold: 15 * time.Second}),
		item(ex("calf-stretch", exercises.MeasureHold, true), dose{Sets: 3, Hold: 20 * time.Second, Rest: 15 * time.Second}),
		item(chinTuck, dose{Sets: 2, Reps: 5, Hold: 5 * time.Second, Rest: 30 * time.Second}),
		item(stance, dose{Sets: 3, Hold: 45 * time.Second, Rest: 30 * time.Second}),
	)
}

// BenchmarkFullRoutineAt10Hz drives a whole routine with a tick every 100 ms, as the UI would
// with a plain ticker (the real UI ticks less often, at NextChange).
func BenchmarkFullRoutineAt10Hz(b *testing.B) {
	plan := NewPlan(fullRoutine())
	if d := plan.Routine.EstimatedDuration(); d < 20*time.Minute || d > 30*time.Minute {
		b.Fatalf("routine lasts %v, want about 25 minutes", d)
	}
	var ticks, allocs uint64
	var ms runtime.MemStats
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		s := New(plan, Meta{ID: "bench"}, t0)
		now := t0
		runtime.ReadMemStats(&ms)
		before := ms.Mallocs
		for !s.Done() {
			if s.Phase() == PhaseBrief {
				s.Start(now)
			}
			s.Tick(now)
			now = now.Add(100 * time.Millisecond)
			ticks++
		}
		runtime.ReadMemStats(&ms)
		allocs += ms.Mallocs - before
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(ticks), "ns/tick")
	b.ReportMetric(float64(allocs)/float64(ticks), "allocs/tick")
	b.ReportMetric(float64(ticks)/float64(b.N), "ticks/op")
}

// A tick on which nothing happens allocates nothing.
func TestTickWithoutEventsDoesNotAllocate(t *testing.T) {
	s := start(routine(0, 0, item(plank, dose{Sets: 1, Hold: 60 * time.Second})))
	s.Start(t0)
	now := at(1)
	allocs := testing.AllocsPerRun(1000, func() {
		now = now.Add(10 * time.Millisecond) // stays before the halfway cue at 30 s
		if r := s.Tick(now); len(r.Events) != 0 {
			t.Fatalf("unexpected events %s", evs(r.Events))
		}
		_ = s.Remaining(now)
		_ = s.NextChange(now)
		_ = s.Pace(now)
	})
	if allocs != 0 {
		t.Fatalf("%v allocs per quiet tick, want 0", allocs)
	}
}
