package progress

import (
	"fmt"
	"time"

	"upright/exercises"
	"upright/session/profile"
	"upright/session/record"
)

// The dose goals counted here (Too Fit To Fracture, 2014; Sherrington 2011).
const (
	// BalanceGoalMinutes is the weekly balance time of the falls-prevention trials: about 2 hours,
	// 15–20 minutes a day. Balance is counted in minutes, not as a day with any balance set.
	BalanceGoalMinutes = 120
	// StrengthGoalSets is the strength goal's sets of one exercise in a day (2 sets of 8–12): a
	// day counts toward the strength target only with that many.
	StrengthGoalSets = 2
	// AerobicGoalMinutes is the weekly aerobic activity of the guidelines, moderate only after a
	// spine fracture (Osteoporosis Canada, 2023; Too Fit To Fracture, 2014). People log it by hand.
	AerobicGoalMinutes = 150
)

// BalanceSeconds is the time spent in balance exercises in r: the held or active time of every
// set done, tests left out (a test measures, it does not train).
func BalanceSeconds(r record.Record) float64 {
	if !active(r) {
		return 0
	}
	total := 0.0
	for _, e := range r.Exercises {
		if ex, ok := exercises.Lookup(e.ID); !ok || AreaOf(ex.Category) != AreaBalance {
			continue
		}
		for _, s := range e.Sets {
			if !s.Skipped {
				total += s.HeldSeconds
			}
		}
	}
	return total
}

// BalanceMinutes sums the balance time of the sessions that started in [from, to), in minutes.
func BalanceMinutes(recs []record.Record, from, to time.Time) float64 {
	total := 0.0
	for _, r := range recs {
		if !r.StartedAt.Before(from) && r.StartedAt.Before(to) {
			total += BalanceSeconds(r)
		}
	}
	return total / 60
}

// strengthGoalDays are the local days on which some strength exercise had at least
// StrengthGoalSets sets done (both sides of a sided set count as one set).
func strengthGoalDays(recs []record.Record, loc *time.Location) map[date]bool {
	type key struct {
		day date
		id  string
	}
	sets := map[key]int{}
	out := map[date]bool{}
	for _, r := range recs {
		if !active(r) {
			continue
		}
		day := dateOf(r.StartedAt, loc)
		for _, e := range r.Exercises {
			if ex, ok := exercises.Lookup(e.ID); !ok || AreaOf(ex.Category) != AreaStrength {
				continue
			}
			done := map[int]bool{}
			for _, s := range e.Sets {
				if !s.Skipped {
					done[s.Set] = true
				}
			}
			k := key{day, e.ID}
			sets[k] += len(done)
			if sets[k] >= StrengthGoalSets {
				out[day] = true
			}
		}
	}
	return out
}

// StrengthDays counts the local days in [from, to) that reached the strength goal's sets.
func StrengthDays(recs []record.Record, from, to time.Time, loc *time.Location) int {
	n := 0
	for d := range strengthGoalDays(recs, loc) {
		m := d.midnight(loc)
		if !m.Before(dateOf(from, loc).midnight(loc)) && m.Before(to) {
			n++
		}
	}
	return n
}

// DoseWeek is one week against the dose goals: balance minutes toward BalanceGoalMinutes, and the
// days that reached the strength goal's sets toward the strength days of the weekly targets (at
// least 2 a week by default, Too Fit To Fracture, 2014). Home and the report both say it.
type DoseWeek struct {
	BalanceMinutes float64
	StrengthDays   int
	// StrengthGoal is the strength days wanted this week; 0 when the targets ask for none.
	StrengthGoal int
}

// DoseOf is week w against the targets t (TargetsOf gives a person's).
func DoseOf(w WeekCount, t profile.WeeklyTargets) DoseWeek {
	return DoseWeek{BalanceMinutes: w.BalanceMinutes, StrengthDays: w.StrengthDays, StrengthGoal: t.StrengthDays}
}

// Line is the week in one line: "Balance this week: 15 of 120 minutes · strength: 1 of 2 days".
func (d DoseWeek) Line() string {
	strength := fmt.Sprintf("%d of %d days", d.StrengthDays, d.StrengthGoal)
	if d.StrengthGoal <= 0 {
		strength = exercises.Count(d.StrengthDays, "day", "days")
	}
	return fmt.Sprintf("Balance this week: %.0f of %d minutes · strength: %s", d.BalanceMinutes, BalanceGoalMinutes, strength)
}

// AerobicLine is the aerobic minutes the person logged this week (from Monday, in now's calendar)
// against AerobicGoalMinutes; "" when none were logged, so home says nothing until there is some.
func AerobicLine(p profile.Profile, now time.Time) string {
	monday := dateOf(now, now.Location()).monday().midnight(now.Location())
	n := p.AerobicMinutes(monday, monday.AddDate(0, 0, 7))
	if n == 0 {
		return ""
	}
	return fmt.Sprintf("Aerobic this week: %d of %d minutes", n, AerobicGoalMinutes)
}
