package profile

import (
	"strings"
	"testing"
	"time"
)

// Logging adds to the day's minutes within 1–600 a day, and the week sums the days in range.
func TestLogAerobic(t *testing.T) {
	mon := time.Date(2026, 11, 30, 18, 0, 0, 0, time.UTC)
	var p Profile
	steps := []struct {
		at      time.Time
		minutes int
		err     string
	}{
		{mon, 30, ""},
		{mon.Add(time.Hour), 20, ""},
		{mon.AddDate(0, 0, 2), 45, ""},
		{mon.AddDate(0, 0, 7), 60, ""}, // next Monday
		{mon, 0, "at least 1"},
		{mon, 551, "at most 600"},
		{mon, 550, ""},
	}
	for _, s := range steps {
		err := p.LogAerobic(s.at, s.minutes)
		if (err == nil) != (s.err == "") || err != nil && !strings.Contains(err.Error(), s.err) {
			t.Errorf("LogAerobic(%v, %d) = %v, want %q", s.at, s.minutes, err, s.err)
		}
	}
	week := time.Date(2026, 11, 30, 0, 0, 0, 0, time.UTC)
	if got := p.AerobicMinutes(week, week.AddDate(0, 0, 7)); got != 30+20+550+45 {
		t.Errorf("this week: %d minutes, want 645", got)
	}
	if got := p.AerobicMinutes(week.AddDate(0, 0, 7), week.AddDate(0, 0, 14)); got != 60 {
		t.Errorf("next week: %d minutes, want 60", got)
	}
	if len(p.Aerobic) != 3 {
		t.Errorf("entries %+v, want one a day", p.Aerobic)
	}
}
