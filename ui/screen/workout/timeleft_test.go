package workout

import (
	"testing"
	"time"

	"upright/exercises"
	"upright/session"
)

// driver acts as a patient in the active phase of a step, a second into it each time: it taps a
// rep every few seconds, stops a stopwatch or gives up a stance at a chosen moment.
type driver struct {
	name string
	// tapEvery is how often a rep or a stand is tapped; slow taps outlast the estimate.
	tapEvery time.Duration
	// stopAt stops a max-hold or a stopwatch, and gives up a stance of the 4-stage test.
	stopAt time.Duration
	// addRest adds 15 s to the first rest, the one way time may be added here.
	addRest bool
}

// TestTimeLeftNeverRises walks every built-in routine second by second as several patients would
// (quick, slow, stopping tests early) and reads the "about N min left" estimate at each second: it
// never goes up, except by the 15 s added to a rest, and in a second without a key it falls by that
// second only (a phase ending on time hands its estimate on whole, but for the slack below).
func TestTimeLeftNeverRises(t *testing.T) {
	drivers := []driver{
		{name: "quick", tapEvery: 2 * time.Second, stopAt: 4 * time.Second},
		{name: "slow taps", tapEvery: 9 * time.Second, stopAt: 40 * time.Second},
		{name: "rest added", tapEvery: 3 * time.Second, stopAt: 8 * time.Second, addRest: true},
	}
	for _, r := range exercises.Builtin() {
		for _, d := range drivers {
			t.Run(r.ID+"/"+d.name, func(t *testing.T) { walkTimeLeft(t, r, d) })
		}
	}
}

func walkTimeLeft(t *testing.T, r exercises.Routine, d driver) {
	now := time.Date(2026, 11, 30, 9, 0, 0, 0, time.UTC)
	eng := session.New(session.NewPlan(r), session.Meta{ID: "t"}, now)
	last := timeLeft(eng, now)
	if est := r.EstimatedDuration(); last > est+time.Second || last < est-time.Minute {
		t.Errorf("at the first brief: %v left, the routine is estimated at %v", last, est)
	}
	// A second of ticking, and the release the estimate counts after a hold-reps set's last hold,
	// which the engine leaves out.
	const slack = time.Second + exercises.HoldRepRelease
	var lastTap time.Duration
	added := false
	for i := 0; !eng.Done(); i++ {
		if i > 20000 {
			t.Fatal("the walk never ended")
		}
		now = now.Add(time.Second)
		acted := false
		switch eng.Phase() {
		case session.PhaseBrief:
			acted = eng.Start(now).OK
		case session.PhaseRest:
			if d.addRest && !added {
				eng.AdjustRest(now, 15*time.Second)
				added = true
				last += 15 * time.Second
			}
		case session.PhaseActive:
			step, el := eng.Step(), eng.Elapsed(now)
			switch {
			case step.Counted() && el-lastTap >= d.tapEvery:
				acted, lastTap = eng.AddRep(now).OK, el
			case step.Measure == exercises.MeasureMaxHold || step.Measure == exercises.MeasureStopwatch:
				if el >= d.stopAt {
					acted = eng.StopClock(now).OK
				}
			case step.Measure == exercises.MeasureStagedHolds && el >= d.stopAt+step.Target:
				acted = eng.FailStage(now).OK
			}
		case session.PhaseGetReady, session.PhaseSwitchSides, session.PhaseDone:
		}
		if eng.Phase() != session.PhaseActive {
			lastTap = 0
		}
		eng.Tick(now)
		left := timeLeft(eng, now)
		switch {
		case left > last:
			t.Fatalf("%v: the estimate rose from %v to %v (%v of step %+v)", now.Format("15:04:05"), last, left, eng.Phase(), eng.Step())
		case !acted && last-left > slack:
			t.Fatalf("%v: with no key pressed the estimate fell from %v to %v (%v of step %+v)", now.Format("15:04:05"), last, left, eng.Phase(), eng.Step())
		}
		last = left
	}
	if last != 0 {
		t.Errorf("done with %v left", last)
	}
}
