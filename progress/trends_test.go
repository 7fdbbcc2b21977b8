package progress

import (
	"testing"
	"time"

	"upright/session/record"
)

func TestExerciseBests(t *testing.T) {
	t0 := at(t, "2026-11-02T15:00:00Z")
	recs := []record.Record{
		rec(t0.Add(48*time.Hour), ex("plank", hold(15), early(hold(15), 12))),
		rec(t0, ex("plank", hold(10), early(hold(10), 7)), ex("chin-tuck", reps(5, 4), reps(5, 5))),
		rec(t0.Add(24*time.Hour), ex("plank", skipped(hold(10)))),
		rec(t0.Add(72*time.Hour), ex("chin-tuck", record.SetResult{TargetSeconds: 5, HeldSeconds: 5, TargetReps: 6, Reps: 6})),
	}
	tests := []struct {
		id   string
		want []Point
	}{
		{"plank", []Point{{t0, 10}, {t0.Add(48 * time.Hour), 15}}},
		{"chin-tuck", []Point{{t0, 5}, {t0.Add(72 * time.Hour), 6}}}, // hold-reps count reps, not seconds
		{"wall-sit", nil},
	}
	for _, tt := range tests {
		got := ExerciseBests(recs, tt.id)
		if len(got) != len(tt.want) {
			t.Errorf("%s: %v, want %v", tt.id, got, tt.want)
			continue
		}
		for i := range got {
			if !got[i].At.Equal(tt.want[i].At) || got[i].Value != tt.want[i].Value {
				t.Errorf("%s point %d = %v, want %v", tt.id, i, got[i], tt.want[i])
			}
		}
	}
	if !RepsMeasured(recs, "chin-tuck") || RepsMeasured(recs, "plank") {
		t.Error("RepsMeasured mixes up reps and seconds")
	}
}

// TestPainAndEffortSeries: the series, and the averages drawn from them, hold the sessions with at
// least one set done, in time order: not one stopped at check-in, nor one quit at its first brief.
func TestPainAndEffortSeries(t *testing.T) {
	t0 := at(t, "2026-11-02T15:00:00Z")
	recs := []record.Record{
		with(rec(t0.Add(time.Hour), ex("plank", hold(10))), func(r *record.Record) { r.Checkin.Pain, r.Checkout.Pain, r.Checkout.Effort = 4, 5, 7 }),
		with(rec(t0, ex("plank", hold(10))), func(r *record.Record) { r.Checkin.Pain, r.Checkout.Pain, r.Checkout.Effort = 3, 3, 4 }),
		with(rec(t0.Add(-time.Hour)), func(r *record.Record) { r.Checkin.Pain, r.Status, r.Checkout = 6, record.StatusStopped, nil }),
		with(rec(t0.Add(2*time.Hour), ex("plank")), func(r *record.Record) { r.Checkin.Pain, r.Status, r.Checkout = 8, record.StatusPartial, nil }),
		with(rec(t0.Add(3*time.Hour), ex("plank", skipped(hold(10)))), func(r *record.Record) { r.Checkin.Pain, r.Checkout.Pain, r.Checkout.Effort = 9, 9, 9 }),
	}
	before, after := PainSeries(recs)
	effort := EffortSeries(recs)
	if len(before) != 2 || before[0].Value != 3 || before[1].Value != 4 {
		t.Errorf("before = %v, want 3 then 4", before)
	}
	if len(after) != 2 || after[1].Value != 5 || !after[1].At.Equal(t0.Add(time.Hour)) {
		t.Errorf("after = %v, want 3, then 5 at the second session", after)
	}
	if len(effort) != 2 || effort[0].Value != 4 || effort[1].Value != 7 {
		t.Errorf("effort = %v, want 4 then 7", effort)
	}
}

func TestFilter(t *testing.T) {
	t0 := at(t, "2026-11-02T15:00:00Z")
	recs := []record.Record{rec(t0.Add(2 * time.Hour)), rec(t0), rec(t0.Add(time.Hour)),
		with(rec(t0), func(r *record.Record) { r.Status = record.StatusInProgress })}
	tests := []struct {
		name         string
		since, until time.Time
		want         []time.Time
	}{
		{"open", time.Time{}, time.Time{}, []time.Time{t0, t0.Add(time.Hour), t0.Add(2 * time.Hour)}},
		{"since is inclusive", t0.Add(time.Hour), time.Time{}, []time.Time{t0.Add(time.Hour), t0.Add(2 * time.Hour)}},
		{"until is exclusive", time.Time{}, t0.Add(time.Hour), []time.Time{t0}},
	}
	for _, tt := range tests {
		got := Filter(recs, tt.since, tt.until)
		if len(got) != len(tt.want) {
			t.Errorf("%s: %d records, want %d", tt.name, len(got), len(tt.want))
			continue
		}
		for i := range got {
			if !got[i].StartedAt.Equal(tt.want[i]) {
				t.Errorf("%s: record %d at %v, want %v", tt.name, i, got[i].StartedAt, tt.want[i])
			}
		}
	}
}

// The catalog's four tests are left out of exercise trends; exercises, and ids the catalog does
// not know (an exercise of a routine file), are not.
func TestIsTestLeavesOnlyTestsOutOfTrends(t *testing.T) {
	for id, want := range map[string]bool{
		"single-leg-stance-test": true, "four-stage-balance-test": true, "chair-stand-30s": true,
		"timed-up-and-go": true, "plank": false, "heel-raise": false, "wall-sit": false, "no-such-card": false,
	} {
		if got := IsTest(id); got != want {
			t.Errorf("IsTest(%q) = %v, want %v", id, got, want)
		}
	}
}
