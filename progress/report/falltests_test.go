package report

import (
	"strings"
	"testing"
	"time"

	"upright/exercises"
	"upright/session/record"
)

func TestReportShowsCheckupTestsAgainstFirstResultAndNorms(t *testing.T) {
	in := reportInput(t)
	in.AgeBand, in.Sex = "70-74", exercises.SexFemale
	checkup := func(start time.Time, stages, stands int, tug float64) record.Record {
		return rec(start,
			ex(exercises.FourStageTestID, record.SetResult{Measure: "staged-holds", TargetSeconds: 10, TargetReps: 4, Reps: stages, FailedStageSeconds: 3.5}),
			ex(exercises.ChairStandTestID, record.SetResult{Measure: "timed-reps", TargetSeconds: 30, HeldSeconds: 30, Reps: stands}),
			ex(exercises.TUGTestID, record.SetResult{Measure: "stopwatch", TargetSeconds: 60, HeldSeconds: tug}))
	}
	// The first check-up lies before the report's period: it is still the baseline.
	in.Records = append(in.Records, checkup(in.Now.Add(-60*24*time.Hour), 2, 8, 13.5), checkup(in.Now.Add(-3*24*time.Hour), 3, 11, 10.5))
	md := string(Markdown(in))
	for _, want := range []string{
		"## Fall-risk and function tests",
		"| 4-stage balance test | 3 of 4 stances held, the next for 3.5 s | 2 of 4 stances held",
		"| 30-second chair stand | 11 stands | 8 stands | +3 stands (better)",
		"below average under 10 stands, females 70–74",
		"| Timed Up and Go | 10.5 s | 13.5 s | -3 s (better)",
		"balance minutes",
	} {
		if !strings.Contains(md, want) {
			t.Errorf("Markdown lacks %q", want)
		}
	}
	if _, trends, _ := strings.Cut(md, "## Per-exercise trends"); strings.Contains(strings.SplitN(trends, "##", 2)[0], "chair") {
		t.Error("a test is listed among the exercise trends")
	}
	html := string(HTML(in))
	if !strings.Contains(html, `<section id="checkup">`) || !strings.Contains(html, "Timed Up and Go") {
		t.Error("HTML lacks the check-up section")
	}
}

// A test's time is shown to a tenth in HTML and Markdown (the stored 11.993183094 s as 12.0 s),
// read as shown, and its meaning said with its source, as on the result screen.
func TestReportTestTimesToATenthWithTheirReading(t *testing.T) {
	in := reportInput(t)
	in.AgeBand, in.Sex = "70-74", exercises.SexFemale
	in.Records = append(in.Records, rec(in.Now.Add(-24*time.Hour),
		ex(exercises.FourStageTestID, record.SetResult{Measure: "staged-holds", TargetSeconds: 10, TargetReps: 4, Reps: 1, FailedStageSeconds: 4.95}),
		ex(exercises.TUGTestID, record.SetResult{Measure: "stopwatch", TargetSeconds: 60, HeldSeconds: 11.993183094})))
	for format, out := range map[string]string{"Markdown": string(Markdown(in)), "HTML": string(HTML(in))} {
		for _, want := range []string{"12.0 s", "12 s or more means a raised risk of falling", "Not holding the tandem stance for 10 s",
			"1 of 4 stances held, the next for 5.0 s", "Tell your therapist"} {
			if !strings.Contains(out, want) {
				t.Errorf("%s lacks %q", format, want)
			}
		}
		if strings.Contains(out, "11.99") || strings.Contains(out, "not a concern") {
			t.Errorf("%s shows the unrounded time or reads it as not a concern", format)
		}
	}
}

// A change in a count says its noun by exercises.Count: one stance more is "+1 stage".
func TestReportChangeCountsTheirNoun(t *testing.T) {
	for _, c := range []struct {
		v    float64
		u    string
		want string
	}{{1, "stages", "+1 stage"}, {-1, "stands", "-1 stand"}, {-3, "stands", "-3 stands"}, {2, "stages", "+2 stages"}, {0, "stages", "0 stages"}, {-1.6, "s", "-1.6 s"}, {1, "stands", "+1 stand"}} {
		if got := changeText(c.v, c.u); got != c.want {
			t.Errorf("changeText(%v, %q) = %q, want %q", c.v, c.u, got, c.want)
		}
	}
}
