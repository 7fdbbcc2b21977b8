package workout

import (
	"fmt"
	"time"

	"upright/session"
	"upright/session/record"
	"upright/ui/kit"
)

// resultLine is the result of the set just done, shown through the rest after it so a patient
// sees what they held or counted before the next set: "Last set: held 0:20 of 0:20".
func (s sessionModel) resultLine(width int) string {
	if s.eng.Phase() != session.PhaseRest {
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
			if line := "Last set: " + resultText(r); len([]rune(line)) <= width {
				return line
			}
			return resultText(r) // on a narrow terminal the result matters more than its label

		}
	}
	return ""
}

// resultText says one set's result as done of planned.
func resultText(r record.SetResult) string {
	secs := func(f float64) string { return kit.Stopwatch(time.Duration(f * float64(time.Second))) }
	switch {
	case r.Skipped:
		return "skipped"
	case r.Measure == "stopwatch":
		return "took " + secs(r.HeldSeconds)
	case r.TargetReps > 0:
		return fmt.Sprintf("%d of %d reps", r.Reps, r.TargetReps)
	case r.TargetSeconds > 0:
		return fmt.Sprintf("held %s of %s", secs(r.HeldSeconds), secs(r.TargetSeconds))
	}
	return "done"
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
	name := last.Exercise.Name
	if last.Side != record.SideNone {
		name += ", " + last.Side + " side"
	}
	return "Last set — " + name + ": " + resultText(r), resultText(r)
}
