package progress

import (
	"testing"
	"time"

	"upright/exercises"
	"upright/session/record"
)

// A fall, a loss of balance or dizziness recorded during the last session holds back balance and
// leg progressions; a caution flag does not.
func TestSuggestHoldsBackBalanceAfterAnUnsteadySession(t *testing.T) {
	t0 := at(t, "2026-11-02T15:00:00Z")
	now := t0.Add(10 * 24 * time.Hour)
	routine := exercises.Routine{Items: []exercises.Item{item(t, "single-leg-stand", exercises.Dose{Sets: 2, Hold: 10 * time.Second})}}
	stand := func(day int) record.Record {
		return rec(t0.Add(time.Duration(day)*24*time.Hour), ex("single-leg-stand", hold(10), hold(10)))
	}
	for _, c := range []struct {
		kind     string
		progress bool
	}{{record.FlagFall, false}, {record.FlagBalanceLoss, false}, {record.FlagDizziness, false}, {record.FlagCaution, true}} {
		last := with(stand(1), func(r *record.Record) { r.Flags = []record.Flag{{Kind: c.kind}} })
		got := Suggest([]record.Record{stand(0), last}, routine, now, nil)
		if (len(got) == 1 && got[0].Kind == SuggestAddTime) != c.progress || len(got) > 1 {
			t.Errorf("a %s flag in the last session: %+v, want progress %v", c.kind, got, c.progress)
		}
	}
}

// Days are compared across a new year: a streak over New Year's Eve is one streak.
func TestStreakAcrossNewYear(t *testing.T) {
	day := func(y int, m time.Month, d int) record.Record {
		return rec(time.Date(y, m, d, 10, 0, 0, 0, est), ex("plank", hold(10)))
	}
	recs := []record.Record{day(2027, 1, 1), day(2026, 12, 30), day(2026, 12, 31), day(2026, 12, 20)}
	cur, best := Streaks(recs, time.Date(2027, 1, 1, 18, 0, 0, 0, est), est)
	if cur != 3 || best != 3 {
		t.Errorf("Streaks = %d, %d; want 3, 3", cur, best)
	}
	if got := Filter(recs, time.Date(2026, 12, 31, 0, 0, 0, 0, est), time.Time{}); len(got) != 2 {
		t.Errorf("sessions from New Year's Eve: %d, want 2", len(got))
	}
}
