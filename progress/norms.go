package progress

import (
	"strconv"
	"strings"
	"time"

	"upright/session/record"
)

// StanceTestID is the catalog id of the single-leg stance test.
const StanceTestID = "single-leg-stance-test"

// ConcernThreshold is the single-leg stance time, in seconds, below which balance is a common
// concern: a common clinical threshold, not a published mean.
const ConcernThreshold = 5.0

// Norm is a published mean single-leg stance time (eyes open) for an age band.
type Norm struct {
	Band        string // e.g. "70–79"
	MeanSeconds float64
	Source      string
}

type normBand struct {
	lo, hi int
	mean   float64
}

// The published tables, lowest band first.
var (
	bohannon = []normBand{{60, 69, 27.0}, {70, 79, 17.2}, {80, 99, 8.5}}
	springer = []normBand{{18, 39, 44}, {40, 49, 41}, {50, 59, 41}, {60, 69, 32}, {70, 79, 21}, {80, 99, 9}}
)

// The sources of the norms.
const (
	SourceBohannon = "Bohannon 2006, meta-analysis"
	SourceSpringer = "Springer et al. 2007, best of three"
)

// StanceNorms returns the norms for age, Bohannon's first; none for an age no table covers.
func StanceNorms(age int) []Norm {
	var out []Norm
	for _, t := range []struct {
		source string
		bands  []normBand
	}{{SourceBohannon, bohannon}, {SourceSpringer, springer}} {
		for _, b := range t.bands {
			if age >= b.lo && age <= b.hi {
				band := strconv.Itoa(b.lo) + "–" + strconv.Itoa(b.hi)
				out = append(out, Norm{Band: band, MeanSeconds: b.mean, Source: t.source})
			}
		}
	}
	return out
}

// ParseAgeBand reads an age ("72") or an age band ("70-79", "70–79", "80+") and returns the age the
// norms are looked up with: the age, the middle of the band, or the lower end of an open band.
func ParseAgeBand(s string) (int, bool) {
	s = strings.TrimSpace(s)
	if lo, ok := strings.CutSuffix(s, "+"); ok {
		n, err := strconv.Atoi(strings.TrimSpace(lo))
		return n, err == nil && n > 0
	}
	for _, sep := range []string{"–", "—", "-"} {
		lo, hi, ok := strings.Cut(s, sep)
		if !ok {
			continue
		}
		a, err1 := strconv.Atoi(strings.TrimSpace(lo))
		b, err2 := strconv.Atoi(strings.TrimSpace(hi))
		if err1 != nil || err2 != nil || a <= 0 || b < a {
			return 0, false
		}
		return (a + b) / 2, true
	}
	n, err := strconv.Atoi(s)
	return n, err == nil && n > 0
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
			for _, s := range e.Sets {
				if s.Skipped {
					continue
				}
				switch s.Side {
				case record.SideLeft:
					res.Left, res.HasLeft = max(res.Left, s.HeldSeconds), true
				case record.SideRight:
					res.Right, res.HasRight = max(res.Right, s.HeldSeconds), true
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
