package report

import (
	"bytes"
	"fmt"
	"strings"

	"upright/exercises"
	"upright/progress"
	"upright/session/profile"
)

// checkupRow is one fall-risk or function test in the report: its latest result, the person's
// first result (the main comparison) and the norms for their age band and sex.
type checkupRow struct {
	name, latest, first, change, norms string
}

// checkupRows compares the tests done up to the report's end; the single-leg stance test has its
// own section.
func (d reportData) checkupRows() []checkupRow {
	who := profile.Profile{AgeBand: d.in.AgeBand, Sex: d.in.Sex}
	var rows []checkupRow
	for _, c := range progress.CompareTests(d.upToEnd, who) {
		if c.ExerciseID == progress.StanceTestID {
			continue
		}
		row := checkupRow{name: c.Name, latest: c.Latest.Text(), first: c.First.Text(), change: "first result"}
		if c.Count > 1 {
			word := "worse"
			if c.Better {
				word = "better"
			} else if c.Change == 0 {
				word = "the same"
			}
			row.change = changeText(c.Change, c.Latest.Unit) + " (" + word + ")"
		}
		var parts []string
		for _, n := range c.Norms {
			parts = append(parts, normText(n))
		}
		row.norms = strings.Join(parts, "; ")
		if row.norms == "" {
			row.norms = "no published norm for this age band"
		}
		e, _ := exercises.Lookup(c.ExerciseID)
		if reading := progress.TestReading(e, c.Latest.Value, who.AgeBand, who.Sex); reading != "" {
			row.norms += ". " + reading
		}
		rows = append(rows, row)
	}
	return rows
}

func unit(u string) string {
	if u == "s" {
		return " s"
	}
	return " " + u
}

func signed1(v float64) string {
	if v > 0 {
		return "+" + num(v)
	}
	return num(v)
}

// changeText is a change in a test's unit, a count with its noun (exercises.Count): "+1 stage",
// "-3 stands", "-1.6 s".
func changeText(v float64, u string) string {
	one := map[string]string{"stages": "stage", "stands": "stand"}[u]
	if one == "" || v != float64(int(v)) {
		return signed1(v) + unit(u)
	}
	sign, n := "+", int(v)
	if n < 0 {
		sign, n = "-", -n
	} else if n == 0 {
		sign = ""
	}
	return sign + exercises.Count(n, one, u)
}

// normText spells one norm reading: "below average under 10 stands, females 70–74 (source):
// average or better".
func normText(n progress.NormReading) string {
	who := "ages"
	if n.Norm.Sex != exercises.SexAny {
		who = n.Norm.Sex + "s"
	}
	var what string
	switch n.Norm.Kind {
	case exercises.NormMean:
		what = "mean " + num(n.Norm.Value) + unit(n.Norm.Unit)
	case exercises.NormBelowAverageUnder:
		what = "below average under " + num(n.Norm.Value) + unit(n.Norm.Unit)
	case exercises.NormConcernUnder:
		what = "a concern under " + num(n.Norm.Value) + unit(n.Norm.Unit)
	case exercises.NormConcernFrom:
		what = "a concern from " + num(n.Norm.Value) + unit(n.Norm.Unit)
	}
	s := fmt.Sprintf("%s, %s %d–%d (%s): %s", what, who, n.Norm.AgeLo, n.Norm.AgeHi, n.Norm.Source, n.Reading)
	if n.Norm.Approximate != "" {
		s += ", approximate: " + n.Norm.Approximate
	}
	return s
}

// doseLine is this week's balance time and strength days against their goals.
func (d reportData) doseLine() string {
	w := progress.DoseOf(progress.Weeks(d.upToEnd, d.end, d.loc, 1)[0], d.in.Targets)
	aerobic := ""
	if d.in.Person != nil {
		if l := progress.AerobicLine(*d.in.Person, d.end.In(d.loc)); l != "" {
			aerobic = " " + l + " (logged by the person)."
		}
	}
	return fmt.Sprintf("This week: %.0f of %d balance minutes; %d of %d days reached the strength goal (%d sets of one exercise).",
		w.BalanceMinutes, progress.BalanceGoalMinutes, w.StrengthDays, w.StrengthGoal, progress.StrengthGoalSets) + aerobic
}

const checkupIntro = "Each test is compared first with the person's own first result; norms are a second, rougher guide, and no test is read alone."

func (d reportData) checkupHTML(b *bytes.Buffer) {
	b.WriteString("<section id=\"checkup\">\n<h2>Fall-risk and function tests</h2>\n")
	b.WriteString("<p>" + esc(d.doseLine()) + "</p>\n")
	rows := d.checkupRows()
	if len(rows) == 0 {
		b.WriteString("<p>No check-up tests yet.</p>\n</section>\n")
		return
	}
	b.WriteString("<p>" + esc(checkupIntro) + "</p>\n<table>\n<tr><th>Test</th><th>Latest</th><th>First</th><th>Change</th><th>Norms</th></tr>\n")
	for _, r := range rows {
		fmt.Fprintf(b, "<tr><td>%s</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>\n",
			esc(r.name), esc(r.latest), esc(r.first), esc(r.change), esc(r.norms))
	}
	b.WriteString("</table>\n</section>\n")
}

func (d reportData) checkupMD(b *bytes.Buffer) {
	b.WriteString("\n## Fall-risk and function tests\n\n" + md(d.doseLine()) + "\n\n")
	rows := d.checkupRows()
	if len(rows) == 0 {
		b.WriteString("No check-up tests yet.\n")
		return
	}
	b.WriteString(md(checkupIntro) + "\n\n| Test | Latest | First | Change | Norms |\n|---|---|---|---|---|\n")
	for _, r := range rows {
		fmt.Fprintf(b, "| %s | %s | %s | %s | %s |\n", md(r.name), md(r.latest), md(r.first), md(r.change), md(r.norms))
	}
}
