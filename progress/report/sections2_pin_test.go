package report

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"upright/progress"
	"upright/session/record"
)

// A chart over several days labels its first day under the left edge and its last under the
// right edge.
func TestLineChartDayLabels(t *testing.T) {
	t0 := at(t, "2026-12-01T15:00:00Z")
	var b bytes.Buffer
	lineChart(&b, "x", "s", 0, est, series{name: "x", color: "#000", points: []progress.Point{{At: t0, Value: 1}, {At: t0.Add(96 * time.Hour), Value: 2}}})
	for _, want := range []string{
		`<text x="44.0" y="192.0" font-size="10">2026-12-01</text>`,
		`<text x="628.0" y="192.0" font-size="10" text-anchor="end">2026-12-05</text>`,
	} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("no %s in:\n%s", want, b.String())
		}
	}
}

// Sections a report leaves out when there is nothing for them: the age band without one, the
// notes of other sessions without notes, the "not reached" row when every planned set was
// reached; and an empty period starts at "the first session".
func TestReportLeavesOutWhatIsNotThere(t *testing.T) {
	now := at(t, "2026-12-10T17:00:00Z")
	in := Input{Profile: "p", Now: now, Loc: est, Records: []record.Record{rec(now.Add(-24*time.Hour), ex("plank", hold(10)))}}
	in.Records[0].PlannedSets = 1
	html, md := string(HTML(in)), string(Markdown(in))
	for _, absent := range []string{" · age band:", "Notes of other sessions", "Not reached"} {
		if strings.Contains(html, absent) {
			t.Errorf("HTML shows %q", absent)
		}
	}
	for _, absent := range []string{"Age band", "Notes of other sessions", "Not reached"} {
		if strings.Contains(md, absent) {
			t.Errorf("Markdown shows %q", absent)
		}
	}
	in.AgeBand = "70-79"
	in.Records[0].Checkout.Note = "knees fine"
	in.Records = append(in.Records, with(rec(now.Add(-48*time.Hour), ex("plank", hold(10))), func(r *record.Record) { r.PlannedSets = 3 }))
	html, md = string(HTML(in)), string(Markdown(in))
	for _, want := range []string{" · age band: 70-79", "<h3>Notes of other sessions</h3>", "<tr><td>Not reached (sessions ended early)</td><td class=\"n\">2</td>"} {
		if !strings.Contains(html, want) {
			t.Errorf("HTML lacks %q", want)
		}
	}
	for _, want := range []string{"Age band: 70-79", "### Notes of other sessions", "| Not reached (sessions ended early) | 2 |"} {
		if !strings.Contains(md, want) {
			t.Errorf("Markdown lacks %q", want)
		}
	}
	if from, _ := buildReport(Input{Profile: "p", Now: now, Loc: est}).periodText(); from != "the first session" {
		t.Errorf("an empty report starts at %q", from)
	}
}

// With more stance tests than the table shows, a row after the first says how many lie between.
func TestStanceTableSaysHowManyAreBetween(t *testing.T) {
	now := at(t, "2026-12-10T17:00:00Z")
	var recs []record.Record
	for i := range recentTests + 3 {
		recs = append(recs, rec(now.Add(-time.Duration(30-i)*24*time.Hour), ex(progress.StanceTestID, sided("left", 10), sided("right", 12))))
	}
	in := Input{Profile: "p", Now: now, Loc: est, Records: recs}
	html, md := string(HTML(in)), string(Markdown(in))
	if !strings.Contains(html, "<tr><td colspan=\"6\" class=\"muted\">2 tests in between, shown in the chart</td></tr>") || strings.Count(html, "in between, shown") != 1 {
		t.Errorf("HTML stance table does not say once that 2 tests lie between")
	}
	if !strings.Contains(md, "| (2 tests in between) | | | | | |") || strings.Count(md, "in between)") != 1 {
		t.Errorf("Markdown stance table does not say once that 2 tests lie between")
	}
	in.Records = recs[:3]
	if html := string(HTML(in)); strings.Contains(html, "in between") {
		t.Error("three tests: a row says some lie between")
	}
}

// Exercise trends are listed by name.
func TestTrendsInNameOrder(t *testing.T) {
	now := at(t, "2026-12-10T17:00:00Z")
	in := Input{Profile: "p", Now: now, Loc: est, Records: []record.Record{
		rec(now.Add(-48*time.Hour), ex("wall-sit", hold(20)), ex("heel-raise", reps(10, 10)), ex("plank", hold(10))),
	}}
	d := buildReport(in)
	var names []string
	for _, tr := range d.trends {
		names = append(names, tr.name)
	}
	if len(names) != 3 || !(names[0] < names[1] && names[1] < names[2]) {
		t.Errorf("trends %q, want three in name order", names)
	}
}
