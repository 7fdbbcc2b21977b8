package exercises

// timeKey is the routine-file key that sets a measure's Dose.Hold: "hold" for holds, hold-reps,
// max-hold caps and each stage of staged holds, "window" for timed reps, "cap" for a stopwatch;
// "" for reps, which have none.
func timeKey(m Measure) string {
	switch m {
	case MeasureHold, MeasureHoldReps, MeasureMaxHold, MeasureStagedHolds:
		return "hold"
	case MeasureTimedReps:
		return "window"
	case MeasureStopwatch:
		return "cap"
	case MeasureReps:
		return ""
	}
	return ""
}

// timeKeyUsers names the measures a time key applies to, for errors.
func timeKeyUsers(k string) string {
	switch k {
	case "window":
		return "timed-reps"
	case "cap":
		return "stopwatch"
	}
	return "hold, hold-reps, max-hold and staged-holds"
}
