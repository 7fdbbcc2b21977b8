package progress

import (
	"testing"
	"time"

	"upright/session/record"
)

// The period's summary counts each outcome apart: completed, partial, interrupted and stopped at
// check-in, and leaves out checkpoints of sessions still running.
func TestSummarizeCountsEachOutcome(t *testing.T) {
	t0 := time.Date(2026, 11, 2, 9, 0, 0, 0, time.UTC)
	status := func(h int, st string) record.Record {
		return with(rec(t0.Add(time.Duration(h)*time.Hour), ex("plank", hold(10))), func(r *record.Record) { r.Status = st })
	}
	s := Summarize([]record.Record{
		status(0, record.StatusCompleted), status(1, record.StatusPartial), status(2, record.StatusInterrupted),
		status(3, record.StatusInterrupted), status(4, record.StatusStopped), status(5, record.StatusInProgress),
	})
	if s.Sessions != 5 || s.Completed != 1 || s.Partial != 1 || s.Interrupted != 2 || s.Stopped != 1 {
		t.Errorf("Summarize = %+v; want 5 sessions: 1 completed, 1 partial, 2 interrupted, 1 stopped", s)
	}
}
