package session

import (
	"strings"
	"testing"
	"time"

	"upright/session/record"
)

// The pain-monitoring model as a table: check-in pain and a report during a hold → whether the
// exercise stops, the flag, and what the person is told.
func TestPainMonitoringModel(t *testing.T) {
	cases := []struct {
		name          string
		checkin, pain int
		sharp         bool
		stops         bool
		flag          string
		reason        string
	}{
		{"no rise", 3, 3, false, false, "", ""},
		{"lower than check-in", 3, 1, false, false, "", ""},
		{"small rise is normal effort", 0, 1, false, false, "", NormalEffortNote},
		{"small rise at the ceiling", 4, 5, false, false, "", NormalEffortNote},
		{"rise of 2 stops", 0, 2, false, true, record.FlagPainRise, PainRiseReason},
		{"6 to 7 is above the ceiling", 6, 7, false, true, record.FlagPainRise, PainCeilingReason},
		{"above the ceiling without a rise", 6, 6, false, true, record.FlagPainRise, PainCeilingReason},
		{"sharp pain stops at any level", 2, 2, true, true, record.FlagSharpPain, SharpPainReason},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			s := New(NewPlan(routine(0, 0, item(plank, dose{Sets: 2, Hold: 30 * time.Second}))),
				Meta{ID: "p", Checkin: record.Checkin{Pain: c.checkin}}, t0)
			mustOK(t, "start", s.Start(t0))
			r := mustOK(t, "pain", s.ReportPain(at(5), c.pain, c.sharp))
			stopped := hasEvent(r.Events, EventExerciseStopped)
			rec := s.Record()
			flag := ""
			if len(rec.Flags) > 0 {
				flag = rec.Flags[0].Kind
			}
			if stopped != c.stops || flag != c.flag || r.Reason != c.reason {
				t.Fatalf("stopped %v flag %q reason %q; want %v %q %q", stopped, flag, r.Reason, c.stops, c.flag, c.reason)
			}
			if !c.sharp && strings.Contains(strings.ToLower(r.Reason), "soon") {
				t.Fatalf("a pain rise without sharp pain says %q", r.Reason)
			}
		})
	}
}

// The check-out's pain against the check-in, by the same model: a small rise is effort, a rise
// of 2 or pain above 5 says rest, no rise says nothing.
func TestCheckoutPainNote(t *testing.T) {
	cases := []struct {
		checkin, checkout int
		want              string
	}{
		{0, 0, ""}, {3, 1, ""}, {6, 6, ""},
		{0, 1, AfterEffortNote}, {4, 5, AfterEffortNote},
		{0, 2, AfterRiseNote}, {5, 6, AfterRiseNote}, {3, 9, AfterRiseNote},
	}
	for _, c := range cases {
		r := record.Record{Checkin: record.Checkin{Pain: c.checkin}, Checkout: &record.Checkout{Pain: c.checkout}}
		if got := CheckoutPainNote(r); got != c.want {
			t.Errorf("%d → %d: %q, want %q", c.checkin, c.checkout, got, c.want)
		}
	}
	if got := CheckoutPainNote(record.Record{Checkin: record.Checkin{Pain: 2}}); got != "" {
		t.Errorf("no check-out: %q", got)
	}
}

// Pain is read on the 0–10 scale, both ends included; anything outside is refused.
func TestReportPainTakesTheWholeScale(t *testing.T) {
	r := routine(0, 30*time.Second, item(plank, dose{Sets: 1, Hold: 10 * time.Second}))
	for _, c := range []struct {
		pain int
		ok   bool
	}{{-1, false}, {0, true}, {10, true}, {11, false}} {
		s := start(r)
		s.Start(t0)
		if got := s.ReportPain(at(2), c.pain, false); got.OK != c.ok {
			t.Errorf("pain %d: OK %v (%q), want %v", c.pain, got.OK, got.Reason, c.ok)
		}
	}
}
