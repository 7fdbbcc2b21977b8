package progress

import (
	"sort"
	"strings"
	"time"

	"upright/exercises"
	"upright/session/profile"
	"upright/session/record"
)

// Areas is a set of the areas of training that weekly targets count.
type Areas uint8

// The areas. Core, lower-body, upper-body and impact exercises are strength; the hip hinge counts
// with posture; flexibility exercises are stretches; tests
// (the single-leg stance test) are measurements and count toward no area.
const (
	AreaStrength Areas = 1 << iota
	AreaBalance
	AreaPosture
	AreaStretch
)

var areaNames = [...]string{"strength", "balance", "posture", "stretch"}

// Has reports whether every area of a is in s.
func (s Areas) Has(a Areas) bool { return s&a == a }

// String names the areas, joined by "+", or "none".
func (s Areas) String() string {
	var parts []string
	for i, n := range areaNames {
		if s&(1<<i) != 0 {
			parts = append(parts, n)
		}
	}
	if len(parts) == 0 {
		return "none"
	}
	return strings.Join(parts, "+")
}

// AreaOf maps a catalog category to the area it trains.
func AreaOf(c exercises.Category) Areas {
	switch c {
	case exercises.CategoryCore, exercises.CategoryLowerBody, exercises.CategoryUpperBody, exercises.CategoryImpact:
		return AreaStrength
	case exercises.CategoryBalance:
		return AreaBalance
	case exercises.CategoryFlexibility:
		return AreaStretch
	case exercises.CategoryPosture, exercises.CategorySafeMovement:
		return AreaPosture
	case exercises.CategoryTest:
		return 0
	}
	return 0
}

// sessionAreas are the areas of the exercises of r with at least one set done; ids missing from
// the catalog count toward no area.
func sessionAreas(r record.Record) Areas {
	var a Areas
	for _, e := range r.Exercises {
		done := false
		for _, s := range e.Sets {
			done = done || !s.Skipped
		}
		if !done {
			continue
		}
		if ex, ok := exercises.Lookup(e.ID); ok {
			a |= AreaOf(ex.Category)
		}
	}
	return a
}

// Day is one calendar day of the adherence calendar.
type Day struct {
	Date     time.Time // local midnight
	Sessions int       // sessions that did something
	Areas    Areas
	Future   bool // after today: nothing could have been done yet
}

// activeDays sums the sessions that did something per local day.
func activeDays(recs []record.Record, loc *time.Location) map[date]Day {
	days := map[date]Day{}
	for _, r := range recs {
		if !active(r) {
			continue
		}
		k := dateOf(r.StartedAt, loc)
		d := days[k]
		d.Sessions++
		d.Areas |= sessionAreas(r)
		days[k] = d
	}
	return days
}

// Calendar lays out the last weeks weeks, this one included, as Monday-first rows from the oldest
// week to this week, like a contribution graph. A session belongs to the local day it started on.
func Calendar(recs []record.Record, now time.Time, loc *time.Location, weeks int) [][7]Day {
	if weeks <= 0 {
		return nil
	}
	today := dateOf(now, loc)
	first := today.monday().add(-7 * (weeks - 1))
	days := activeDays(recs, loc)
	rows := make([][7]Day, weeks)
	for w := range rows {
		for i := range 7 {
			k := first.add(7*w + i)
			d := days[k]
			d.Date = k.midnight(loc)
			d.Future = today.before(k)
			rows[w][i] = d
		}
	}
	return rows
}

// WeekCount is one Monday-to-Sunday week of adherence.
type WeekCount struct {
	Start        time.Time // Monday, local midnight
	Sessions     int
	StrengthDays int
	BalanceDays  int
	PostureDays  int
	StretchDays  int
	// BalanceMinutes is the time spent in balance exercises, toward BalanceGoalMinutes.
	BalanceMinutes float64
}

// Met reports whether the week reached every target.
func (w WeekCount) Met(t profile.WeeklyTargets) bool {
	return w.StrengthDays >= t.StrengthDays && w.BalanceDays >= t.BalanceDays &&
		w.PostureDays >= t.PostureDays && w.StretchDays >= t.StretchDays
}

// Weeks counts the last n weeks, this one included, oldest first. A strength day is a day with the
// strength goal's sets (StrengthGoalSets of one exercise); balance is also counted in minutes.
func Weeks(recs []record.Record, now time.Time, loc *time.Location, n int) []WeekCount {
	rows := Calendar(recs, now, loc, n)
	out := make([]WeekCount, len(rows))
	strong := strengthGoalDays(recs, loc)
	for i, row := range rows {
		w := WeekCount{Start: row[0].Date}
		w.BalanceMinutes = BalanceMinutes(recs, row[0].Date, row[0].Date.AddDate(0, 0, 7))
		for _, d := range row {
			w.Sessions += d.Sessions
			w.StrengthDays += count(strong[dateOf(d.Date, loc)])
			w.BalanceDays += count(d.Areas.Has(AreaBalance))
			w.PostureDays += count(d.Areas.Has(AreaPosture))
			w.StretchDays += count(d.Areas.Has(AreaStretch))
		}
		out[i] = w
	}
	return out
}

func count(b bool) int {
	if b {
		return 1
	}
	return 0
}

// Streaks counts consecutive local days with a session that did something. The current streak ends
// today, or yesterday while today has no session yet, so a streak is not lost before the day is
// over. Sessions after now are ignored.
func Streaks(recs []record.Record, now time.Time, loc *time.Location) (current, best int) {
	today := dateOf(now, loc)
	var past []record.Record
	for _, r := range recs {
		if !r.StartedAt.After(now) {
			past = append(past, r)
		}
	}
	days := activeDays(past, loc)
	d := today
	if _, ok := days[d]; !ok {
		d = d.add(-1)
	}
	for ; days[d].Sessions > 0; d = d.add(-1) {
		current++
	}
	keys := make([]date, 0, len(days))
	for k := range days {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i].before(keys[j]) })
	run := 0
	for i, k := range keys {
		if i > 0 && keys[i-1].add(1) == k {
			run++
		} else {
			run = 1
		}
		best = max(best, run)
	}
	return current, best
}

// ExerciseAdherence compares the sets of one exercise that were planned with those done.
type ExerciseAdherence struct {
	ExerciseID string
	Name       string
	Planned    int // sets present in the records, skipped ones included
	Done       int // sets not skipped (ended-early sets count as done)
	EndedEarly int
	Skipped    int
}

// PlannedVsDone sums the sets of each exercise over recs, in the order exercises first appear.
// An exercise no record holds a set of (a session quit at its brief) has no row: the sets its
// session did not reach are SetsNotReached's.
func PlannedVsDone(recs []record.Record) []ExerciseAdherence {
	var out []ExerciseAdherence
	index := map[string]int{}
	for _, r := range sortedUsable(recs) {
		for _, e := range r.Exercises {
			if len(e.Sets) == 0 {
				continue
			}
			i, ok := index[e.ID]
			if !ok {
				i = len(out)
				index[e.ID] = i
				out = append(out, ExerciseAdherence{ExerciseID: e.ID, Name: exerciseName(e.ID, e.Name)})
			}
			a := &out[i]
			for _, s := range e.Sets {
				a.Planned++
				switch {
				case s.Skipped:
					a.Skipped++
				case s.EndedEarly:
					a.Done++
					a.EndedEarly++
				default:
					a.Done++
				}
			}
		}
	}
	return out
}

// exerciseName is the name a record gave the exercise, else the catalog's, else its id.
func exerciseName(id, recorded string) string {
	if recorded != "" {
		return recorded
	}
	if e, ok := exercises.Lookup(id); ok {
		return e.Name
	}
	return id
}
