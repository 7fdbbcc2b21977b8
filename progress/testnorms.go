package progress

import (
	"upright/exercises"
	"upright/session/record"
)

// NormsFor picks the norm rows of a test for a person: for each source (and sex), the age band
// that holds most of the person's age band (both bands on a tie), and rows for their sex, or for
// both sexes when it is not given. A person's age band is read by AgeRange; none when it cannot
// be read or no band overlaps it.
func NormsFor(e exercises.Exercise, ageBand, sex string) []exercises.Norm {
	lo, hi, ok := AgeRange(ageBand)
	if !ok {
		return nil
	}
	type group struct{ source, sex string }
	best := map[group]int{}
	for _, n := range e.Norms {
		if sex != "" && n.Sex != exercises.SexAny && n.Sex != sex {
			continue
		}
		g := group{n.Source + "/" + string(n.Kind), n.Sex}
		best[g] = max(best[g], overlap(lo, hi, n.AgeLo, n.AgeHi))
	}
	var out []exercises.Norm
	for _, n := range e.Norms {
		if sex != "" && n.Sex != exercises.SexAny && n.Sex != sex {
			continue
		}
		o := overlap(lo, hi, n.AgeLo, n.AgeHi)
		if o > 0 && o == best[group{n.Source + "/" + string(n.Kind), n.Sex}] {
			out = append(out, n)
		}
	}
	return out
}

// overlap counts the years two inclusive age ranges share.
func overlap(lo, hi, a, b int) int { return max(min(hi, b)-max(lo, a)+1, 0) }

// Reading says where a result stands against one norm row.
type Reading string

// The readings.
const (
	ReadingAboveMean    Reading = "better than the mean"
	ReadingBelowMean    Reading = "worse than the mean"
	ReadingBelowAverage Reading = "below average"
	ReadingAverage      Reading = "average or better"
	ReadingConcern      Reading = "a concern"
	ReadingNoConcern    Reading = "not a concern"
)

// Read places a result against a norm row; lowerBetter is the test's measure's LowerIsBetter.
// The result is read as it is shown, to a tenth (record.RoundTenth).
func Read(n exercises.Norm, value float64, lowerBetter bool) Reading {
	value = record.RoundTenth(value)
	switch n.Kind {
	case exercises.NormMean:
		if (value >= n.Value) != lowerBetter || value == n.Value {
			return ReadingAboveMean
		}
		return ReadingBelowMean
	case exercises.NormBelowAverageUnder:
		if value < n.Value {
			return ReadingBelowAverage
		}
		return ReadingAverage
	case exercises.NormConcernUnder:
		if value < n.Value {
			return ReadingConcern
		}
		return ReadingNoConcern
	case exercises.NormConcernFrom:
		if value >= n.Value {
			return ReadingConcern
		}
		return ReadingNoConcern
	}
	return ""
}
