package report

import (
	"strings"
	"testing"
	"time"

	"upright/exercises"
	"upright/progress"
	"upright/session/profile"
	"upright/session/record"
)

// A norm reading names the norm, whom it is for, its source and what the result means, and
// says when the comparison is only approximate.
func TestNormText(t *testing.T) {
	for _, c := range []struct {
		n    progress.NormReading
		want string
	}{
		{progress.NormReading{Norm: exercises.Norm{Source: "S", AgeLo: 70, AgeHi: 79, Kind: exercises.NormMean, Value: 14.2, Unit: "s"}, Reading: progress.ReadingAboveMean},
			"mean 14.2 s, ages 70–79 (S): better than the mean"},
		{progress.NormReading{Norm: exercises.Norm{Source: "S", AgeLo: 70, AgeHi: 74, Sex: exercises.SexFemale, Kind: exercises.NormBelowAverageUnder, Value: 10, Unit: "stands"}, Reading: progress.ReadingAverage},
			"below average under 10 stands, females 70–74 (S): average or better"},
		{progress.NormReading{Norm: exercises.Norm{Source: "S", AgeLo: 65, AgeHi: 99, Kind: exercises.NormConcernUnder, Value: 4, Unit: "stages", Approximate: "in shoes"}, Reading: progress.ReadingConcern},
			"a concern under 4 stages, ages 65–99 (S): a concern, approximate: in shoes"},
		{progress.NormReading{Norm: exercises.Norm{Source: "S", AgeLo: 65, AgeHi: 99, Sex: exercises.SexMale, Kind: exercises.NormConcernFrom, Value: 12, Unit: "s"}, Reading: progress.ReadingNoConcern},
			"a concern from 12 s, males 65–99 (S): not a concern"},
	} {
		if got := normText(c.n); got != c.want {
			t.Errorf("normText = %q\nwant %q", got, c.want)
		}
	}
}

// Each check-up test's change from the first result is signed, in its unit, and read as better,
// worse or the same; a single result is the first result, and an age band no norm covers says
// so.
func TestCheckupRowsChangeWords(t *testing.T) {
	t0 := time.Date(2026, 11, 2, 10, 0, 0, 0, est)
	tug := func(at time.Time, secs float64) record.Record {
		return rec(at, ex(exercises.TUGTestID, record.SetResult{Measure: "stopwatch", TargetSeconds: 60, HeldSeconds: secs}))
	}
	for _, c := range []struct {
		name   string
		recs   []record.Record
		change string
	}{
		{"one result", []record.Record{tug(t0, 12)}, "first result"},
		{"faster", []record.Record{tug(t0, 12), tug(t0.AddDate(0, 0, 7), 10.5)}, "-1.5 s (better)"},
		{"slower", []record.Record{tug(t0, 12), tug(t0.AddDate(0, 0, 7), 14)}, "+2 s (worse)"},
		{"the same", []record.Record{tug(t0, 12), tug(t0.AddDate(0, 0, 7), 12)}, "0 s (the same)"},
	} {
		d := reportData{in: Input{AgeBand: "30"}, loc: est, upToEnd: c.recs}
		rows := d.checkupRows()
		if len(rows) != 1 || rows[0].change != c.change || rows[0].norms != "no published norm for this age band" {
			t.Errorf("%s: rows %+v; want one row with change %q and no norm", c.name, rows, c.change)
		}
	}
}

// The stance paragraph gives the published means for the person's age band, or says why it
// cannot.
func TestNormsText(t *testing.T) {
	if got := (reportData{}).normsText(); !strings.HasPrefix(got, "No age band is set") {
		t.Errorf("no age band: %q", got)
	}
	if got := (reportData{ageKnown: true}).normsText(); !strings.HasPrefix(got, "No published norms cover this age band") {
		t.Errorf("no norms: %q", got)
	}
	d := reportData{ageKnown: true, norms: []progress.Norm{{Band: "70–79", MeanSeconds: 14.2, Source: "B"}, {Band: "80–99", MeanSeconds: 6, Source: "B", Approximate: "in shoes"}}}
	want := "Published mean, eyes open: 14.2 s for 70–79 (B); 6.0 s for 80–99 (B). The comparison is approximate: in shoes. Under 5 s is a common concern threshold."
	if got := d.normsText(); got != want {
		t.Errorf("normsText = %q\nwant %q", got, want)
	}
}

// The adherence sentence counts from the program's start when there is one, and says when no
// week is over yet.
func TestAdherenceText(t *testing.T) {
	d := reportData{loc: est}
	if got := d.adherenceText(); got != "No week since the period's start is over yet." {
		t.Errorf("adherenceText = %q", got)
	}
	d.programStart = time.Date(2026, 11, 4, 0, 0, 0, 0, est)
	d.overallOK, d.overall = true, progress.Span{Weeks: 1, Met: 5, Wanted: 8}
	if got, want := d.adherenceText(), "Adherence since the program's start on 2026-11-04: 63% of the weekly targets (5 of 8 training days over 1 complete week)."; got != want {
		t.Errorf("adherenceText = %q\nwant %q", got, want)
	}
}

// The intake's program line gives the week of the program at the report's end, or its length
// before it starts; falls are counted or "none recorded".
func TestIntakeRowsProgramAndFalls(t *testing.T) {
	p := &profile.Profile{Intake: &profile.Intake{}, Program: &profile.Program{Start: "2026-11-02", Weeks: 10}}
	rowsAt := func(end time.Time) map[string]string {
		rows, ok := reportData{in: Input{Person: p}, loc: est, end: end}.intakeRows()
		if !ok {
			t.Fatal("no intake rows")
		}
		m := map[string]string{}
		for _, r := range rows {
			m[r.k] = r.v
		}
		return m
	}
	m := rowsAt(time.Date(2026, 11, 20, 12, 0, 0, 0, est))
	if m["Program"] != "from 2026-11-02, week 3 of 10" || m["Falls in the last year"] != "none recorded" || m["Intake recorded"] != "–" || m["Spine fracture"] != "no" {
		t.Errorf("rows %v", m)
	}
	p.Intake.FallsLastYear, p.Intake.SpineFracture = 1, true
	m = rowsAt(time.Date(2026, 10, 20, 12, 0, 0, 0, est))
	if m["Program"] != "from 2026-11-02, 10 weeks" || m["Falls in the last year"] != "1" || !strings.HasPrefix(m["Spine fracture"], "yes; floor") {
		t.Errorf("rows %v", m)
	}
}
