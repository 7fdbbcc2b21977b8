package kit

import "upright/exercises"

// measureWords say each measure the way a patient would: the names routine files and JSON use
// ("max-hold", "hold-reps") are for files, not for people (issue 18).
var measureWords = map[exercises.Measure]string{
	exercises.MeasureHold:        "timed hold",
	exercises.MeasureReps:        "repetitions",
	exercises.MeasureHoldReps:    "repetitions, each held",
	exercises.MeasureMaxHold:     "hold as long as you can",
	exercises.MeasureStagedHolds: "stances held in turn",
	exercises.MeasureTimedReps:   "repetitions in a set time",
	exercises.MeasureStopwatch:   "timed task",
}

// MeasureWords is m in plain words.
func MeasureWords(m exercises.Measure) string {
	if w, ok := measureWords[m]; ok {
		return w
	}
	return "exercise"
}
