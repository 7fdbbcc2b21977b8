package record

import (
	"testing"
	"time"
)

// The sets done are the sets not skipped, an ended-early set included: the history screen's
// "done" count.
func TestSetsDoneCountsEverySetNotSkipped(t *testing.T) {
	r := sample("ann", "a1", t0, "core")
	r.Exercises[0].Sets[1].Skipped = true
	if got := r.SetsDone(); got != 3 {
		t.Errorf("SetsDone = %d, want 3 (one plank set, both heel-raise sides)", got)
	}
	if got := (Record{}).SetsDone(); got != 0 {
		t.Errorf("an empty record: %d done", got)
	}
}

// A session's length is from its start to its end; a session never ended, or a clock that went
// back, lasts nothing rather than a negative or enormous time.
func TestDuration(t *testing.T) {
	cases := []struct {
		name       string
		start, end time.Time
		want       time.Duration
	}{
		{"fourteen minutes", t0, t0.Add(14 * time.Minute), 14 * time.Minute},
		{"ended as it began", t0, t0, 0},
		{"never ended", t0, time.Time{}, 0},
		{"the clock went back", t0, t0.Add(-time.Minute), 0},
	}
	for _, c := range cases {
		if got := (Record{StartedAt: c.start, EndedAt: c.end}).Duration(); got != c.want {
			t.Errorf("%s: %v, want %v", c.name, got, c.want)
		}
	}
}

// A session that recorded more sets than it planned (an older plan, an added side) counts what
// it did; one that reached fewer counts what it planned.
func TestSetsPlannedNeverBelowWhatWasRecorded(t *testing.T) {
	r := sample("ann", "a1", t0, "my-routine")
	r.PlannedSets = 3
	if got := r.SetsPlanned(); got != 4 {
		t.Errorf("3 planned, 4 recorded: %d", got)
	}
	r.PlannedSets = 9
	if got := r.SetsPlanned(); got != 9 {
		t.Errorf("9 planned, 4 recorded: %d", got)
	}
	r.Status = StatusStopped
	if got := r.SetsPlanned(); got != 4 {
		t.Errorf("stopped at check-in with 4 recorded: %d planned", got)
	}
}
