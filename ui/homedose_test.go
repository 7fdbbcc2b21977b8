package ui

import (
	"strings"
	"testing"

	sessionprofile "upright/session/profile"
)

// Home shows the strength days beside the balance minutes, against the strength days of the
// person's weekly targets (2 by default): ann's Friday plank, two sets, is one strength day.
func TestHomeShowsStrengthDaysBesideBalanceMinutes(t *testing.T) {
	for _, c := range []struct {
		name    string
		targets *sessionprofile.WeeklyTargets
		want    string
	}{
		{"default goal", nil, "Balance this week: 0 of 120 minutes · strength: 1 of 2 days"},
		{"therapist's goal", &sessionprofile.WeeklyTargets{StrengthDays: 3}, "Balance this week: 0 of 120 minutes · strength: 1 of 3 days"},
	} {
		t.Run(c.name, func(t *testing.T) {
			h := twoProfiles(t, func(o *Options) { o.ProfileData.Targets = c.targets })
			if v := oneLine(viewText(h)); !strings.Contains(v, c.want) {
				t.Errorf("home lacks %q:\n%s", c.want, viewText(h))
			}
		})
	}
}
