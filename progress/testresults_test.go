package progress

import (
	"testing"
	"time"

	"upright/exercises"
	"upright/session/profile"
	"upright/session/record"
)

func checkup(start time.Time, stages, stands int, tug float64) record.Record {
	r := rec(start,
		ex(exercises.FourStageTestID, record.SetResult{Measure: "staged-holds", TargetSeconds: 10, TargetReps: 4, Reps: stages, FailedStageSeconds: 4}),
		ex(exercises.ChairStandTestID, record.SetResult{Measure: "timed-reps", TargetSeconds: 30, HeldSeconds: 30, Reps: stands}),
		ex(exercises.TUGTestID, record.SetResult{Measure: "stopwatch", TargetSeconds: 60, HeldSeconds: tug}),
	)
	r.Routine = record.RoutineRef{ID: exercises.CheckupRoutineID, Name: "Check-up tests"}
	return r
}

func TestCompareTestsWithFirstResultAndNorms(t *testing.T) {
	t0 := at(t, "2026-10-01T15:00:00Z")
	recs := []record.Record{
		checkup(t0.Add(8*7*24*time.Hour), 3, 11, 10.5),
		checkup(t0, 2, 8, 13.5),
	}
	who := profile.Profile{AgeBand: "70-74", Sex: exercises.SexFemale}
	got := CompareTests(recs, who)
	if len(got) != 3 {
		t.Fatalf("%d comparisons, want the three tests: %+v", len(got), got)
	}
	want := []struct {
		id            string
		first, latest float64
		better        bool
		readings      []Reading
	}{
		{exercises.FourStageTestID, 2, 3, true, []Reading{ReadingNoConcern}},
		{exercises.ChairStandTestID, 8, 11, true, []Reading{ReadingAverage}},
		{exercises.TUGTestID, 13.5, 10.5, true, []Reading{ReadingNoConcern, ReadingBelowMean}},
	}
	for i, w := range want {
		c := got[i]
		if c.ExerciseID != w.id || c.First.Value != w.first || c.Latest.Value != w.latest || c.Better != w.better || c.Count != 2 {
			t.Errorf("%s: %+v", w.id, c)
		}
		if len(c.Norms) != len(w.readings) {
			t.Errorf("%s: norms %+v, want %d", w.id, c.Norms, len(w.readings))
			continue
		}
		for j, r := range w.readings {
			if c.Norms[j].Reading != r {
				t.Errorf("%s norm %d %+v: %q, want %q", w.id, j, c.Norms[j].Norm, c.Norms[j].Reading, r)
			}
		}
	}
	if got[0].Latest.FailedStageSeconds != 4 || got[0].Latest.Unit != "stages" || got[1].Latest.Unit != "stands" {
		t.Errorf("units or failed stance: %+v %+v", got[0].Latest, got[1].Latest)
	}
	// A first result under the thresholds reads as a concern.
	first := CompareTests(recs[1:], who)
	if first[0].Norms[0].Reading != ReadingConcern || first[2].Norms[0].Reading != ReadingConcern || first[1].Norms[0].Reading != ReadingBelowAverage {
		t.Errorf("first check-up readings: %+v", first)
	}
}

func TestCheckupDue(t *testing.T) {
	now := time.Date(2026, 12, 10, 10, 0, 0, 0, time.UTC)
	week := 7 * 24 * time.Hour
	planned := func(next string) profile.Profile {
		return profile.Profile{Program: &profile.Program{Start: "2026-09-01", Weeks: 12, NextCheckup: next}}
	}
	cases := []struct {
		name string
		who  profile.Profile
		recs []record.Record
		due  bool
	}{
		{"no baseline", profile.Profile{}, nil, true},
		{"tests last week", profile.Profile{}, []record.Record{checkup(now.Add(-week), 4, 12, 9)}, false},
		{"tests 8 weeks ago", profile.Profile{}, []record.Record{checkup(now.Add(-8*week), 4, 12, 9)}, true},
		{"planned check-up today, tests before it", planned("2026-12-10"), []record.Record{checkup(now.Add(-week), 4, 12, 9)}, true},
		{"planned check-up passed, tested since", planned("2026-12-08"), []record.Record{checkup(now.Add(-24*time.Hour), 4, 12, 9)}, false},
		{"planned check-up ahead", planned("2026-12-20"), []record.Record{checkup(now.Add(-week), 4, 12, 9)}, false},
		{"other sessions are not check-ups", profile.Profile{}, []record.Record{rec(now.Add(-week), ex("plank", hold(10)))}, true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			due, why := CheckupDue(c.who, c.recs, now)
			if due != c.due || (due && why == "") {
				t.Fatalf("due %v (%q), want %v", due, why, c.due)
			}
		})
	}
}
