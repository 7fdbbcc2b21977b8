package report

import (
	"sort"
	"strings"
	"time"

	"upright/exercises"
	"upright/progress"
	"upright/session/profile"
	"upright/session/record"
)

// CalendarWeeks is how many weeks the report's calendar shows at most.
const CalendarWeeks = 12

// The report's summarising: the last recentWeeks weeks are shown week by week with their
// sessions in full, older weeks in blocks of at most maxOlderRows rows, and a chart plots one
// point per session only while there are at most maxChartPoints sessions.
const (
	recentWeeks    = 4
	maxOlderRows   = 20
	maxChartPoints = 60
	recentTests    = 8
	maxNotes       = 30
)

// Input is everything a report shows. Records may hold the whole history: the period sections
// use those in [Since, Until), adherence and the calendar the weeks from the program's start up
// to the period's end.
type Input struct {
	Profile string
	AgeBand string    // "70-79", "72"; empty when not given
	Sex     string    // exercises.SexFemale or SexMale; empty shows the norms of both
	Since   time.Time // zero: from the first session
	Until   time.Time // exclusive; zero: up to Now
	Now     time.Time
	Loc     *time.Location // the calendar days are this location's; nil means UTC
	Records []record.Record
	Targets profile.WeeklyTargets // the zero value means DefaultTargets
	// Person gives the intake, readiness answers, program and prescription; nil shows none, and
	// adherence then counts from the period's start.
	Person      *profile.Profile
	Suggestions []progress.Suggestion
}

// trend is one exercise's or test's best set per session (or per block of weeks).
type trend struct {
	id, name string
	reps     bool
	points   []progress.Point
	sessions int
}

// reportData is computed once and rendered as HTML or Markdown.
type reportData struct {
	in      Input
	loc     *time.Location
	end     time.Time // the last instant the report covers
	period  []record.Record
	summary progress.Summary

	programStart  time.Time // zero without a program that started by the end
	adherence     []progress.Span
	overall       progress.Span
	overallOK     bool
	calendar      [][7]progress.Day
	current, best int
	planned       []progress.ExerciseAdherence
	notReached    int

	weeks                 []progress.Span // pain and effort over the period, summarised
	painTrend             progress.PainTrend
	trendOK               bool
	painBefore, painAfter []progress.Point
	effort                []progress.Point
	recent                []record.Record // the sessions of the last weeks, in full
	trends                []trend

	flagged    []record.Record
	noted      []record.Record
	notedOlder int

	stance   []progress.StanceResult
	tests    []trend // the other function tests
	age      int
	ageKnown bool
	norms    []progress.Norm
	upToEnd  []record.Record // every record up to the end, for first results
}

func buildReport(in Input) reportData {
	d := reportData{in: in, loc: in.Loc}
	if d.loc == nil {
		d.loc = time.UTC
	}
	if d.in.Targets == (profile.WeeklyTargets{}) {
		d.in.Targets = progress.DefaultTargets()
	}
	d.end = in.Now
	if !in.Until.IsZero() && in.Until.Before(in.Now) {
		d.end = in.Until.Add(-time.Nanosecond)
	}
	d.period = progress.Filter(in.Records, in.Since, in.Until)
	d.summary = progress.Summarize(d.period)
	upToEnd := progress.Filter(in.Records, time.Time{}, d.end.Add(time.Nanosecond))
	d.upToEnd = upToEnd
	d.current, d.best = progress.Streaks(upToEnd, d.end, d.loc)
	d.planned = progress.PlannedVsDone(d.period)
	d.notReached = progress.SetsNotReached(d.period)

	periodStart := d.end
	switch {
	case !in.Since.IsZero():
		periodStart = in.Since
	case d.summary.Sessions > 0:
		periodStart = d.summary.First
	}
	// A period starting after its end (sessions dated ahead of a clock set back) still gets its
	// one week, so every section has a row to show.
	if periodStart.After(d.end) {
		periodStart = d.end
	}
	d.adherenceData(upToEnd, periodStart)
	d.painData(periodStart)
	d.flagData()
	d.testData()
	return d
}

// adherenceData counts weeks from the program's first day, or the period's without a program.
func (d *reportData) adherenceData(upToEnd []record.Record, periodStart time.Time) {
	from := periodStart
	if p := d.in.Person; p != nil && p.Program != nil {
		if t, err := profile.ParseDate(p.Program.Start); err == nil {
			if start := time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, d.loc); !start.After(d.end) {
				d.programStart, from = start, start
			}
		}
	}
	weeks := progress.Spans(upToEnd, from, d.end, d.loc, d.in.Targets)
	d.overall, d.overallOK = progress.Overall(weeks)
	d.adherence = progress.Summarise(weeks, recentWeeks, maxOlderRows)
	// The calendar shows no week before the program (or the period): those days were never
	// asked for.
	days := int(d.end.Sub(from).Hours()/24) + int(from.In(d.loc).Weekday()+6)%7
	n := min(CalendarWeeks, max(days, 0)/7+1)
	d.calendar = progress.Calendar(upToEnd, d.end, d.loc, n)
}

// painData summarises pain and effort by week and keeps the last weeks' sessions in full.
func (d *reportData) painData(periodStart time.Time) {
	weekly := progress.Spans(d.period, periodStart, d.end, d.loc, d.in.Targets)
	d.painTrend, d.trendOK = progress.TrendOf(weekly)
	d.weeks = progress.Summarise(weekly, recentWeeks, maxOlderRows)
	since := time.Time{}
	if len(weekly) > recentWeeks {
		since = weekly[len(weekly)-recentWeeks].Start
	}
	d.recent = progress.Filter(d.period, since, time.Time{})

	if d.summary.Active <= maxChartPoints {
		d.painBefore, d.painAfter = progress.PainSeries(d.period)
		d.effort = progress.EffortSeries(d.period)
	} else {
		for _, w := range d.weeks {
			d.painBefore = appendMean(d.painBefore, w.Start, w.PainBefore)
			d.painAfter = appendMean(d.painAfter, w.Start, w.PainAfter)
			d.effort = appendMean(d.effort, w.Start, w.Effort)
		}
	}
	for _, a := range d.planned {
		if progress.IsTest(a.ExerciseID) {
			continue // shown against its norms instead
		}
		if t, ok := d.trendOf(a.ExerciseID, a.Name); ok {
			d.trends = append(d.trends, t)
		}
	}
	sort.SliceStable(d.trends, func(i, j int) bool { return d.trends[i].name < d.trends[j].name })
}

// trendOf is an exercise's best set per session, or per row of the weekly summary when there
// are too many sessions to plot one by one.
func (d *reportData) trendOf(id, name string) (trend, bool) {
	pts := progress.ExerciseBests(d.period, id)
	if len(pts) == 0 {
		return trend{}, false
	}
	t := trend{id: id, name: name, reps: progress.RepsMeasured(d.period, id), points: pts, sessions: len(pts)}
	if len(pts) > maxChartPoints {
		t.points = bestPerSpan(pts, d.weeks)
	}
	return t, true
}

func (d *reportData) flagData() {
	for _, r := range d.period {
		switch {
		case r.Flagged():
			d.flagged = append(d.flagged, r)
		case strings.TrimSpace(note(r)) != "":
			d.noted = append(d.noted, r)
		}
	}
	if len(d.noted) > maxNotes {
		d.notedOlder = len(d.noted) - maxNotes
		d.noted = d.noted[d.notedOlder:]
	}
}

func (d *reportData) testData() {
	d.stance = progress.StanceTests(d.period)
	d.age, d.ageKnown = progress.ParseAgeBand(d.in.AgeBand)
	if d.ageKnown {
		d.norms = progress.StanceNormsFor(d.in.AgeBand) // the band holding most of the person's
	}
	for _, a := range d.planned {
		ex, ok := exercises.Lookup(a.ExerciseID)
		// The stance test has its own part, and the fall-risk tests are compared with the first
		// result and their norms in the check-up part; other tests show their trend here.
		if !ok || ex.Category != exercises.CategoryTest || ex.Measure.Test() {
			continue
		}
		if t, ok := d.trendOf(a.ExerciseID, a.Name); ok {
			d.tests = append(d.tests, t)
		}
	}
}

func appendMean(pts []progress.Point, at time.Time, m progress.Mean) []progress.Point {
	if v, ok := m.Value(); ok {
		pts = append(pts, progress.Point{At: at, Value: v})
	}
	return pts
}

// bestPerSpan is the best of pts within each span, at the span's start.
func bestPerSpan(pts []progress.Point, spans []progress.Span) []progress.Point {
	var out []progress.Point
	for _, s := range spans {
		best, ok := 0.0, false
		for _, p := range pts {
			if !p.At.Before(s.Start) && p.At.Before(s.End) && (!ok || p.Value > best) {
				best, ok = p.Value, true
			}
		}
		if ok {
			out = append(out, progress.Point{At: s.Start, Value: best})
		}
	}
	return out
}

// notReachedLabel names the row of the sets table for the sets of sessions that ended before them.
const notReachedLabel = "Not reached (sessions ended early)"

// setTotals adds up the rows of the sets table, the sets not reached among them, so the total
// is the period's sets planned and done.
func (d reportData) setTotals() progress.ExerciseAdherence {
	t := progress.ExerciseAdherence{Planned: d.notReached}
	for _, a := range d.planned {
		t.Planned += a.Planned
		t.Done += a.Done
		t.EndedEarly += a.EndedEarly
		t.Skipped += a.Skipped
	}
	return t
}
