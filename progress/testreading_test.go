package progress

import (
	"strings"
	"testing"

	"upright/exercises"
	"upright/session/record"
)

// What a test result means (issue 12 walk): the thresholds the brief names flag a result, calmly,
// with the source by name and "tell your therapist"; a result on the right side says nothing.
func TestTestReading(t *testing.T) {
	look := func(id string) exercises.Exercise { e, _ := exercises.Lookup(id); return e }
	cases := []struct {
		id        string
		value     float64
		age, sex  string
		want, not string // want "" means no reading at all
	}{
		{exercises.FourStageTestID, 1, "70-79", exercises.SexFemale, "Not holding the tandem stance for 10 s means a raised risk of falling. Source: CDC STEADI.", ""},
		{exercises.FourStageTestID, 2, "70-79", "", "tandem stance", ""},
		{exercises.FourStageTestID, 2, "", "", "tandem stance", ""}, // STEADI's threshold holds without an age band
		{exercises.FourStageTestID, 3, "70-79", "", "", ""},
		{exercises.TUGTestID, 12, "70-79", "", "12 s or more means a raised risk of falling. Source: CDC STEADI.", "Below average"},
		{exercises.TUGTestID, 11.96, "70-79", "", "12 s or more", ""}, // read as shown: 12.0 s
		{exercises.TUGTestID, 11.94, "70-79", "", "", ""},
		{exercises.TUGTestID, 14, "", "", "raised risk of falling", ""},
		{exercises.ChairStandTestID, 9, "70-74", exercises.SexFemale, "Below average for women aged 70–74: under 10 stands. Source: Rikli & Jones, Senior Fitness Test via CDC STEADI.", "for men"},
		{exercises.ChairStandTestID, 10, "70-74", exercises.SexFemale, "", ""},
		// Two bands of one threshold are said once, over both.
		{exercises.ChairStandTestID, 8, "70-79", exercises.SexFemale, "Below average for women aged 70–79: under 10 stands.", "75–79"},
		{exercises.ChairStandTestID, 9, "75-84", exercises.SexFemale, "Below average for women aged 75–79: under 10 stands.", "80–84"}, // different thresholds stay apart
		{exercises.ChairStandTestID, 11, "70-74", exercises.SexMale, "Below average for men aged 70–74: under 12 stands", ""},
		{exercises.ChairStandTestID, 11, "70-74", "", "Below average for men aged 70–74", "women"}, // sex not given: the row that flags is named
		{exercises.ChairStandTestID, 5, "", exercises.SexFemale, "", ""},                           // rows by age need an age band
		{exercises.StanceTestID, 4.4, "70-79", "", "Under 5 s is a concern for balance", ""},
		{exercises.StanceTestID, 17, "70-79", "", "", ""},
	}
	for _, c := range cases {
		got := TestReading(look(c.id), c.value, c.age, c.sex)
		switch {
		case c.want == "" && got != "":
			t.Errorf("%s %v (%q %q): %q, want no reading", c.id, c.value, c.age, c.sex, got)
		case c.want != "" && (!strings.Contains(got, c.want) || !strings.HasSuffix(got, "Tell your therapist; no single test is read alone.")):
			t.Errorf("%s %v (%q %q): %q, want %q and the therapist line", c.id, c.value, c.age, c.sex, got, c.want)
		case c.not != "" && strings.Contains(got, c.not):
			t.Errorf("%s %v (%q %q): %q says %q", c.id, c.value, c.age, c.sex, got, c.not)
		}
	}
	// One set of each test is read by its measure; an exercise's set never is.
	if got := SetReading(look(exercises.TUGTestID), record.SetResult{HeldSeconds: 13, TargetSeconds: 60, Measure: "stopwatch"}, "", ""); !strings.Contains(got, "12 s or more") {
		t.Errorf("TUG set: %q", got)
	}
	if got := SetReading(look(exercises.FourStageTestID), record.SetResult{Reps: 1, TargetReps: 4, Measure: "staged-holds"}, "", ""); !strings.Contains(got, "tandem") {
		t.Errorf("4-stage set: %q", got)
	}
	if got := SetReading(look(exercises.ChairStandTestID), record.SetResult{Reps: 8, TargetSeconds: 30, Measure: "timed-reps"}, "70-79", exercises.SexFemale); !strings.Contains(got, "Below average") {
		t.Errorf("chair-stand set: %q", got)
	}
	if got := SetReading(look(exercises.TUGTestID), record.SetResult{HeldSeconds: 13, Skipped: true}, "", ""); got != "" {
		t.Errorf("a skipped set is read: %q", got)
	}
}

// A reading is of the number shown: a Timed Up and Go stored as 11.993 s is shown as 12.0 s and
// read against the 12 s threshold as 12.0, not as "not a concern".
func TestReadIsOfTheShownValue(t *testing.T) {
	tug, _ := exercises.Lookup(exercises.TUGTestID)
	if got := Read(tug.Norms[0], 11.993183094, true); got != ReadingConcern {
		t.Errorf("11.993 s against 12 s from: %q, want %q", got, ReadingConcern)
	}
}
