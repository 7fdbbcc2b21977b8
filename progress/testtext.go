package progress

import (
	"fmt"
	"strconv"

	"upright/exercises"
	"upright/session/record"
)

// TestSetText is what a test's result screen says at once about one set of it: the stances held
// and the one that was not, the stands counted, or the time taken. "" for sets of other measures.
func TestSetText(e exercises.Exercise, s record.SetResult) string {
	secs := func(v float64) string { return strconv.FormatFloat(v, 'f', 1, 64) + " s" }
	switch e.Measure {
	case exercises.MeasureStagedHolds:
		text := fmt.Sprintf("%d of %d stances held for %s", s.Reps, s.TargetReps, secs(s.TargetSeconds))
		if s.Reps < s.TargetReps && s.Reps < len(e.Stages) {
			text += fmt.Sprintf("; %s lasted %s", lower(e.Stages[s.Reps]), secs(s.FailedStageSeconds))
		}
		return text + "."
	case exercises.MeasureTimedReps:
		return fmt.Sprintf("%d stands in %s.", s.Reps, secs(s.TargetSeconds))
	case exercises.MeasureStopwatch:
		if s.TargetSeconds > 0 && s.HeldSeconds >= s.TargetSeconds {
			return fmt.Sprintf("%s or more: the clock stopped at its cap.", secs(s.TargetSeconds))
		}
		return secs(s.HeldSeconds) + "."
	case exercises.MeasureHold, exercises.MeasureReps, exercises.MeasureHoldReps, exercises.MeasureMaxHold:
	}
	return ""
}

// lower turns the first letter of a stage's name to lower case, for use mid-sentence.
func lower(s string) string {
	if s == "" || s[0] < 'A' || s[0] > 'Z' {
		return s
	}
	return string(s[0]+'a'-'A') + s[1:]
}
