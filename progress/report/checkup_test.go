package report

import (
	"math/rand/v2"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"upright/progress"
	"upright/session/profile"
	"upright/session/record"
)

// person is a patient with everything the intake records.
func person(t *testing.T) *profile.Profile {
	return &profile.Profile{
		Name: "ann", AgeBand: "70-79",
		Readiness:  &profile.Readiness{AnsweredAt: at(t, "2026-11-04T15:00:00Z"), Yes: []string{"bone-joint", "bp-medication"}},
		Prescribed: []string{"core"}, TherapistNotes: "Keep the <plank> short & \"easy\"",
		DoseOverrides: map[string]profile.DoseOverride{"plank": {Sets: 3, HoldSeconds: 20}},
		Intake: &profile.Intake{RecordedAt: at(t, "2026-11-04T15:00:00Z"), MedicalHistory: "Osteoporosis since 2019\nhypertension",
			SurgeriesInjuries: "wrist fracture 2021", Medications: "alendronate", SpineFracture: true, SpineFractureWhen: "T8, 2024",
			MovementNotes: "limited thoracic extension", StanceLeft: 12, StanceRight: 4, FallsLastYear: 2, Allowed: []string{"bicycle-crunch"}},
		Program: &profile.Program{Start: "2026-11-04", Weeks: 12, LastCheckup: "2026-11-04", NextCheckup: "2026-12-16"},
	}
}

// TestReportIntake: what the intake recorded, the program, the prescription and the readiness
// answers all reach both reports.
func TestReportIntake(t *testing.T) {
	in := reportInput(t)
	in.Person = person(t)
	html, mdOut := string(HTML(in)), string(Markdown(in))
	for _, want := range []string{
		"Osteoporosis since 2019\nhypertension", "wrist fracture 2021", "alendronate",
		"yes (T8, 2024); floor and loaded core exercises only with the therapist&#39;s go-ahead",
		"limited thoracic extension", "left 12.0 s, right 4.0 s (under 5 s: balance-challenge exercises locked)",
		"<th>Falls in the last year</th><td class=\"note\">2</td>", "Bicycle crunch",
		"from 2026-11-04, week 6 of 12", "2026-12-16", "plank 3x20s", "Keep the &lt;plank&gt; short &amp; &#34;easy&#34;",
		"Answered 2026-11-04.", "<th>In the last 12 months, have you had a bone, joint or soft-tissue problem that being more active could make worse?</th><td class=\"note\">yes</td>",
		"<th>Has a doctor ever said you have a heart condition or high blood pressure?</th><td class=\"note\">no</td>",
	} {
		if !strings.Contains(html, want) {
			t.Errorf("HTML lacks %q", want)
		}
	}
	for _, want := range []string{
		"| Medical history | Osteoporosis since 2019 hypertension |",
		"| Do you take prescribed medicine for a long-term condition, such as blood pressure or heart medicine? | yes |",
		`| Therapist's notes | Keep the \<plank> short \& "easy" |`,
	} {
		if !strings.Contains(mdOut, want) {
			t.Errorf("Markdown lacks %q", want)
		}
	}
	// An intake stored before the intake refused it: the allowed Bosu squat its fall locks.
	in.Person.Intake.Allowed = append(in.Person.Intake.Allowed, "bosu-squat")
	if out := string(Markdown(in)); !strings.Contains(out, "Bicycle crunch, Bosu ball squat (still locked: a fall in the last year") {
		t.Errorf("the report lists a locked allowed exercise as allowed:\n%s", out)
	}
	in.Person.Readiness = nil
	if out := string(HTML(in)); !strings.Contains(out, "<h3>Readiness questions</h3>\n<p>Not answered yet.</p>") {
		t.Error("unanswered readiness is not said")
	}
	in.Person = nil
	if out := string(Markdown(in)); !strings.Contains(out, "## Intake and prescription\n\nNo intake recorded.") {
		t.Error("a report without a person does not say there is no intake")
	}
}

// TestReportAdherenceFromProgramStart: weeks count from the program's first day, not from 12
// weeks back; sessions before it count toward no week; the overall figure leaves out the week not
// over yet.
func TestReportAdherenceFromProgramStart(t *testing.T) {
	now := at(t, "2026-11-20T17:00:00Z")   // Friday
	start := at(t, "2026-11-04T17:00:00Z") // Wednesday, the program's first day
	var recs []record.Record
	for i := -10; i <= 16; i += 2 { // every other day, ten days of them before the program
		recs = append(recs, rec(start.AddDate(0, 0, i), ex("plank", hold(10), hold(10)), ex("single-leg-stand", hold(10))))
	}
	p := person(t)
	in := Input{Profile: "ann", Now: now, Loc: est, Records: recs, Person: p,
		Targets: profile.WeeklyTargets{StrengthDays: 2, BalanceDays: 4, PostureDays: 0, StretchDays: 0}}
	out := string(HTML(in))
	// Week 1 (Nov 4–10): the 4th, 6th, 8th, 10th: strength 2 of 2, balance 4 of 4. Week 2: the
	// 12th, 14th, 16th: strength 2, balance 3 of 4. Week 3 (from the 18th) has the 18th and 20th.
	for _, want := range []string{
		"Adherence since the program&#39;s start on 2026-11-04: 92% of the weekly targets (11 of 12 training days over 2 complete weeks).",
		"<td>week 1, from 2026-11-04</td><td class=\"n\">4</td>",
		"<td>week 3, from 2026-11-18</td><td class=\"n\">2</td><td class=\"n\">2</td><td class=\"n\">2</td><td class=\"n\">0</td><td class=\"n\">0</td><td class=\"n\">67% so far</td>",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("report lacks %q", want)
		}
	}
	if strings.Contains(out, "2026-10-28") || strings.Contains(out, "week 0") {
		t.Error("the adherence table has a week before the program")
	}
	// The calendar starts at the Monday of the program's first week: three rows, not twelve.
	if n := strings.Count(out, "<rect x=\"34.0\""); n != 7 {
		t.Errorf("calendar's first column has %d days, want 7", n)
	}
	if !strings.Contains(out, "Sessions per day, last 3 weeks") {
		t.Error("the calendar does not start with the program's first week")
	}
}

// TestReportSetTotalsAddUp: the sets table's rows add up to its total, which is the period's
// sets done and planned.
func TestReportSetTotalsAddUp(t *testing.T) {
	out := string(Markdown(reportInput(t)))
	m := regexp.MustCompile(`\| Sets done / planned \| (\d+) / (\d+) \|`).FindStringSubmatch(out)
	if m == nil || !strings.Contains(out, "| **Total** | **"+m[2]+"** | **"+m[1]+"** |") {
		t.Errorf("the period's %v does not match the sets table's total", m)
	}
	sum := 0
	for _, row := range regexp.MustCompile(`(?m)^\| [^*|][^|]* \| (\d+) \| \d+ \| \d+ \| \d+ \|$`).FindAllStringSubmatch(out, -1) {
		n, _ := strconv.Atoi(row[1])
		sum += n
	}
	if want := m[2]; want != strconv.Itoa(sum) {
		t.Errorf("rows sum to %d planned, total says %s", sum, want)
	}
}

// TestReportPainLeavesOutSessionsWithoutSets: a session stopped at check-in with pain 9, or left
// before its first set, does not move the pain means or the trend.
func TestReportPainLeavesOutSessionsWithoutSets(t *testing.T) {
	now := at(t, "2026-12-10T17:00:00Z")
	var recs []record.Record
	for i := range 4 {
		recs = append(recs, with(rec(now.AddDate(0, 0, -7*i), ex("plank", hold(10))), func(r *record.Record) {
			r.Checkin.Pain, r.Checkout.Pain = 2+i, 3+i // older weeks hurt more
		}))
	}
	recs = append(recs,
		with(rec(now.Add(-time.Hour)), func(r *record.Record) { r.Status, r.Checkout, r.Checkin.Pain = record.StatusStopped, nil, 9 }),
		with(rec(now.Add(-2*time.Hour), ex("plank", skipped(hold(10)))), func(r *record.Record) { r.Checkin.Pain, r.Checkout.Pain = 9, 9 }))
	in := Input{Profile: "p", Since: now.AddDate(0, 0, -22), Now: now, Loc: est, Records: recs}
	if html := string(HTML(in)); strings.Contains(html, ": 9</title>") || strings.Count(html, "<title>before ") != 4 {
		t.Errorf("the pain chart plots sessions without a set:\n%s", regexp.MustCompile(`<title>before [^<]*`).FindAllString(html, -1))
	}
	out := string(Markdown(in))
	for _, want := range []string{
		"Pain before sessions: 4.5 in the first 2 weeks with exercise, 2.5 in the last 2 weeks (lower). After sessions: 5.5, then 3.5 (lower).",
		"| week 4, from 2026-12-09 | 1 | 2 | 3 | 3 | 5 | 1 |", // the stopped session is flagged; neither it nor the all-skipped one is averaged
		"| 2026-12-10 10:00 | Core | completed, no set done | 0 / 15 | 9 | 9 | 5 |",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("report lacks %q", want)
		}
	}
}

// TestReportLongPeriod: 10,000 sessions four hours apart (four and a half years) give a report of
// modest size: weeks summarised in blocks, the last weeks' sessions in full, charts by week.
func TestReportLongPeriod(t *testing.T) {
	now := at(t, "2026-11-29T23:00:00Z")
	recs := make([]record.Record, 10_000)
	for i := range recs {
		recs[i] = with(rec(now.Add(-time.Duration(i)*4*time.Hour), ex("plank", hold(float64(10+i%7))), ex(progress.StanceTestID, sided("left", 8), sided("right", 9))),
			func(r *record.Record) { r.Checkin.Pain, r.Checkout.Pain, r.Checkout.Effort = 2+i%3, 1+i%3, 4+i%4 })
	}
	in := Input{Profile: "p", Now: now, Loc: est, Records: recs, AgeBand: "70-79"}
	html, mdOut := HTML(in), Markdown(in)
	if len(html) > 200_000 || len(mdOut) > 60_000 {
		t.Errorf("HTML %d bytes, Markdown %d bytes; want under 200,000 and 60,000", len(html), len(mdOut))
	}
	out := string(html)
	if n := strings.Count(out, "<tr>"); n > 300 {
		t.Errorf("%d table rows", n)
	}
	if n := strings.Count(out, "<circle"); n > 400 {
		t.Errorf("%d chart points", n)
	}
	// The last four weeks in full, the fourth just begun: 3 × 7 days × 6 sessions, and 5.
	if n := strings.Count(string(mdOut), "| completed |"); n != 131 {
		t.Errorf("%d sessions listed in full, want the last four weeks' 131", n)
	}
	for _, want := range []string{"weeks 1–13, ", "week 237, from", "by week (mean)", "tests in between, shown in the chart"} {
		if !strings.Contains(out, want) {
			t.Errorf("report lacks %q", want)
		}
	}
	checkSVG(t, out, 6) // calendar, pain, effort, plank with its figure, stance
	checkBalance(t, out)
}

// TestChartLabelsRounded: axis labels and point titles carry at most one decimal, whatever the
// means are (2/3, 8/11).
func TestChartLabelsRounded(t *testing.T) {
	now := at(t, "2026-12-10T17:00:00Z")
	var recs []record.Record
	for i := range 400 {
		recs = append(recs, with(rec(now.Add(-time.Duration(i)*7*time.Hour), ex("plank", hold(10+float64(i%3)/3))),
			func(r *record.Record) { r.Checkin.Pain, r.Checkout.Pain = i%3, (i*5)%11/3 }))
	}
	out := string(HTML(Input{Profile: "p", Now: now, Loc: est, Records: recs}))
	svg := strings.Join(regexp.MustCompile(`(?s)<svg.*?</svg>`).FindAllString(out, -1), "")
	texts := regexp.MustCompile(`<(?:text|title)[^>]*>([^<]*)<`).FindAllStringSubmatch(svg, -1)
	if len(texts) < 50 {
		t.Fatalf("only %d labels", len(texts))
	}
	long := regexp.MustCompile(`\d\.\d\d`)
	for _, m := range texts {
		if long.MatchString(m[1]) {
			t.Errorf("label %q has more than one decimal", m[1])
		}
	}
}

func TestTickLabel(t *testing.T) {
	for _, tt := range []struct {
		v, step float64
		want    string
	}{{0.30000000000000004, 0.1, "0.3"}, {0.6000000000000001, 0.2, "0.6"}, {10, 2, "10"}, {0.7272727272727273, 0.2, "0.7"}, {15, 5, "15"}} {
		if got := tickLabel(tt.v, tt.step); got != tt.want {
			t.Errorf("tickLabel(%v, %v) = %q, want %q", tt.v, tt.step, got, tt.want)
		}
	}
}

// TestReportFunctionTests: the stance test is shown from the intake's baseline, against the first
// result and the published norm, as a table and a chart with the norm as a line.
func TestReportFunctionTests(t *testing.T) {
	in := reportInput(t)
	in.Person = person(t) // baseline left 12 s, right 4 s at the intake
	out := string(HTML(in))
	for _, want := range []string{
		"<tr><td>intake 2026-11-04</td><td class=\"n\">12.0 s</td><td class=\"n\">4.0 s</td><td class=\"n\">first</td><td class=\"n\">first</td><td><span class=\"concern\">yes</span></td></tr>",
		"<td class=\"n\">4.0 s</td><td class=\"n\">9.0 s</td><td class=\"n\">-8.0 s</td><td class=\"n\">+5.0 s</td>", // the first test of the period against the intake
		"<text x=\"378.0\" y=\"15\" font-size=\"10\">norm 70–79</text>",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("report lacks %q", want)
		}
	}
	if !strings.Contains(string(Markdown(in)), "| intake 2026-11-04 | 12.0 s | 4.0 s | first | first | **yes** |") {
		t.Error("Markdown lacks the intake's baseline")
	}
}

// TestReportFutureSessions: sessions dated after now (a clock set back) and a period starting
// after now give a report, not a panic.
func TestReportFutureSessions(t *testing.T) {
	now := at(t, "2026-12-10T17:00:00Z")
	for _, since := range []time.Time{{}, now.AddDate(0, 0, 1)} {
		in := Input{Profile: "p", Now: now, Since: since, Loc: est, Person: person(t),
			Records: []record.Record{rec(now.AddDate(0, 0, 2), ex("plank", hold(10))), rec(now.AddDate(0, -3, 0), ex("plank", hold(10)))}}
		out := string(HTML(in))
		checkBalance(t, out)
		if !strings.Contains(out, "<section id=\"pain\">") || len(Markdown(in)) == 0 {
			t.Errorf("since %v: no pain section", since)
		}
	}
}

// TestReportNeverPanics: random histories, periods and profiles always give a well-formed report.
func TestReportNeverPanics(t *testing.T) {
	rnd := rand.New(rand.NewPCG(19, 5))
	now := at(t, "2026-12-10T17:00:00Z")
	when := func() time.Time { return now.Add(time.Duration(rnd.IntN(2*800*24)-800*24) * time.Hour) }
	statuses := []string{record.StatusCompleted, record.StatusPartial, record.StatusInterrupted, record.StatusStopped, record.StatusInProgress}
	for i := range 150 {
		var recs []record.Record
		for range rnd.IntN(120) {
			sets := []record.SetResult{hold(float64(rnd.IntN(40))), reps(10, rnd.IntN(12))}
			if rnd.IntN(4) == 0 {
				sets[0] = skipped(sets[0])
			}
			r := rec(when(), ex("plank", sets[0]), ex("heel-raise", sets[1]), ex(progress.StanceTestID, sided("left", float64(rnd.IntN(30)))))
			r.Status, r.Demo = statuses[rnd.IntN(len(statuses))], rnd.IntN(10) == 0
			r.Checkin.Pain, r.PlannedSets = rnd.IntN(11), rnd.IntN(20)
			if rnd.IntN(3) == 0 {
				r.Checkout = nil
			}
			recs = append(recs, r)
		}
		in := Input{Profile: "p", Now: now, Loc: est, Records: recs, AgeBand: []string{"", "70-79", "x", "95"}[i%4]}
		if rnd.IntN(2) == 0 {
			in.Since = when()
		}
		if rnd.IntN(3) == 0 {
			in.Until = when()
		}
		if rnd.IntN(2) == 0 {
			in.Person = person(t)
			in.Person.Program.Start = day(when(), est)
		}
		out := string(HTML(in))
		if err := balance(out); err != nil {
			t.Fatalf("case %d: %v", i, err)
		}
		_ = Markdown(in)
	}
}
