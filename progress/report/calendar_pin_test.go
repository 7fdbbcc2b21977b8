package report

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"upright/progress"
)

// The calendar is a column per week, a month named over the first week starting in it, Monday at the top, 14-unit cells 3 apart; a day's colour
// deepens with its sessions up to three, days to come are outlined, and each cell's title says
// what was done.
func TestCalendarSVGCells(t *testing.T) {
	mon := time.Date(2026, 11, 23, 0, 0, 0, 0, est)
	var rows [][7]progress.Day
	for w := range 3 {
		var row [7]progress.Day
		for i := range row {
			row[i] = progress.Day{Date: mon.AddDate(0, 0, 7*w+i)}
		}
		rows = append(rows, row)
	}
	rows[0][0].Sessions, rows[0][0].Areas = 1, progress.AreaStrength|progress.AreaBalance
	rows[0][1].Sessions = 2
	rows[0][2].Sessions = 3
	rows[0][3].Sessions = 7
	rows[1][6].Future = true
	var b bytes.Buffer
	calendarSVG(&b, rows, est)
	out := b.String()
	for _, want := range []string{
		`viewBox="0 0 97 135" width="145.5" height="202.5"`,
		`aria-label="Sessions per day, last 3 weeks"`,
		`<text x="0" y="26.0" font-size="9">Mon</text>`,
		`<text x="0" y="60.0" font-size="9">Wed</text>`,
		`<text x="0" y="128.0" font-size="9">Sun</text>`,
		`<text x="34.0" y="10" font-size="9">Nov</text>`,
		`<text x="68.0" y="10" font-size="9">Dec</text>`,
		`<rect x="34.0" y="16.0" width="14" height="14" rx="2" fill="#9be9a8"><title>2026-11-23: 1 session, strength+balance</title></rect>`,
		`<rect x="34.0" y="33.0" width="14" height="14" rx="2" fill="#40c463"><title>2026-11-24: 2 sessions, none</title></rect>`,
		`<rect x="34.0" y="50.0" width="14" height="14" rx="2" fill="#216e39">`,
		`<rect x="34.0" y="67.0" width="14" height="14" rx="2" fill="#216e39"><title>2026-11-26: 7 sessions`,
		`<rect x="34.0" y="84.0" width="14" height="14" rx="2" fill="#ebedf0"><title>2026-11-27: 0 sessions</title></rect>`,
		`<rect x="51.0" y="118.0" width="14" height="14" rx="2" fill="none" stroke="#ccc" stroke-dasharray="2 2"><title>2026-12-06: to come</title></rect>`,
	} {
		if !strings.Contains(out, want) {
			t.Errorf("no %s in:\n%s", want, out)
		}
	}
	if strings.Count(out, "<rect") != 21 || strings.Count(out, ">Nov<") != 1 {
		t.Errorf("want 21 cells and one month label per month:\n%s", out)
	}
}
