package progress

import (
	"testing"
	"time"

	"upright/session/record"
)

func TestChronologicalSortsFiltersAndSparesTheSortedCase(t *testing.T) {
	t0 := time.Date(2026, 11, 2, 9, 0, 0, 0, time.UTC)
	a, b, c := rec(t0), rec(t0.Add(time.Hour)), rec(t0.Add(2*time.Hour))
	demo := rec(t0.Add(30 * time.Minute))
	demo.Demo = true
	got := Chronological([]record.Record{c, demo, b, a}) // newest first, as the store lists them
	if len(got) != 3 || !got[0].StartedAt.Equal(a.StartedAt) || !got[2].StartedAt.Equal(c.StartedAt) {
		t.Fatalf("Chronological: %v", got)
	}
	// Already chronological: the same slice comes back, so passing it on costs nothing.
	if again := Chronological(got); &again[0] != &got[0] {
		t.Error("an already chronological list was copied again")
	}
	// And the analytics agree whichever order they are given.
	if x, y := Summarize(got), Summarize([]record.Record{c, demo, b, a}); x != y {
		t.Errorf("Summarize differs by input order: %+v vs %+v", x, y)
	}
}
