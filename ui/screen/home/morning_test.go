package home

import (
	"testing"
	"time"

	"upright/session/record"
	"upright/ui/kit"
)

// The morning-after question is asked only on a later calendar day than the last session, in the
// person's own time zone (issue 18).
func TestMorningAfterOnlyOnALaterDay(t *testing.T) {
	ny := time.FixedZone("New York", -5*3600)
	at := func(s string) time.Time {
		v, err := time.Parse(time.RFC3339, s)
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	for _, c := range []struct {
		last, now string
		loc       *time.Location
		want      bool
	}{
		{"2026-11-29T08:00:00Z", "2026-11-29T20:00:00Z", time.UTC, false}, // the same morning
		{"2026-11-28T23:30:00Z", "2026-11-29T00:10:00Z", time.UTC, true},  // past midnight
		{"2026-11-29T23:30:00Z", "2026-11-30T03:00:00Z", ny, false},       // a new day in UTC, not in New York
		{"2026-11-29T04:00:00Z", "2026-11-29T06:00:00Z", ny, true},        // the other way round
	} {
		now := at(c.now)
		rec := record.Record{StartedAt: at(c.last)}
		h := homeModel{env: &kit.Env{Now: func() time.Time { return now }, Loc: c.loc}, last: &rec}
		if got := h.askMorning(); got != c.want {
			t.Errorf("last %s, now %s in %v: ask %v, want %v", c.last, c.now, c.loc, got, c.want)
		}
	}
	if (homeModel{env: &kit.Env{Now: time.Now}}).askMorning() {
		t.Error("asked about the morning after with no session at all")
	}
}
