package session

import (
	"fmt"
	"testing"
	"time"

	"upright/exercises"
)

// screen is what the session screen shows at an instant, rounded as the screen rounds it: a
// countdown rounds up (a clock never reaches 0:00 before its deadline), a stopwatch rounds down.
type screen struct {
	phase           Phase
	step, reps      int
	countdown       int64
	stopwatch       int64
	paceRep         int
	paceUp          bool
	paceCountdown   int64
	pausedOrStopped bool
}

// when spells an instant as seconds after t0, or "none" for the zero time.
func when(tm time.Time) string {
	if tm.IsZero() {
		return "none"
	}
	return fmt.Sprintf("%vs", tm.Sub(t0).Seconds())
}

func ceilSeconds(d time.Duration) int64 { return int64((d + time.Second - 1) / time.Second) }

func shown(s *Session, now time.Time) screen {
	sc := screen{phase: s.Phase(), step: s.cursor, reps: s.Reps(), pausedOrStopped: s.Paused()}
	sc.countdown = ceilSeconds(s.Remaining(now))
	if s.Phase() == PhaseActive && s.Step().Measure == exercises.MeasureMaxHold {
		sc.stopwatch = int64(s.Elapsed(now) / time.Second)
	}
	p := s.Pace(now)
	sc.paceRep, sc.paceUp, sc.paceCountdown = p.Rep, p.Up, ceilSeconds(p.PhaseRemaining)
	return sc
}

// oddTimings has a timing of every kind that does not fall on whole seconds of its phase, so a
// next change that is late, early or made up cannot hide behind another one at the same instant.
func oddTimings() exercises.Routine {
	uncapped := ex("stopwatch", exercises.MeasureMaxHold, false)
	return routine(sec(2.5), sec(10.5),
		item(plank, dose{Sets: 1, Hold: sec(6.5)}),
		item(sidePlank, dose{Sets: 1, Hold: 4 * time.Second}),
		item(heelRaise, dose{Sets: 1, Reps: 2, Tempo: exercises.Tempo{Up: sec(1.5), Down: sec(2.5)}}),
		item(chinTuck, dose{Sets: 1, Reps: 3, Hold: 2 * time.Second}),
		item(ex("capped", exercises.MeasureMaxHold, false), dose{Sets: 1, Hold: 5 * time.Second}),
		item(squat, dose{Sets: 1, Reps: 2}),
		item(uncapped, dose{Sets: 1}),
	)
}

// NextChange is the instant the screen next changes or a cue is due, no sooner and no later: a UI
// that sleeps until then shows every second and rings every cue on time, and wakes for nothing.
// A shadow session ticked at instants in between must show the same and emit nothing.
func TestNextChangeIsWhenTheScreenChanges(t *testing.T) {
	s, shadow := start(oddTimings()), start(oddTimings())
	both := func(op func(*Session) Result) { op(s); op(shadow) }
	now := t0
	for i := 0; !s.Done(); i++ {
		if i > 500 {
			t.Fatalf("the session never ends (phase %s step %d)", s.Phase(), s.cursor)
		}
		st := s.Step()
		next := s.NextChange(now)
		idle := s.Phase() == PhaseBrief || (s.Phase() == PhaseActive && st.Tapped())
		if next.IsZero() != idle {
			t.Fatalf("%s of %s at %s: NextChange %s, want none only when nothing runs", s.Phase(), st.Exercise.ID, when(now), when(next))
		}
		switch {
		case s.Phase() == PhaseBrief:
			both(func(x *Session) Result { return x.Start(now) })
			continue
		case idle:
			now = now.Add(sec(1.7))
			both(func(x *Session) Result { return x.AddRep(now) })
			continue
		case st.Measure == exercises.MeasureMaxHold && s.PhaseLength() == 0 && s.Elapsed(now) > 3*time.Second:
			now = now.Add(sec(0.3))
			both(func(x *Session) Result { return x.StopClock(now) })
			continue
		}
		if !next.After(now) {
			t.Fatalf("%s at %s: NextChange %s is not ahead", s.Phase(), when(now), when(next))
		}
		before := shown(s, now)
		for _, f := range []float64{0.001, 0.3, 0.5, 0.77, 0.999} {
			mid := now.Add(time.Duration(f * float64(next.Sub(now))))
			if mid.Equal(next) {
				mid = next.Add(-time.Nanosecond)
			}
			if r := shadow.Tick(mid); len(r.Events) > 0 {
				t.Fatalf("%s of %s: NextChange %s, but %s came at %s", before.phase, st.Exercise.ID, when(next), evs(r.Events), when(mid))
			}
			if got := shown(shadow, mid); got != before {
				t.Fatalf("%s of %s: NextChange %s, but the screen changed at %s: %+v → %+v", before.phase, st.Exercise.ID, when(next), when(mid), before, got)
			}
		}
		r := s.Tick(next)
		shadow.Tick(next)
		if len(r.Events) == 0 && shown(s, next) == before {
			t.Fatalf("%s of %s: NextChange %s, but nothing changed then: %+v", before.phase, st.Exercise.ID, when(next), before)
		}
		now = next
	}
}

// Exact next instants in every timed phase, from a fixed start; -1 means none (zero time).
func TestNextChangeTable(t *testing.T) {
	type probe struct{ now, want float64 }
	cases := []struct {
		name   string
		r      exercises.Routine
		setup  func(s *Session)
		probes []probe
	}{
		{"get-ready of 2.5 s changes its digit at .5", routine(sec(2.5), 0, item(plank, dose{Sets: 1, Hold: 10 * time.Second})),
			func(s *Session) { s.Start(t0) },
			[]probe{{0, 0.5}, {0.5, 1.5}, {1.49, 1.5}, {2.4, 2.5}}},
		{"rest counts whole seconds to its deadline", routine(0, 20*time.Second, item(plank, dose{Sets: 2, Hold: 2 * time.Second})),
			func(s *Session) { s.Start(t0); s.Tick(at(2)) },
			[]probe{{2, 3}, {2.01, 3}, {11.5, 12}, {12, 13}, {21.2, 22}}},
		{"switch-sides counts its 5 s", routine(0, 0, item(sidePlank, dose{Sets: 1, Hold: 2 * time.Second})),
			func(s *Session) { s.Start(t0); s.Tick(at(2)) },
			[]probe{{2, 3}, {6.9, 7}}},
		{"paced reps: the tempo's half seconds", routine(0, 0, item(heelRaise, dose{Sets: 1, Reps: 2, Tempo: exercises.Tempo{Up: sec(1.5), Down: sec(2.5)}})),
			func(s *Session) { s.Start(t0) },
			[]probe{{0, 0.5}, {0.5, 1}, {1, 1.5}, {1.5, 2}, {2, 3}, {3.9, 4}, {4, 4.5}, {7.9, 8}}},
		{"hold-reps: hold and release", routine(0, 0, item(chinTuck, dose{Sets: 1, Reps: 2, Hold: 5 * time.Second})),
			func(s *Session) { s.Start(t0) },
			[]probe{{0, 1}, {4.5, 5}, {5, 6}, {7.99, 8}, {12.5, 13}}},
		{"a stopwatch with no cap ticks each second", routine(0, 0, item(ex("stopwatch", exercises.MeasureMaxHold, false), dose{Sets: 1})),
			func(s *Session) { s.Start(t0) },
			[]probe{{0, 1}, {0.999, 1}, {1, 2}, {12.3, 13}, {600, 601}}},
		{"the brief has none", routine(0, 0, item(plank, dose{Sets: 1, Hold: 10 * time.Second})),
			func(s *Session) {},
			[]probe{{0, -1}, {30, -1}}},
		{"tapped reps have none", routine(0, 0, item(squat, dose{Sets: 1, Reps: 2})),
			func(s *Session) { s.Start(t0); s.AddRep(at(1)) },
			[]probe{{1, -1}, {100, -1}}},
		{"a pause has none", routine(0, 0, item(plank, dose{Sets: 1, Hold: 10 * time.Second})),
			func(s *Session) { s.Start(t0); s.Pause(at(1)) },
			[]probe{{1, -1}, {5, -1}}},
		{"a finished session has none", routine(0, 0, item(plank, dose{Sets: 2, Hold: 10 * time.Second})),
			func(s *Session) { s.Start(t0); s.Abandon(at(1)) },
			[]probe{{1, -1}, {5, -1}}},
		{"a session done has none", routine(0, 0, item(plank, dose{Sets: 1, Hold: 10 * time.Second})),
			func(s *Session) { s.Start(t0); s.Tick(at(10)) },
			[]probe{{10, -1}, {15, -1}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			s := start(c.r)
			c.setup(s)
			for _, p := range c.probes {
				s.Tick(at(p.now))
				got := s.NextChange(at(p.now))
				if p.want < 0 {
					if !got.IsZero() {
						t.Errorf("NextChange(%vs) = %s, want none", p.now, when(got))
					}
					continue
				}
				if !got.Equal(at(p.want)) {
					t.Errorf("NextChange(%vs) = %s, want %vs", p.now, when(got), p.want)
				}
			}
		})
	}
}

// A deadline that has passed without a tick is due now: NextChange gives the deadline itself,
// at or before now, whatever else the phase shows (a hold-rep's release, a stopwatch's seconds).
func TestNextChangeAtAnUntickedDeadline(t *testing.T) {
	cases := []struct {
		name     string
		it       exercises.Item
		deadline float64
	}{
		{"hold-reps", item(chinTuck, dose{Sets: 1, Reps: 5, Hold: 5 * time.Second}), 37},
		{"capped stopwatch", item(ex("capped", exercises.MeasureMaxHold, false), dose{Sets: 1, Hold: 45 * time.Second}), 45},
		{"hold", item(plank, dose{Sets: 1, Hold: 10 * time.Second}), 10},
	}
	for _, c := range cases {
		s := start(routine(0, 0, c.it))
		s.Start(t0)
		s.Tick(at(c.deadline - 0.5))
		for _, now := range []float64{c.deadline, c.deadline + 3} {
			if got := s.NextChange(at(now)); !got.Equal(at(c.deadline)) {
				t.Errorf("%s: NextChange(%vs) before any tick = %s, want the deadline %vs", c.name, now, when(got), c.deadline)
			}
		}
	}
}
