package session

import (
	"testing"
	"time"
	"upright/session/record"
)

func TestStoppedRecord(t *testing.T) {
	rec := StoppedRecord(NewPlan(twoExercises()), Meta{ID: "x", Checkin: record.Checkin{RedFlags: []string{"chest-pain"}}}, at(30))
	if rec.Status != record.StatusStopped || !rec.EndedAt.Equal(at(30)) || rec.SetsDone() != 0 {
		t.Fatalf("record = %+v", rec)
	}
	if len(rec.Flags) != 1 || rec.Flags[0].Kind != record.FlagRedFlag || rec.Flags[0].Detail != "Chest pain or pressure" {
		t.Fatalf("flags = %+v", rec.Flags)
	}
}

func TestNextChange(t *testing.T) {
	s := start(routine(5*time.Second, 30*time.Second, item(plank, dose{Sets: 2, Hold: 15 * time.Second})))
	s.Start(t0)
	cases := []struct{ now, want float64 }{
		{0, 1}, {0.3, 1}, {1, 2}, {4.99, 5}, // get-ready: whole seconds up to the deadline at 5
		{5, 6}, {12.2, 12.5}, {12.5, 13}, {19.9, 20}, // hold: 15 s, halfway at 12.5 s is a cue
	}
	for _, c := range cases {
		s.Tick(at(c.now))
		if got := s.NextChange(at(c.now)); !got.Equal(at(c.want)) {
			t.Errorf("NextChange(%vs) = %vs, want %vs", c.now, got.Sub(t0).Seconds(), c.want)
		}
	}
	s.Pause(at(20))
	if !s.NextChange(at(21)).IsZero() {
		t.Fatal("paused: want zero")
	}
}
