package progress

import (
	"fmt"
	"strconv"
	"strings"

	"upright/exercises"
	"upright/ui/kit"

	"upright/progress"
)

// testsSection lists each check-up test: the latest result against the person's own first one
// (the comparison that matters most), then against the published norms, each saying whether it
// is only approximate.
func (p progressModel) testsSection(width int) []string {
	s := p.env.Styles
	d := p.data
	out := []string{s.Subtitle.Render("Check-up tests: latest against your first")}
	if len(d.tests) == 0 {
		return append(out, textLines(s.Muted, "No check-up tests yet.", width)...)
	}
	for _, c := range d.tests {
		line := fmt.Sprintf("%s: %s", c.Name, c.Latest.Text())
		if c.Count > 1 {
			change := "no change"
			if c.Change != 0 {
				change = "worse"
				if c.Better {
					change = "better"
				}
			}
			line += fmt.Sprintf(" (first %s, %s)", c.First.Text(), change)
		} else {
			line += " (your first result)"
		}
		out = append(out, textLines(s.Text, line, width)...)
		if e, ok := exercises.Lookup(c.ExerciseID); ok {
			who := d.who
			if reading := progress.TestReading(e, c.Latest.Value, who.AgeBand, who.Sex); reading != "" {
				for _, l := range kit.Wrap(reading, max(width-2, 1)) {
					out = append(out, s.Warn.Render("  "+l))
				}
			}
		}
		for _, n := range c.Norms {
			norm := fmt.Sprintf("  %s: %s %s%s (%s)", n.Reading, num(n.Norm.Value), n.Norm.Unit, normWho(n.Norm), n.Norm.Source)
			if n.Norm.Approximate != "" {
				norm += " — approximate: " + n.Norm.Approximate
			}
			out = append(out, textLines(s.Muted, norm, width)...)
		}
	}
	return out
}

// num is a result as people read it: one decimal at most ("5.7", "11").
func num(v float64) string { return strings.TrimSuffix(strconv.FormatFloat(v, 'f', 1, 64), ".0") }

// normWho says whom a norm row describes, so two rows of one test (two age bands that overlap
// the person's, or both sexes) read apart.
func normWho(n exercises.Norm) string {
	who := ""
	if n.AgeLo > 0 || n.AgeHi > 0 {
		who = fmt.Sprintf(", age %d–%d", n.AgeLo, n.AgeHi)
	}
	if n.Sex != "" {
		who += ", " + n.Sex
	}
	return who
}
