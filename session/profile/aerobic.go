package profile

import (
	"fmt"
	"time"
)

// AerobicEntry is the aerobic activity a person logged for one day: walking, cycling, swimming,
// counted in minutes toward the weekly goal beside the exercises.
type AerobicEntry struct {
	Day     string `json:"day"` // DateLayout, in the person's own calendar
	Minutes int    `json:"minutes"`
}

// MaxAerobicMinutes bounds what one day may log: more is taken for a typing slip.
const MaxAerobicMinutes = 600

// LogAerobic adds minutes to now's day: 1 to MaxAerobicMinutes a day in all.
func (p *Profile) LogAerobic(now time.Time, minutes int) error {
	day := now.Format(DateLayout)
	had := 0
	for _, e := range p.Aerobic {
		if e.Day == day {
			had += e.Minutes
		}
	}
	switch {
	case minutes < 1:
		return fmt.Errorf("%d aerobic minutes: log at least 1", minutes)
	case had+minutes > MaxAerobicMinutes:
		return fmt.Errorf("%d more aerobic minutes would make %d today; a day logs at most %d", minutes, had+minutes, MaxAerobicMinutes)
	}
	for i := range p.Aerobic {
		if p.Aerobic[i].Day == day {
			p.Aerobic[i].Minutes += minutes
			return nil
		}
	}
	p.Aerobic = append(p.Aerobic, AerobicEntry{Day: day, Minutes: minutes})
	return nil
}

// AerobicMinutes sums the minutes logged on the calendar days from from's up to, not including,
// to's (both in their own location's calendar).
func (p Profile) AerobicMinutes(from, to time.Time) int {
	lo, hi := from.Format(DateLayout), to.Format(DateLayout)
	n := 0
	for _, e := range p.Aerobic {
		if e.Day >= lo && e.Day < hi {
			n += e.Minutes
		}
	}
	return n
}
