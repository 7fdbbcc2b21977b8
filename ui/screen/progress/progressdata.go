package progress

import (
	"fmt"
	"sort"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"upright/exercises"
	"upright/progress"
	"upright/progress/report"
	sessionprofile "upright/session/profile"
	"upright/session/record"
	"upright/ui/kit"
)

// period is the span the progress screen's trends cover.
type period int

const (
	periodFourWeeks period = iota
	periodThreeMonths
	periodSixMonths
	periodAll
)

// String is the period as the screen names it.
func (p period) String() string {
	switch p {
	case periodFourWeeks:
		return "last 4 weeks"
	case periodThreeMonths:
		return "last 3 months"
	case periodSixMonths:
		return "last 6 months"
	case periodAll:
		return "all time"
	}
	return "unknown"
}

// since is the period's first local midnight; zero for all time.
func (p period) since(now time.Time) time.Time {
	y, mo, d := now.Date()
	today := time.Date(y, mo, d, 0, 0, 0, 0, now.Location())
	switch p {
	case periodFourWeeks:
		return today.AddDate(0, 0, -27)
	case periodThreeMonths:
		return today.AddDate(0, -3, 0)
	case periodSixMonths:
		return today.AddDate(0, -6, 0)
	case periodAll:
	}
	return time.Time{}
}

// calendarWeeks is how many weeks the adherence calendar shows, like the report's.
const calendarWeeks = report.CalendarWeeks

// exerciseTrend is one exercise's best set per session.
type exerciseTrend struct {
	id, name string
	reps     bool
	points   []progress.Point
}

// suggestionLine is a progression suggestion and the routine whose prescription it would change.
type suggestionLine struct {
	routine string
	progress.Suggestion
}

// progressData is everything the progress screen shows, computed in a command from one store
// scan, so that switching screens or sizes never recomputes it.
type progressData struct {
	period                period
	now                   time.Time // when it was computed, in the person's location
	summary               progress.Summary
	trends                []exerciseTrend
	painBefore, painAfter []progress.Point
	effort                []progress.Point
	calendar              [][7]progress.Day
	weeks                 []progress.WeekCount
	targets               sessionprofile.WeeklyTargets
	current, best         int
	planned               []progress.ExerciseAdherence
	stance                []progress.StanceResult
	norms                 []progress.Norm
	tests                 []progress.TestComparison
	// who is the person the tests are read for (age band and sex).
	who         sessionprofile.Profile
	suggestions []suggestionLine
}

// progressMsg carries the data of one period; one for a period no longer chosen is dropped. It
// also carries every record read so far, so a longer period reads only what it adds.
type progressMsg struct {
	data   progressData
	loaded loadedRecords
}

// loadedRecords are the sessions read for the progress screen: all of those since from, newest first.
type loadedRecords struct {
	recs  []record.Record
	from  time.Time
	valid bool
}

// loadProgress reads the sessions of the period (and of the calendar's 12 weeks) in one scan and
// computes what the screen shows.
func loadProgress(e *kit.Env, p period, have loadedRecords) tea.Cmd {
	st, profile, now, who := e.Store, e.Active().Profile, e.Now(), e.Active().Data
	if who.Name != profile {
		who = sessionprofile.Profile{Name: profile} // no data loaded for this profile: defaults
	}
	who.AgeBand = e.Active().AgeBand
	if st == nil {
		return func() tea.Msg { return progressMsg{data: computeProgress(nil, nil, p, now, who)} }
	}
	return func() tea.Msg {
		from := p.since(now)
		calFrom := kit.WeekStart(now).AddDate(0, 0, -7*(calendarWeeks-1))
		if p != periodAll && calFrom.Before(from) {
			from = calFrom
		}
		loaded, err := extend(st, profile, have, from)
		if err != nil {
			return kit.ErrMsg{Err: fmt.Errorf("load progress: %w", err)}
		}
		saved, err := st.SavedRoutines()
		if err != nil {
			return kit.ErrMsg{Err: fmt.Errorf("load saved routines: %w", err)}
		}
		return progressMsg{data: computeProgress(loaded.recs, saved, p, now, who), loaded: loaded}
	}
}

// extend makes sure the records reach back to from: nothing is read when they already do, and only
// the older part when some are loaded (decoding records is most of the cost of a long period).
func extend(st kit.Storage, profile string, have loadedRecords, from time.Time) (loadedRecords, error) {
	switch {
	case have.valid && !from.Before(have.from):
		return have, nil
	case have.valid:
		older, err := st.Sessions(profile, kit.SessionQuery{Since: from, Until: have.from})
		if err != nil {
			return have, err
		}
		recs := append(append(make([]record.Record, 0, len(have.recs)+len(older)), have.recs...), older...)
		return loadedRecords{recs: recs, from: from, valid: true}, nil
	default:
		recs, err := st.Sessions(profile, kit.SessionQuery{Since: from})
		return loadedRecords{recs: recs, from: from, valid: err == nil}, err
	}
}

// computeProgress is the pure part of loadProgress: recs may reach back before the period, for
// the calendar and the streaks.
func computeProgress(recs []record.Record, saved []exercises.Routine, p period, now time.Time, who sessionprofile.Profile) progressData {
	loc := now.Location()
	newestFirst := recs                 // as the store lists them: suggestions want the latest routines
	recs = progress.Chronological(recs) // once, rather than in each of the functions below
	d := progressData{period: p, now: now, targets: progress.TargetsOf(who)}
	inPeriod := progress.Filter(recs, p.since(now), time.Time{})
	d.summary = progress.Summarize(inPeriod)
	d.calendar = progress.Calendar(recs, now, loc, calendarWeeks)
	d.weeks = progress.Weeks(recs, now, loc, calendarWeeks)
	d.current, d.best = progress.Streaks(recs, now, loc)
	d.planned = progress.PlannedVsDone(inPeriod)
	for _, a := range d.planned {
		if progress.IsTest(a.ExerciseID) {
			continue // shown against the person's first result and its norms instead
		}
		if pts := progress.ExerciseBests(inPeriod, a.ExerciseID); len(pts) > 0 {
			d.trends = append(d.trends, exerciseTrend{a.ExerciseID, a.Name, progress.RepsMeasured(inPeriod, a.ExerciseID), pts})
		}
	}
	sort.SliceStable(d.trends, func(i, j int) bool { return d.trends[i].name < d.trends[j].name })
	d.painBefore, d.painAfter = progress.PainSeries(inPeriod)
	d.effort = progress.EffortSeries(inPeriod)
	d.stance = progress.StanceTests(inPeriod)
	if age, ok := progress.ParseAgeBand(who.AgeBand); ok {
		d.norms = progress.StanceNorms(age)
	}
	d.tests, d.who = progress.CompareTests(recs, who), who // every result read, so the first is the first
	d.suggestions = suggestions(newestFirst, saved, now, who)
	return d
}

// suggestions are progress.Suggestions, with the routine each one is for.
func suggestions(recs []record.Record, saved []exercises.Routine, now time.Time, who sessionprofile.Profile) []suggestionLine {
	var out []suggestionLine
	for _, sg := range progress.Suggestions(who, recs, saved, now) {
		out = append(out, suggestionLine{routine: sg.Routine, Suggestion: sg})
	}
	return out
}
