package progress

import (
	"fmt"
	"strconv"
	"strings"

	"upright/exercises"
	"upright/session/record"
)

// TestReading is what a test result means when a threshold or a below-average row of its norms
// flags it, said calmly with its source by name and what to do; "" when none does. The result
// screen, the progress screen and the report all say it. Without an age band the thresholds that
// hold for every older adult (CDC STEADI's) still apply; the rows by age and sex need both
// (without a sex, a row of either sex that flags the result is named).
func TestReading(e exercises.Exercise, value float64, ageBand, sex string) string {
	rows := NormsFor(e, ageBand, sex)
	if _, _, ok := AgeRange(ageBand); !ok {
		for _, n := range e.Norms {
			if n.Kind == exercises.NormConcernUnder || n.Kind == exercises.NormConcernFrom {
				rows = append(rows, n)
			}
		}
	}
	// Rows that flag the result alike in neighbouring age bands (70–74 and 75–79 for a person of
	// 70–79) are said once, over both bands.
	var flagged []exercises.Norm
	for _, n := range rows {
		if r := Read(n, value, e.Measure.LowerIsBetter()); r != ReadingConcern && r != ReadingBelowAverage {
			continue
		}
		merged := false
		for i, f := range flagged {
			if f.Kind == n.Kind && f.Sex == n.Sex && f.Value == n.Value && f.Source == n.Source &&
				n.AgeLo <= f.AgeHi+1 && f.AgeLo <= n.AgeHi+1 {
				flagged[i].AgeLo, flagged[i].AgeHi, merged = min(f.AgeLo, n.AgeLo), max(f.AgeHi, n.AgeHi), true
			}
		}
		if !merged {
			flagged = append(flagged, n)
		}
	}
	var said []string
	seen := map[string]bool{}
	for _, n := range flagged {
		if s := readingSentence(e, n); !seen[s] {
			seen[s] = true
			said = append(said, s)
		}
	}
	if len(said) == 0 {
		return ""
	}
	return strings.Join(said, " ") + " Tell your therapist; no single test is read alone."
}

// readingSentence says what being on the wrong side of norm n means for test e.
func readingSentence(e exercises.Exercise, n exercises.Norm) string {
	v := strconv.FormatFloat(n.Value, 'f', -1, 64)
	switch n.Kind {
	case exercises.NormConcernUnder:
		if e.Measure == exercises.MeasureStagedHolds && int(n.Value) >= 1 && int(n.Value) <= len(e.Stages) {
			stage, _, _ := strings.Cut(e.Stages[int(n.Value)-1], ":")
			return fmt.Sprintf("Not holding the %s stance for 10 s means a raised risk of falling. Source: %s.", strings.ToLower(stage), n.Source)
		}
		return fmt.Sprintf("Under %s %s is a concern for balance. Source: %s.", v, n.Unit, n.Source)
	case exercises.NormConcernFrom:
		return fmt.Sprintf("%s %s or more means a raised risk of falling. Source: %s.", v, n.Unit, n.Source)
	case exercises.NormBelowAverageUnder:
		who := "people"
		switch n.Sex {
		case exercises.SexFemale:
			who = "women"
		case exercises.SexMale:
			who = "men"
		}
		return fmt.Sprintf("Below average for %s aged %d–%d: under %s %s. Source: %s.", who, n.AgeLo, n.AgeHi, v, n.Unit, n.Source)
	case exercises.NormMean:
	}
	return ""
}

// SetReading is TestReading for one saved set of a test: its stances, stands or time. A try of a
// test done several times (the single-leg stance) is read by its best, elsewhere.
func SetReading(e exercises.Exercise, s record.SetResult, ageBand, sex string) string {
	if s.Skipped {
		return ""
	}
	switch record.MeasureOf(e, s) {
	case exercises.MeasureStagedHolds, exercises.MeasureTimedReps:
		return TestReading(e, float64(s.Reps), ageBand, sex)
	case exercises.MeasureStopwatch:
		return TestReading(e, s.HeldSeconds, ageBand, sex)
	case exercises.MeasureHold, exercises.MeasureReps, exercises.MeasureHoldReps, exercises.MeasureMaxHold:
	}
	return ""
}
