package progress

import (
	"testing"

	"upright/session/profile"
)

// A week meets its targets when every area reached its days: exactly the target is enough, one
// day short in any single area is not.
func TestWeekCountMetAtTheTargets(t *testing.T) {
	target := profile.WeeklyTargets{StrengthDays: 2, BalanceDays: 5, PostureDays: 4, StretchDays: 3}
	exact := WeekCount{StrengthDays: 2, BalanceDays: 5, PostureDays: 4, StretchDays: 3}
	if !exact.Met(target) {
		t.Error("a week at exactly every target is not met")
	}
	more := WeekCount{StrengthDays: 3, BalanceDays: 6, PostureDays: 5, StretchDays: 4}
	if !more.Met(target) {
		t.Error("a week above every target is not met")
	}
	short := map[string]WeekCount{
		"strength": {StrengthDays: 1, BalanceDays: 5, PostureDays: 4, StretchDays: 3},
		"balance":  {StrengthDays: 2, BalanceDays: 4, PostureDays: 4, StretchDays: 3},
		"posture":  {StrengthDays: 2, BalanceDays: 5, PostureDays: 3, StretchDays: 3},
		"stretch":  {StrengthDays: 2, BalanceDays: 5, PostureDays: 4, StretchDays: 2},
	}
	for area, w := range short {
		if w.Met(target) {
			t.Errorf("a week one %s day short is met", area)
		}
	}
	if !(WeekCount{}).Met(profile.WeeklyTargets{}) {
		t.Error("a week with no targets is not met")
	}
}
