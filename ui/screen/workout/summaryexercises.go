package workout

import (
	"upright/session/record"
	"upright/ui/kit"
)

// exerciseLines list each exercise's result (issue 18), in record.ExerciseText's words: holds and
// reps as done of planned ("Wall sit: held 0:50 of 1:00", "Heel raise: 16 of 20 reps"), a test by
// its own measure ("Timed Up and Go: 12.0 s", "Single-leg stance test: best left 5.0 s, right
// 4.5 s").
func exerciseLines(rec record.Record) []string {
	var lines []string
	for _, ex := range rec.Exercises {
		if len(ex.Sets) == 0 {
			continue
		}
		name := kit.Clean(ex.Name)
		if name == "" {
			name = ex.ID
		}
		line := name + ":"
		if text := record.ExerciseText(ex); text != "" {
			line += " " + text
		}
		if ex.Skipped {
			line += " (skipped)"
		}
		lines = append(lines, line)
	}
	return lines
}
