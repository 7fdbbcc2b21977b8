package progress

import (
	"strconv"
	"strings"
	"time"

	"upright/exercises"
	"upright/session/record"
)

// StanceTestID is the catalog id of the single-leg stance test.
const StanceTestID = exercises.StanceTestID

// ConcernThreshold is the single-leg stance time, in seconds, below which balance is a common
// concern: a common clinical threshold, not a published mean.
const ConcernThreshold = 5.0

// Norm is a published mean single-leg stance time (eyes open) for an age band.
type Norm struct {
	Band        string // e.g. "70–79"
	MeanSeconds float64
	Source      string
	// Approximate says why the comparison is only approximate (the test is done in shoes here, the
	// study tested barefoot); the screens show it beside the norm.
	Approximate string
}

// SourceBohannon names the source of the stance means. Springer et al. 2007 is no longer shown:
// its values are reported by sex and could not be checked against the paper.
const SourceBohannon = exercises.SrcBohannon

// StanceNorms returns the mean stance norms for an exact age; none for an age no band covers.
func StanceNorms(age int) []Norm {
	return StanceNormsFor(strconv.Itoa(age))
}

// StanceNormsFor returns the mean stance norms for an age or an age band as a profile gives it
// ("72", "70-79", "80+"): the band that holds most of the person's band, both on a tie.
func StanceNormsFor(ageBand string) []Norm {
	e, _ := exercises.Lookup(StanceTestID)
	var out []Norm
	for _, n := range NormsFor(e, ageBand, "") {
		if n.Kind != exercises.NormMean {
			continue
		}
		band := strconv.Itoa(n.AgeLo) + "–" + strconv.Itoa(n.AgeHi)
		out = append(out, Norm{Band: band, MeanSeconds: n.Value, Source: n.Source, Approximate: n.Approximate})
	}
	return out
}

// ParseAgeBand reads an age ("72") or an age band ("70-79", "70–79", "80+") and returns the age
// in its middle, or the lower end of an open band. Norms are looked up by overlap instead
// (AgeRange, NormsFor); this is for showing an age.
func ParseAgeBand(s string) (int, bool) {
	lo, hi, ok := AgeRange(s)
	if !ok {
		return 0, false
	}
	if hi == lo+openBand {
		return lo, true
	}
	return (lo + hi) / 2, true
}

// openBand is how many years after its start an open band ("80+") is taken to reach.
const openBand = 19

// AgeRange reads an age ("72"), a band ("70-79", "70–79") or an open band ("80+", up to 19 years
// on) as the inclusive range of ages it covers.
func AgeRange(s string) (lo, hi int, ok bool) {
	s = strings.TrimSpace(s)
	if l, open := strings.CutSuffix(s, "+"); open {
		n, err := strconv.Atoi(strings.TrimSpace(l))
		return n, n + openBand, err == nil && n > 0
	}
	for _, sep := range []string{"–", "—", "-"} {
		l, h, found := strings.Cut(s, sep)
		if !found {
			continue
		}
		a, err1 := strconv.Atoi(strings.TrimSpace(l))
		b, err2 := strconv.Atoi(strings.TrimSpace(h))
		if err1 != nil || err2 != nil || a <= 0 || b < a {
			return 0, 0, false
		}
		return a, b, true
	}
	n, err := strconv.Atoi(s)
	return n, n, err == nil && n > 0
}

// StanceResult is one single-leg stance test: the best set per side, in seconds. A side with no
// set done is 0, and its Has… field is false.
type StanceResult struct {
	At                time.Time
	Left, Right       float64
	HasLeft, HasRight bool
}

// Concern reports whether a measured side is under ConcernThreshold.
func (r StanceResult) Concern() bool {
	return (r.HasLeft && r.Left < ConcernThreshold) || (r.HasRight && r.Right < ConcernThreshold)
}

// StanceTests gives each session's single-leg stance test, oldest first; the first is the baseline
// a person is compared with.
func StanceTests(recs []record.Record) []StanceResult {
	var out []StanceResult
	for _, r := range sortedUsable(recs) {
		res := StanceResult{At: r.StartedAt}
		for _, e := range r.Exercises {
			if e.ID != StanceTestID {
				continue
			}
			for _, b := range record.BestPerSide(e) { // the one best-try rule, as the screens say it
				switch b.Side {
				case record.SideLeft:
					res.Left, res.HasLeft = max(res.Left, b.Value), true
				case record.SideRight:
					res.Right, res.HasRight = max(res.Right, b.Value), true
				}
			}
		}
		if res.HasLeft || res.HasRight {
			out = append(out, res)
		}
	}
	return out
}

// StanceChange compares the latest test with the baseline (the first): the change in seconds per
// side. ok is false with fewer than two tests.
func StanceChange(tests []StanceResult) (left, right float64, ok bool) {
	if len(tests) < 2 {
		return 0, 0, false
	}
	first, last := tests[0], tests[len(tests)-1]
	return last.Left - first.Left, last.Right - first.Right, true
}
