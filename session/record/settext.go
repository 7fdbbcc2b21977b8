package record

import (
	"fmt"
	"math"
	"strconv"
	"strings"

	"upright/exercises"
)

// Tenths is a test's time as every screen, the report and the command line show it: to a tenth
// of a second ("12.0 s"). The stored value keeps its full precision.
func Tenths(seconds float64) string {
	return strconv.FormatFloat(RoundTenth(seconds), 'f', 1, 64) + " s"
}

// RoundTenth is a measure rounded as Tenths shows it, so what a result is said to mean is read
// from the number the person sees (a Timed Up and Go of 11.96 s is shown, and read, as 12.0 s).
func RoundTenth(v float64) float64 { return math.Round(v*10) / 10 }

// MeasureOf is the measure a set of e was done under: the one it names (the test kinds added in
// version 2), else e's; a set with a rep target of an exercise the catalog no longer has counts.
func MeasureOf(e exercises.Exercise, s SetResult) exercises.Measure {
	for m := exercises.MeasureHold; m <= exercises.MeasureStopwatch; m++ {
		if s.Measure != "" && s.Measure == m.String() {
			return m
		}
	}
	if e.Measure == exercises.MeasureHold && s.TargetReps > 0 {
		return exercises.MeasureReps
	}
	return e.Measure
}

// ExerciseOf is the catalog's exercise of a stored id, or one known by its id alone (an id the
// catalog no longer has).
func ExerciseOf(id string) exercises.Exercise {
	if e, ok := exercises.Lookup(id); ok {
		return e
	}
	return exercises.Exercise{ID: id}
}

// SetText is one set of e's result in the words of its measure, the one description the rest screen,
// the check-out, the session summary and history's detail all show: "held 0:20 of 0:20", "8 of
// 10 reps", and for a test its own measure: "1 of 4 stances held; semi-tandem lasted 4.9 s",
// "11 stands in 30 s", "12.0 s" (Timed Up and Go), "4.4 s" (a single-leg stance try).
func SetText(e exercises.Exercise, s SetResult) string {
	if s.Skipped {
		return "skipped"
	}
	switch MeasureOf(e, s) {
	case exercises.MeasureStagedHolds:
		text := fmt.Sprintf("%d of %d stances held", s.Reps, s.TargetReps)
		if s.Reps < s.TargetReps && s.Reps < len(e.Stages) {
			stage, _, _ := strings.Cut(e.Stages[s.Reps], ":")
			text += fmt.Sprintf("; %s lasted %s", strings.ToLower(stage), Tenths(s.FailedStageSeconds))
		}
		return text
	case exercises.MeasureTimedReps:
		return fmt.Sprintf("%s in %s", exercises.Count(s.Reps, "stand", "stands"), strconv.FormatFloat(s.TargetSeconds, 'f', -1, 64)+" s")
	case exercises.MeasureStopwatch, exercises.MeasureMaxHold:
		if s.TargetSeconds > 0 && s.HeldSeconds >= s.TargetSeconds {
			return Tenths(s.TargetSeconds) + " or more (the clock stopped at its cap)"
		}
		return Tenths(s.HeldSeconds)
	case exercises.MeasureReps, exercises.MeasureHoldReps:
		return fmt.Sprintf("%d of %d reps", s.Reps, s.TargetReps)
	case exercises.MeasureHold:
	}
	return fmt.Sprintf("held %s of %s", minSec(s.HeldSeconds), minSec(s.TargetSeconds))
}

// minSec is a held time as m:ss, rounded down: a hold never shows time not yet held.
func minSec(seconds float64) string {
	n := int(max(seconds, 0))
	return fmt.Sprintf("%d:%02d", n/60, n%60)
}

// IsTest reports whether a stored set measured a test rather than trained: tests stay out of the
// hold and rep totals.
func IsTest(exerciseID string, s SetResult) bool { return MeasureOf(ExerciseOf(exerciseID), s).Test() }

// SideBest is the best try of one side of a test (SideNone for a test without sides).
type SideBest struct {
	Side string
	// Value is the best try's measure: seconds, or the stands or stances held of a count.
	Value float64
	Tries int
	// Set is the best try itself.
	Set SetResult
}

// BestPerSide is each side's best try of a test, left before right: the longest stance or most
// stands, the shortest stopwatch time. Skipped sets are no try.
func BestPerSide(x ExerciseResult) []SideBest {
	e := ExerciseOf(x.ID)
	var out []SideBest
	for _, side := range []string{SideNone, SideLeft, SideRight} {
		b := SideBest{Side: side}
		for _, s := range x.Sets {
			if s.Skipped || s.Side != side {
				continue
			}
			m := MeasureOf(e, s)
			v := s.HeldSeconds
			if m == exercises.MeasureTimedReps || m == exercises.MeasureStagedHolds {
				v = float64(s.Reps)
			}
			if b.Tries == 0 || (v < b.Value) == m.LowerIsBetter() && v != b.Value {
				b.Value, b.Set = v, s
			}
			b.Tries++
		}
		if b.Tries > 0 {
			out = append(out, b)
		}
	}
	return out
}

// BestText is the best try per side of a timed test done more than once ("best: left 5.0 s,
// right 4.5 s"); "" for any other exercise, or one try.
func BestText(x ExerciseResult) string {
	best := BestPerSide(x)
	tries := 0
	for _, b := range best {
		tries += b.Tries
	}
	if tries < 2 || len(x.Sets) == 0 {
		return ""
	}
	if m := MeasureOf(ExerciseOf(x.ID), x.Sets[0]); m != exercises.MeasureMaxHold && m != exercises.MeasureStopwatch {
		return ""
	}
	var parts []string
	for _, b := range best {
		part := Tenths(b.Value)
		if b.Side != SideNone {
			part = b.Side + " " + part
		}
		parts = append(parts, part)
	}
	return "best " + strings.Join(parts, ", ")
}

// ExerciseText is one exercise of a session in a line's words: a test by its measure (its one
// result, or its best try per side), anything else as holds and reps done of planned, each set
// skipped counting in what was planned.
func ExerciseText(x ExerciseResult) string {
	var done []SetResult
	for _, s := range x.Sets {
		if !s.Skipped {
			done = append(done, s)
		}
	}
	if len(x.Sets) > 0 && IsTest(x.ID, x.Sets[0]) {
		switch {
		case len(done) == 0:
			return "not done"
		case BestText(x) != "":
			return BestText(x)
		}
		return SetText(ExerciseOf(x.ID), done[len(done)-1])
	}
	var held, target float64
	var reps, targetReps int
	for _, st := range x.Sets {
		if st.TargetReps > 0 {
			reps, targetReps = reps+st.Reps, targetReps+st.TargetReps
		} else {
			held, target = held+st.HeldSeconds, target+st.TargetSeconds
		}
	}
	var parts []string
	if target > 0 {
		parts = append(parts, fmt.Sprintf("held %s of %s", minSec(held), minSec(target)))
	}
	if targetReps > 0 {
		parts = append(parts, fmt.Sprintf("%d of %d reps", reps, targetReps))
	}
	return strings.Join(parts, " ")
}
