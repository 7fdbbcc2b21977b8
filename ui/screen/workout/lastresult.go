package workout

import (
	"upright/session"
	"upright/session/record"
)

// resultLine is the result of the set just done, shown through the rest after it so a patient
// sees what they held or counted before the next set: "Last set: held 0:20 of 0:20".
func (s sessionModel) resultLine(width int) string {
	if p := s.eng.Phase(); p != session.PhaseRest && p != session.PhaseSwitchSides || s.result != "" {
		// A test's own result line (s.result) says it whole, with its reading.
		return ""
	}
	plan, at := s.eng.Plan(), s.stepIndex()
	if at < 1 {
		return ""
	}
	prev := plan.Steps[at-1]
	rec := s.eng.Record()
	if prev.Item >= len(rec.Exercises) {
		return ""
	}
	for _, r := range rec.Exercises[prev.Item].Sets {
		if r.Set == prev.Set && r.Side == prev.Side {
			text := s.setResult(prev, r)
			if line := "Last set: " + text; len([]rune(line)) <= width {
				return line
			}
			return text // on a narrow terminal the result matters more than its label

		}
	}
	return ""
}

// setResult is the result of step st's set r in its measure's words (record.SetText), with the
// side of a sided exercise, and after the last try of a timed test done more than once, the best
// try of each side.
func (s sessionModel) setResult(st session.Step, r record.SetResult) string {
	text := record.SetText(st.Exercise, r)
	if st.Side != record.SideNone {
		text += " (" + st.Side + " side)"
	}
	rec := s.eng.Record()
	if st.Item < len(rec.Exercises) && st.Set == st.Sets && st.Side != record.SideLeft {
		if best := record.BestText(rec.Exercises[st.Item]); best != "" {
			text += " · " + best
		}
	}
	return text
}

// finalResult is the result of the session's last set, which has no rest after it to show it: the
// check-out's first question carries it, so a patient sees what they held, counted or timed last
// for as long as they take to answer, with no timer to hide it. A test says its measure. short
// is the result alone, for a narrow terminal where the question must not go below the fold.
func (s sessionModel) finalResult() (full, short string) {
	if s.result != "" {
		return s.result, s.result
	}
	steps := s.eng.Plan().Steps
	if len(steps) == 0 {
		return "", ""
	}
	last := steps[len(steps)-1]
	r, ok := savedSet(s.eng.Record(), last)
	if !ok || r.Skipped {
		return "", ""
	}
	text := s.setResult(last, r)
	return "Last set — " + last.Exercise.Name + ": " + text, text
}
