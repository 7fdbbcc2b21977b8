package workout

import (
	"fmt"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"upright/session"
	"upright/ui/kit"
)

// Time counts only while the person can see the step: whatever covers it (the help, the quit
// question, the pain question) pauses a running step, and closing the last cover resumes it. A
// step the person had paused themselves stays paused.

// cover pauses a running step for a screen laid over it.
func (s sessionModel) cover(now time.Time) sessionModel {
	if s.eng == nil || s.coverPaused || s.eng.Paused() || s.eng.Done() {
		return s
	}
	if res := s.eng.Pause(now); res.OK {
		s.coverPaused = true
		s.tag++ // the tick scheduled for the running step is stale now
	}
	return s
}

// covered reports whether anything is laid over the step.
func (s sessionModel) covered() bool {
	return s.helpOpen || s.confirmQuit || s.pain.active || s.stop != nil
}

// uncover resumes the step a cover paused once nothing covers it any more.
func (s sessionModel) uncover(now time.Time) (kit.Screen, tea.Cmd) {
	if s.covered() || !s.coverPaused {
		return s, nil
	}
	s.coverPaused = false
	if !s.eng.Paused() {
		return s, s.schedule(now) // something else (a pain stop) already ended the pause
	}
	return s.apply(now, s.eng.Resume(now))
}

// stopNotice is what the stop screen says when a pain report stopped an exercise.
type stopNotice struct {
	what, advice string
}

var (
	keyStopGoOn    = kit.EnterKey("skip this exercise and go on")
	keyStopEnd     = kit.YesKey("end the session, keep what was done")
	keyStopEndDemo = kit.YesKey("end the session")
	stopKeys       = kit.On(keyStopGoOn, keyStopEnd)
	stopKeysDemo   = kit.On(keyStopGoOn, keyStopEndDemo)
)

// stopFor reads what a pain report that stopped an exercise did, for the stop screen.
func stopFor(res session.Result, plan session.Plan, pain int, sharp bool, checkin int) *stopNotice {
	for _, e := range res.Events {
		if e.Kind != session.EventExerciseStopped {
			continue
		}
		name := plan.Steps[e.Step].Exercise.Name
		what := fmt.Sprintf("You reported pain of %d out of 10 during %s (it was %d at check-in).", pain, name, checkin)
		if sharp {
			what = fmt.Sprintf("You reported sharp pain (%d out of 10) during %s.", pain, name)
		}
		return &stopNotice{what: what + " " + name + " is stopped for today.", advice: res.Reason}
	}
	return nil
}

// stopKey takes the choice on the stop screen.
func (s sessionModel) stopKey(km tea.KeyMsg) (kit.Screen, tea.Cmd) {
	now := s.env.Now()
	switch {
	case s.Keys().Matches(km, keyStopEnd, keyStopEndDemo):
		return s.quit()
	case s.Keys().Matches(km, keyStopGoOn):
		s.stop, s.notice = nil, ""
		if s.eng.Done() {
			return s.toCheckout(now), nil
		}
		return s.uncover(now)
	}
	return s, nil
}

func (s sessionModel) stopView(width, height int) string {
	st := s.env.Styles
	return kit.Page(st, width, height, "Exercise stopped",
		kit.Paragraph(st.Text, s.stop.what, width),
		kit.Paragraph(st.Warn, s.stop.advice, width),
		kit.Paragraph(st.Muted, "enter: skip this exercise and go on\ny: "+s.stopEndLabel(), width))
}

// stopEndLabel is the end choice in words; a demonstration keeps nothing, and does not say so.
func (s sessionModel) stopEndLabel() string {
	if s.env.Active().Demo {
		return keyStopEndDemo.Binding().Help().Desc
	}
	return keyStopEnd.Binding().Help().Desc
}

// resultNow is a set just ended by hand (e, or stopping a stopwatch) in words, so the person
// sees what was kept at once: "Single-leg stance test: left side: 4.4 s".
func (s sessionModel) resultNow(res session.Result) string {
	for _, e := range res.Events {
		if e.Kind != session.EventSetSaved {
			continue
		}
		st := s.eng.Plan().Steps[e.Step]
		if set, ok := savedSet(s.eng.Record(), st); ok {
			return st.Exercise.Name + ": " + s.setResult(st, set)
		}
	}
	return ""
}

// awayNotice says how long a stopped process was away; the step waits, paused.
func awayNotice(gap time.Duration) string {
	return fmt.Sprintf("Paused: upright was stopped for %s, which does not count. Press p to go on.", gap.Round(time.Second))
}
