package workout

import (
	"fmt"
	"time"

	"upright/session/record"
	"upright/ui/kit"
)

// exerciseLines list each exercise's holds and reps as done of planned (issue 18): "Wall sit:
// held 0:50 of 1:00", "Heel raise: 16 of 20 reps". A skipped set counts in what was planned.
func exerciseLines(rec record.Record) []string {
	var lines []string
	for _, ex := range rec.Exercises {
		if len(ex.Sets) == 0 {
			continue
		}
		var held, target float64
		var reps, targetReps int
		for _, st := range ex.Sets {
			if st.TargetReps > 0 {
				reps, targetReps = reps+st.Reps, targetReps+st.TargetReps
			} else {
				held, target = held+st.HeldSeconds, target+st.TargetSeconds
			}
		}
		name := kit.Clean(ex.Name)
		if name == "" {
			name = ex.ID
		}
		line := name + ":"
		if target > 0 {
			line += fmt.Sprintf(" held %s of %s", kit.Stopwatch(seconds(held)), kit.Stopwatch(seconds(target)))
		}
		if targetReps > 0 {
			line += fmt.Sprintf(" %d of %d reps", reps, targetReps)
		}
		if ex.Skipped {
			line += " (skipped)"
		}
		lines = append(lines, line)
	}
	return lines
}

func seconds(f float64) time.Duration { return time.Duration(f * float64(time.Second)) }
