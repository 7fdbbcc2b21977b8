package report

import (
	"fmt"
	"html"
	"sort"
	"strconv"
	"strings"
	"time"

	"upright/exercises"
	"upright/progress"
	"upright/session/profile"
	"upright/session/record"
)

// CalendarWeeks is how many weeks the report's calendar and weekly table show.
const CalendarWeeks = 12

// Input is everything a report shows. Records may hold the whole history: the period sections
// use those in [Since, Until), the calendar and streaks the weeks up to the period's end.
type Input struct {
	Profile     string
	AgeBand     string    // "70-79", "72"; empty when not given
	Sex         string    // exercises.SexFemale or SexMale; empty shows the norms of both
	Since       time.Time // zero: from the first session
	Until       time.Time // exclusive; zero: up to Now
	Now         time.Time
	Loc         *time.Location // the calendar days are this location's; nil means UTC
	Records     []record.Record
	Targets     profile.WeeklyTargets // the zero value means DefaultTargets
	Suggestions []progress.Suggestion
}

// trend is one exercise's best set per session.
type trend struct {
	id, name string
	reps     bool
	points   []progress.Point
}

// reportData is computed once and rendered as HTML or Markdown.
type reportData struct {
	in                    Input
	loc                   *time.Location
	end                   time.Time // the last instant the report covers
	period                []record.Record
	summary               progress.Summary
	weeks                 []progress.WeekCount
	calendar              [][7]progress.Day
	current, best         int
	thisWeek              int
	planned               []progress.ExerciseAdherence
	trends                []trend
	painBefore, painAfter []progress.Point
	effort                []progress.Point
	flagged, noted        []record.Record
	stance                []progress.StanceResult
	age                   int
	ageKnown              bool
	norms                 []progress.Norm
	upToEnd               []record.Record // every record up to the end, for first results
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
	d.weeks = progress.Weeks(upToEnd, d.end, d.loc, CalendarWeeks)
	d.calendar = progress.Calendar(upToEnd, d.end, d.loc, CalendarWeeks)
	d.current, d.best = progress.Streaks(upToEnd, d.end, d.loc)
	d.thisWeek = d.weeks[len(d.weeks)-1].Sessions
	d.planned = progress.PlannedVsDone(d.period)
	for _, a := range d.planned {
		if e, ok := exercises.Lookup(a.ExerciseID); ok && e.Measure.Test() {
			continue // tests are shown against their first result and norms instead
		}
		if pts := progress.ExerciseBests(d.period, a.ExerciseID); len(pts) > 0 {
			d.trends = append(d.trends, trend{a.ExerciseID, a.Name, progress.RepsMeasured(d.period, a.ExerciseID), pts})
		}
	}
	sort.SliceStable(d.trends, func(i, j int) bool { return d.trends[i].name < d.trends[j].name })
	d.painBefore, d.painAfter = progress.PainSeries(d.period)
	d.effort = progress.EffortSeries(d.period)
	for _, r := range d.period {
		switch {
		case r.Flagged():
			d.flagged = append(d.flagged, r)
		case r.Checkout != nil && strings.TrimSpace(r.Checkout.Note) != "":
			d.noted = append(d.noted, r)
		}
	}
	d.stance = progress.StanceTests(d.period)
	d.age, d.ageKnown = progress.ParseAgeBand(in.AgeBand)
	if d.ageKnown {
		d.norms = progress.StanceNormsFor(in.AgeBand) // the band holding most of the person's
	}
	return d
}

// flagTexts lists what made a session flagged, one short line each.
func flagTexts(r record.Record) []string {
	var out []string
	if r.Status == record.StatusStopped {
		out = append(out, "stopped at check-in")
	}
	for _, id := range r.Checkin.RedFlags {
		out = append(out, "red flag: "+id)
	}
	for _, f := range r.Flags {
		s := f.Kind
		if f.Exercise != "" {
			s += " (" + f.Exercise + ")"
		}
		if f.Detail != "" {
			s += ": " + f.Detail
		}
		out = append(out, s)
	}
	if r.Checkout != nil {
		for _, rep := range r.Checkout.Reports {
			for _, x := range []struct {
				on   bool
				what string
			}{{rep.SharpPain, "sharp pain"}, {rep.Dizziness, "dizziness"}, {rep.BalanceLoss, "loss of balance"}} {
				if x.on {
					out = append(out, x.what+" ("+rep.Exercise+")")
				}
			}
		}
	}
	return out
}

// clean strips what must never reach a report from user text, line by line: exercises.CleanText's
// control characters (terminal escapes among them) and bidirectional overrides and isolates, which
// can make text read differently from what it is. Newlines are kept; invalid UTF-8 becomes U+FFFD.
func clean(s string) string {
	lines := strings.Split(strings.ToValidUTF8(s, "\uFFFD"), "\n")
	for i, l := range lines {
		lines[i] = exercises.CleanText(l)
	}
	return strings.Join(lines, "\n")
}

// esc makes user text safe for HTML and SVG (XML) text and attribute values.
func esc(s string) string { return html.EscapeString(clean(s)) }

func day(t time.Time, loc *time.Location) string { return t.In(loc).Format("2006-01-02") }

func stamp(t time.Time, loc *time.Location) string { return t.In(loc).Format("2006-01-02 15:04") }

func num(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }

// secs spells seconds with one decimal at most.
func secs(v float64) string { return strconv.FormatFloat(v, 'f', 1, 64) + " s" }

func signed(v float64) string {
	s := strconv.FormatFloat(v, 'f', 1, 64)
	if v >= 0 {
		s = "+" + s
	}
	return s + " s"
}

func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return strconv.Itoa(n) + " " + many
}

// periodText spells the period as local dates, Until being exclusive.
func (d reportData) periodText() (from, to string) {
	from = "the first session"
	if !d.in.Since.IsZero() {
		from = day(d.in.Since, d.loc)
	} else if d.summary.Sessions > 0 {
		from = day(d.summary.First, d.loc)
	}
	return from, day(d.end, d.loc)
}

// value spells a trend value with its unit.
func (t trend) value(v float64) string {
	if t.reps {
		return plural(int(v), "rep", "reps")
	}
	return secs(v)
}

func pointsMax(ps []progress.Point) float64 {
	m := 0.0
	for _, p := range ps {
		m = max(m, p.Value)
	}
	return m
}

// note is the session's check-out note, or "".
func note(r record.Record) string {
	if r.Checkout == nil {
		return ""
	}
	return r.Checkout.Note
}

// hoursMinutes spells a duration as "1 h 05 min" or "15 min".
func hoursMinutes(d time.Duration) string {
	m := int(d.Round(time.Minute) / time.Minute)
	if m < 60 {
		return strconv.Itoa(m) + " min"
	}
	return fmt.Sprintf("%d h %02d min", m/60, m%60)
}
