package kit

import (
	"strings"
	"time"

	"upright/exercises"
)

// SpineNoteText is shown on the brief of every floor or core exercise when the intake records a
// spine fracture.
const SpineNoteText = "After your spine fracture: do this only with your therapist's go-ahead first."

// SpineNote is the brief's safety block for ex under the active profile, or "" when none applies.
func SpineNote(e *Env, ex exercises.Exercise, width int) string {
	if !ex.Floor || !e.Active().Data.SpineFracture() {
		return ""
	}
	return Paragraph(e.Styles.Danger, SpineNoteText, width)
}

// TherapistNote is the active profile's notes from the therapist, or "" when there are none.
func TherapistNote(e *Env, width int) string {
	n := strings.TrimSpace(Clean(e.Active().Data.TherapistNotes))
	if n == "" {
		return ""
	}
	return Paragraph(e.Styles.Warn, "Your therapist's note: "+n, width)
}

// WeekStart is the Monday 00:00 of now's week, in now's own location (the person's calendar).
func WeekStart(now time.Time) time.Time {
	y, mo, d := now.Date()
	day := time.Date(y, mo, d, 0, 0, 0, 0, now.Location())
	offset := (int(day.Weekday()) + 6) % 7
	return day.AddDate(0, 0, -offset)
}
