package workout

import (
	"fmt"
	"strings"
	"time"

	"upright/exercises"
	"upright/session"
	"upright/session/record"
	"upright/ui/kit"
)

// Where am I (issue 18): every step screen names the exercise and set of their totals and about
// how long is left, in a form that fits the width, so a patient never loses their place.

// title names the step: the exercise and side, or in a rest the step that comes next.
func (s sessionModel) title() string {
	step := s.eng.Step()
	t := step.Exercise.Name
	if s.eng.Phase() == session.PhaseRest {
		t = "Up next: " + t
	}
	if step.Side != record.SideNone {
		t += " · " + step.Side + " side"
	}
	return t
}

// where is "Exercise 2 of 4 · set 1 of 3 · about 9 min left" in the longest form that fits width:
// the time left goes first, then the words shorten; the set number is never dropped.
func (s sessionModel) where(width int) string {
	step := s.eng.Step()
	items := len(s.eng.Plan().Routine.Items)
	// Each form is spelled only when the longer ones did not fit: the first nearly always does.
	it, n, set, sets := step.Item+1, items, step.Set, step.Sets
	forms := []func() string{
		func() string {
			return fmt.Sprintf("Exercise %d of %d · set %d of %d · about %s left", it, n, set, sets, kit.Minutes(timeLeft(s.eng, s.at)))
		},
		func() string { return fmt.Sprintf("Exercise %d of %d · set %d of %d", it, n, set, sets) },
		func() string { return fmt.Sprintf("Ex %d of %d · set %d of %d", it, n, set, sets) },
		func() string { return fmt.Sprintf("Ex %d/%d · set %d/%d", it, n, set, sets) },
		func() string { return fmt.Sprintf("%d/%d · set %d/%d", it, n, set, sets) },
	}
	for _, form := range forms {
		if f := form(); kit.Within(f, width) {
			return f
		}
	}
	return fmt.Sprintf("set %d/%d", set, sets)
}

// timeLeft estimates the rest of the session: what is left of this phase, then what is left of
// the step under way (in a rest, the step that comes next: its brief if it opens an exercise, its
// get-ready and set), then every later step with its get-ready, set, rest and the briefs of
// exercises not yet begun. Every phase counts what the phase before it counted for it, so the
// estimate never rises as the session goes on; only added time (rest +15 s, going back) raises it.
func timeLeft(eng *session.Session, now time.Time) time.Duration {
	plan := eng.Plan()
	r := plan.Routine
	cur := eng.Step()
	at := stepAt(eng)
	if at < 0 {
		return 0
	}
	set := r.Items[cur.Item].SetDuration()
	var left time.Duration
	switch eng.Phase() {
	case session.PhaseBrief:
		left = exercises.BriefRead + r.GetReady + set
	case session.PhaseGetReady, session.PhaseSwitchSides:
		left = eng.Remaining(now) + set
	case session.PhaseActive:
		// What the phases before counted for the set, less the time into it, so the set starts
		// where its get-ready left off; tapped reps have no clock, and a set run past its
		// estimate has nothing left of it but its own clock.
		left = max(eng.Remaining(now), set-eng.Elapsed(now), 0)
	case session.PhaseRest:
		left = eng.Remaining(now) + r.GetReady + set
		if at == 0 || plan.Steps[at-1].Item != cur.Item {
			left += exercises.BriefRead
		}
	case session.PhaseDone:
		return 0
	}
	for i := at + 1; i < len(plan.Steps); i++ {
		st, prev := plan.Steps[i], plan.Steps[i-1]
		it := r.Items[st.Item]
		switch {
		case st.Item != prev.Item:
			left += r.RestAfter(prev.Item) + exercises.BriefRead + r.GetReady
		case st.Set != prev.Set:
			left += r.RestAfter(prev.Item) + r.GetReady
		default:
			left += exercises.SwitchSides
		}
		left += it.SetDuration()
	}
	return left
}

// nextLine names the step that follows this one: in a get-ready, this very set; in a set, the
// next step (a rest's title already names its next step).
func (s sessionModel) nextLine() string {
	var next session.Step
	switch s.eng.Phase() {
	case session.PhaseRest:
		return ""
	case session.PhaseGetReady, session.PhaseSwitchSides:
		next = s.eng.Step()
	default:
		n, ok := s.eng.NextStep()
		if !ok {
			return "Next: check-out"
		}
		next = n
	}
	line := fmt.Sprintf("Next: %s, set %d of %d", next.Exercise.Name, next.Set, next.Sets)
	if next.Side != record.SideNone {
		line += ", " + next.Side + " side"
	}
	return line
}

// phaseWord is the card's word for the phase of a paced rep under way, capitalised: "Lower",
// then "Rise" for a squat to a chair.
func phaseWord(ex exercises.Exercise, first bool) string {
	a, b := ex.PhaseWords()
	w := b
	if first {
		w = a
	}
	if w == "" {
		return w
	}
	return strings.ToUpper(w[:1]) + w[1:]
}

// bigWord is the phase in one or two words for the presenter's block letters.
func (s sessionModel) bigWord() string {
	step := s.eng.Step()
	switch s.eng.Phase() {
	case session.PhaseGetReady:
		return "GET READY"
	case session.PhaseSwitchSides:
		return "SWITCH SIDES"
	case session.PhaseRest:
		return "REST"
	case session.PhaseActive:
		if step.Paced() {
			return strings.ToUpper(phaseWord(step.Exercise, s.eng.Pace(s.at).Up))
		}
		if step.Side != record.SideNone {
			return strings.ToUpper(step.Side + " side")
		}
		if step.Counted() {
			return "REPS"
		}
		return "HOLD"
	case session.PhaseBrief, session.PhaseDone:
	}
	return ""
}

// pacedSeconds is what is left of the phase of a paced rep, in whole seconds, for the big digits.
func (s sessionModel) pacedSeconds() (string, bool) {
	if s.eng.Phase() != session.PhaseActive || !s.eng.Step().Paced() || s.eng.Paused() {
		return "", false
	}
	return kit.Clock(s.eng.Pace(s.at).PhaseRemaining), true
}

// stepIndex is where the step under way (in a rest, the next one) stands in the plan; -1 when done.
func (s sessionModel) stepIndex() int { return stepAt(s.eng) }

// stepAt is stepIndex of an engine.
func stepAt(eng *session.Session) int {
	cur := eng.Step()
	for i, st := range eng.Plan().Steps {
		if st.Item == cur.Item && st.Set == cur.Set && st.Side == cur.Side {
			return i
		}
	}
	return -1
}
