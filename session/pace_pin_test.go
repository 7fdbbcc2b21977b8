package session

import (
	"testing"
	"time"

	"upright/exercises"
)

// At the last instant of a paced set, before the tick that ends it, the pacer shows the last rep
// lowering with nothing left, never a rep past the target; later instants show the same.
func TestPaceAtTheEndOfAPacedSet(t *testing.T) {
	s := start(routine(0, 0, item(heelRaise, dose{Sets: 1, Reps: 10, Tempo: tempo35})))
	s.Start(t0)
	s.Tick(at(79.5))
	want := PaceState{Rep: 10, Up: false, PhaseRemaining: 0, PhaseLength: 5 * time.Second}
	for _, now := range []float64{80, 95} {
		if got := s.Pace(at(now)); got != want {
			t.Errorf("Pace(%vs) before the tick = %+v, want %+v", now, got, want)
		}
	}
	// The boundaries inside the set: each half ends exactly on the tempo.
	s = start(routine(0, 0, item(heelRaise, dose{Sets: 1, Reps: 10, Tempo: tempo35})))
	s.Start(t0)
	for _, c := range []struct {
		now  float64
		want PaceState
	}{
		{2.999, PaceState{Rep: 1, Up: true, PhaseRemaining: sec(0.001), PhaseLength: 3 * time.Second}},
		{3, PaceState{Rep: 1, Up: false, PhaseRemaining: 5 * time.Second, PhaseLength: 5 * time.Second}},
		{7.999, PaceState{Rep: 1, Up: false, PhaseRemaining: sec(0.001), PhaseLength: 5 * time.Second}},
		{72, PaceState{Rep: 10, Up: true, PhaseRemaining: 3 * time.Second, PhaseLength: 3 * time.Second}},
	} {
		if got := s.Pace(at(c.now)); got != c.want {
			t.Errorf("Pace(%vs) = %+v, want %+v", c.now, got, c.want)
		}
	}
}

// The pacer is blank wherever nothing is paced: before and between sets, in holds, stopwatches
// and tapped reps, and in a paced or hold-reps set of no reps at all.
func TestPaceIsBlankOutsidePacedSets(t *testing.T) {
	stopwatch := ex("stopwatch", exercises.MeasureMaxHold, false)
	cases := []struct {
		name  string
		r     exercises.Routine
		setup func(s *Session)
		now   float64
	}{
		{"brief", routine(0, 0, item(heelRaise, dose{Sets: 1, Reps: 2, Tempo: tempo35})), func(s *Session) {}, 1},
		{"get-ready", routine(5*time.Second, 0, item(heelRaise, dose{Sets: 1, Reps: 2, Tempo: tempo35})), func(s *Session) { s.Start(t0) }, 1},
		{"rest", routine(0, 30*time.Second, item(heelRaise, dose{Sets: 2, Reps: 1, Tempo: tempo35})), func(s *Session) { s.Start(t0); s.Tick(at(8)) }, 9},
		{"hold", routine(0, 0, item(plank, dose{Sets: 1, Hold: 30 * time.Second})), func(s *Session) { s.Start(t0) }, 1},
		{"stopwatch", routine(0, 0, item(stopwatch, dose{Sets: 1, Hold: 30 * time.Second})), func(s *Session) { s.Start(t0) }, 1},
		{"tapped", routine(0, 0, item(squat, dose{Sets: 1, Reps: 5})), func(s *Session) { s.Start(t0) }, 1},
		{"paced, no reps", routine(0, 0, item(heelRaise, dose{Sets: 1, Reps: 0, Tempo: tempo35})), func(s *Session) { s.Start(t0) }, 1},
		{"hold-reps, no reps", routine(0, 0, item(chinTuck, dose{Sets: 1, Reps: 0, Hold: 5 * time.Second})), func(s *Session) { s.Start(t0) }, 1},
	}
	for _, c := range cases {
		s := start(c.r)
		c.setup(s)
		if got := s.Pace(at(c.now)); got != (PaceState{}) {
			t.Errorf("%s (%s): Pace = %+v, want blank", c.name, s.Phase(), got)
		}
	}
}

// A pause freezes the pacer where it was.
func TestPaceFreezesWhilePaused(t *testing.T) {
	s := start(routine(0, 0, item(chinTuck, dose{Sets: 1, Reps: 5, Hold: 5 * time.Second})))
	s.Start(t0)
	s.Tick(at(6))
	mustOK(t, "pause", s.Pause(at(6)))
	want := PaceState{Rep: 1, Up: false, PhaseRemaining: 2 * time.Second, PhaseLength: 3 * time.Second}
	if got := s.Pace(at(60)); got != want {
		t.Fatalf("paused: Pace = %+v, want %+v", got, want)
	}
	mustOK(t, "resume", s.Resume(at(60)))
	if got := s.Pace(at(62)); got.Rep != 2 || !got.Up || got.PhaseRemaining != 5*time.Second {
		t.Fatalf("2 s after resuming: Pace = %+v, want rep 2's hold from its start", got)
	}
}
