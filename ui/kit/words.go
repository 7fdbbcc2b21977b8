package kit

import (
	"strings"

	"upright/exercises"
)

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

// StatusNote is a flagged exercise's status and why, the status said once in plain words: a
// reason that already opens with them ("Therapist-approved only: …") gets no label repeating it.
func StatusNote(ex exercises.Exercise) string {
	words := ex.Status.Words()
	if len(ex.StatusReason) >= len(words) && strings.EqualFold(ex.StatusReason[:len(words)], words) {
		return ex.StatusReason
	}
	return words + ": " + ex.StatusReason
}

// Caution is a flagged exercise's caution line on its card and brief.
func Caution(ex exercises.Exercise) string { return "Caution — " + StatusNote(ex) }

// Flagged is an exercise's name with its status in plain words when it is flagged, as lists
// show it: "Bicycle crunch (not recommended)".
func Flagged(ex exercises.Exercise) string {
	if !ex.Status.Flagged() {
		return ex.Name
	}
	return ex.Name + " (" + ex.Status.Words() + ")"
}
