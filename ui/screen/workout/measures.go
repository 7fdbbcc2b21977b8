package workout

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"time"

	"upright/exercises"
	analytics "upright/progress"
	"upright/session"
	"upright/session/record"
	"upright/ui/kit"
)

// The keys of the three check-up tests: a stance given up, and the stopwatch of the Timed Up and Go.
var (
	keyFailStage  = kit.SpaceKey("feet moved: stop test")
	keyCountStand = kit.SpaceKey("count stand")
	keyStopTest   = kit.SpaceKey("stop: sat down")
	stagedKeys    = pausable(keySkipSet, kit.Back, kit.SkipAll, kit.Pain, kit.Presenter, keyFailStage)
	standKeys     = pausable(keySkipSet, kit.Back, kit.EndNow, kit.SkipAll, kit.Pain, kit.Presenter, keyCountStand, kit.Undo)
	stopwatchKeys = pausable(keySkipSet, kit.Back, kit.SkipAll, kit.Pain, kit.Presenter, keyStopTest)
)

// testKeys are the active keys of a check-up test, and ok false for every other measure.
func testKeys(step session.Step, paused int) (kit.Keys, bool) {
	switch step.Measure {
	case exercises.MeasureStagedHolds:
		return stagedKeys[paused], true
	case exercises.MeasureTimedReps:
		return standKeys[paused], true
	case exercises.MeasureStopwatch:
		return stopwatchKeys[paused], true
	case exercises.MeasureHold, exercises.MeasureReps, exercises.MeasureHoldReps, exercises.MeasureMaxHold:
	}
	return kit.Keys{}, false
}

// testDisplay is the active display of a check-up test: the stance and its time left, the stands
// and the window left, or the stopwatch counting up. ok is false for every other measure.
func (s sessionModel) testDisplay(now time.Time) (label, big, plain string, fraction float64, ok bool) {
	eng := s.eng
	step := eng.Step()
	switch step.Measure {
	case exercises.MeasureStagedHolds:
		k, of, left := eng.Stage(now)
		name := fmt.Sprintf("stance %d", k)
		if k >= 1 && k <= len(step.Exercise.Stages) {
			name = step.Exercise.Stages[k-1]
		}
		short, _, _ := strings.Cut(name, ":") // "Semi-tandem", the rest said in the plain line
		return fmt.Sprintf("Stance %d of %d: %s — space if your feet move", k, of, short), kit.Clock(left),
			fmt.Sprintf("%s left of %s · %s", kit.Clock(left), kit.Clock(step.Target), name), done(step.Target-left, step.Target), true
	case exercises.MeasureTimedReps:
		left, n := eng.Remaining(now), eng.Reps()
		return "Stand up and sit down — tap space for each stand", fmt.Sprintf("%d", n),
			fmt.Sprintf("%d stands · %s left of %s", n, kit.Clock(left), kit.Clock(step.Target)), done(step.Target-left, step.Target), true
	case exercises.MeasureStopwatch:
		el := eng.Elapsed(now)
		return "Go! Press space when you sit back down", kit.Stopwatch(el),
			fmt.Sprintf("%s so far (stops at %s)", kit.Stopwatch(el), kit.Clock(step.Target)), done(el, step.Target), true
	case exercises.MeasureHold, exercises.MeasureReps, exercises.MeasureHoldReps, exercises.MeasureMaxHold:
	}
	return "", "", "", 0, false
}

// testResult is what a test's saved set says at once, with what it means when a threshold or
// norm flags it ("Timed Up and Go: 12.4 s. 12 s or more means…"), taken from the events of one
// engine call; "" when no test set was saved.
func (s sessionModel) testResult(events []session.Event) string {
	for _, ev := range events {
		if ev.Kind != session.EventSetSaved || ev.Step < 0 || ev.Step >= len(s.eng.Plan().Steps) {
			continue
		}
		st := s.eng.Plan().Steps[ev.Step]
		if !st.Exercise.Measure.Test() {
			continue
		}
		set, ok := savedSet(s.eng.Record(), st)
		if !ok || set.Skipped {
			continue
		}
		text := st.Exercise.Name + ": " + s.setResult(st, set) + "."
		who := s.env.Active().Data
		band := who.AgeBand
		if band == "" {
			band = s.env.Active().AgeBand
		}
		reading := analytics.SetReading(st.Exercise, set, band, who.Sex)
		if st.Measure == exercises.MeasureMaxHold && st.Set == st.Sets && st.Side != record.SideLeft && st.Item < len(s.eng.Record().Exercises) {
			// After the last try, the weaker side's best is what is read.
			best := record.BestPerSide(s.eng.Record().Exercises[st.Item])
			if len(best) > 0 {
				weakest := slices.MinFunc(best, func(a, b record.SideBest) int { return cmp.Compare(a.Value, b.Value) })
				reading = analytics.TestReading(st.Exercise, weakest.Value, band, who.Sex)
			}
		}
		if reading != "" {
			text += " " + reading
		}
		return text
	}
	return ""
}

// savedSet finds the result of step st in rec.
func savedSet(rec record.Record, st session.Step) (record.SetResult, bool) {
	for i := len(rec.Exercises) - 1; i >= 0; i-- {
		if rec.Exercises[i].ID != st.Exercise.ID {
			continue
		}
		for _, set := range rec.Exercises[i].Sets {
			if set.Set == st.Set && set.Side == st.Side {
				return set, true
			}
		}
	}
	return record.SetResult{}, false
}
