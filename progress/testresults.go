package progress

import (
	"fmt"
	"time"

	"upright/exercises"
	"upright/session/profile"
	"upright/session/record"
)

// TestResult is one session's result of a timed test: the best try, in the test's unit. For a
// sided test it is the weaker side's best, the side a fall is likelier on.
type TestResult struct {
	ExerciseID string
	At         time.Time
	Value      float64
	// Unit is "s" (stance, Timed Up and Go), "stands" (chair stand) or "stages" (4-stage test).
	Unit string
	// FailedStageSeconds is how long the first stance not held lasted (4-stage test).
	FailedStageSeconds float64
	// AtCap is set when a stopwatch ran to its cap: the time is "this or more".
	AtCap bool
}

// Text is the result as the progress screen and the report show it: "1 of 4 stances held, the
// next for 4.9 s", "11 stands", "12.0 s" (to a tenth, record.Tenths), "60.0 s or more".
func (r TestResult) Text() string {
	switch r.Unit {
	case "stages":
		e, _ := exercises.Lookup(r.ExerciseID)
		s := fmt.Sprintf("%d of %d stances held", int(r.Value), max(len(e.Stages), 1))
		if r.FailedStageSeconds > 0 {
			s += ", the next for " + record.Tenths(r.FailedStageSeconds)
		}
		return s
	case "stands":
		return exercises.Count(int(r.Value), "stand", "stands")
	}
	s := record.Tenths(r.Value)
	if r.AtCap {
		s += " or more"
	}
	return s
}

// TestIDs are the catalog's tests, in catalog order.
func TestIDs() []string {
	var out []string
	for _, e := range exercises.Catalog() {
		if e.Measure.Test() {
			out = append(out, e.ID)
		}
	}
	return out
}

// TestResults gives each session's result of the test with the given id, oldest first; the
// first is the baseline the person is compared with.
func TestResults(recs []record.Record, id string) []TestResult {
	e, ok := exercises.Lookup(id)
	if !ok || !e.Measure.Test() {
		return nil
	}
	var out []TestResult
	for _, r := range sortedUsable(recs) {
		res, ok := testResult(r, e)
		if ok {
			out = append(out, res)
		}
	}
	return out
}

func testResult(r record.Record, e exercises.Exercise) (TestResult, bool) {
	res := TestResult{ExerciseID: e.ID, At: r.StartedAt, Unit: "s"}
	switch e.Measure {
	case exercises.MeasureTimedReps:
		res.Unit = "stands"
	case exercises.MeasureStagedHolds:
		res.Unit = "stages"
	case exercises.MeasureHold, exercises.MeasureReps, exercises.MeasureHoldReps,
		exercises.MeasureMaxHold, exercises.MeasureStopwatch:
	}
	lower := e.Measure.LowerIsBetter()
	better := func(v, than float64) bool { return (v < than) == lower && v != than }
	// Each side's best try (record.BestPerSide, the rule the screens say), then the weaker side.
	best := map[string]record.SideBest{}
	for _, x := range r.Exercises {
		if x.ID != e.ID {
			continue
		}
		for _, b := range record.BestPerSide(x) {
			if cur, ok := best[b.Side]; !ok || better(b.Value, cur.Value) {
				best[b.Side] = b
			}
		}
	}
	if len(best) == 0 {
		return res, false
	}
	first := true
	for _, side := range []string{record.SideNone, record.SideLeft, record.SideRight} {
		b, ok := best[side]
		if !ok || !first && !better(res.Value, b.Value) {
			continue
		}
		res.Value, first = b.Value, false
		res.FailedStageSeconds, res.AtCap = 0, false
		if e.Measure == exercises.MeasureStagedHolds {
			res.FailedStageSeconds = b.Set.FailedStageSeconds
		}
		if e.Measure == exercises.MeasureStopwatch {
			res.AtCap = b.Set.TargetSeconds > 0 && b.Set.HeldSeconds >= b.Set.TargetSeconds
		}
	}
	return res, true
}

// NormReading is a result placed against one norm row.
type NormReading struct {
	Norm    exercises.Norm
	Reading Reading
}

// TestComparison is a test's latest result against the person's own first one (the main
// comparison) and against the published norms for their age band and sex.
type TestComparison struct {
	ExerciseID, Name string
	First, Latest    TestResult
	// Change is Latest minus First; Better says whether that is an improvement (a lower time for a
	// stopwatch). Both are zero with a single result.
	Change float64
	Better bool
	Count  int
	Norms  []NormReading
}

// CompareTests compares every test with results in recs, in catalog order: the latest result
// against the first, and against the norms for the person's age band and sex.
func CompareTests(recs []record.Record, who profile.Profile) []TestComparison {
	var out []TestComparison
	for _, id := range TestIDs() {
		res := TestResults(recs, id)
		if len(res) == 0 {
			continue
		}
		e, _ := exercises.Lookup(id)
		c := TestComparison{ExerciseID: id, Name: e.Name, First: res[0], Latest: res[len(res)-1], Count: len(res)}
		// The change between the results as shown (to a tenth), so it agrees with them.
		c.Change = record.RoundTenth(record.RoundTenth(c.Latest.Value) - record.RoundTenth(c.First.Value))
		c.Better = c.Change != 0 && (c.Change < 0) == e.Measure.LowerIsBetter()
		for _, n := range NormsFor(e, who.AgeBand, who.Sex) {
			c.Norms = append(c.Norms, NormReading{Norm: n, Reading: Read(n, c.Latest.Value, e.Measure.LowerIsBetter())})
		}
		out = append(out, c)
	}
	return out
}

// CheckupEvery is how long after the last check-up tests they are due again when the therapist
// planned no date.
const CheckupEvery = 8 * 7 * 24 * time.Hour

// CheckupDue says whether home should offer the check-up tests routine, and why: no result of
// the check-up tests yet (the baseline), the program's planned check-up date reached with no
// tests since, or the last tests more than CheckupEvery ago.
func CheckupDue(who profile.Profile, recs []record.Record, now time.Time) (bool, string) {
	var last time.Time
	for _, id := range TestIDs() {
		for _, r := range TestResults(recs, id) {
			if !r.At.After(now) && r.At.After(last) {
				last = r.At
			}
		}
	}
	if last.IsZero() {
		return true, "No check-up tests yet: a first result to compare with later."
	}
	if days, ok := who.DaysToCheckup(now); ok && days <= 0 {
		y, m, d := now.AddDate(0, 0, days).Date()
		if last.Before(time.Date(y, m, d, 0, 0, 0, 0, now.Location())) {
			return true, "Your program's check-up is due."
		}
		return false, ""
	}
	if now.Sub(last) >= CheckupEvery {
		return true, "Your last check-up tests were more than 8 weeks ago."
	}
	return false, ""
}
