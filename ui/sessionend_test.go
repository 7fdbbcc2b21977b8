package ui

import (
	"slices"
	"strings"
	"testing"
	"time"

	"upright/session/record"
)

// markSharpPainOnThePlank answers the check-out of the tiny routine: effort 6, pain as before,
// yes to "did any exercise…" (y answers at once), sharp pain on the plank (the first row), and a note. The clock
// moves on between the answers, as a person takes their time.
func markSharpPainOnThePlank(h *harness) {
	h.t.Helper()
	for _, k := range []any{runes("6"), keyEnter, keyEnter, runes("y"), runes("1"), keyEnter} {
		h.clock.Advance(10 * time.Second)
		h.send(k)
	}
	h.send(runes("hurt at the hip"))
}

// The check-out's answers reach the stored record through the real screens: the session screen
// ends its engine with them, the root saves what it is handed, and the flag is in the store.
func TestSharpPainAtCheckoutIsFlaggedInTheStoredRecord(t *testing.T) {
	h := tinyAtCheckout(t)
	doneAt := h.clock.Now()
	markSharpPainOnThePlank(h)
	h.send(keyEnter)
	if h.screen() != screenSummary {
		t.Fatalf("after the note: screen %v, want the summary", h.screen())
	}
	_, fin := h.store.Snapshot()
	if len(fin) != 1 {
		t.Fatalf("%d sessions stored, want 1", len(fin))
	}
	rec := fin[0]
	i := slices.IndexFunc(rec.Flags, func(f record.Flag) bool { return f.Kind == record.FlagSharpPain })
	if i < 0 || rec.Flags[i].Exercise != "plank" {
		t.Fatalf("stored flags %+v, want sharp pain on the plank", rec.Flags)
	}
	if co := rec.Checkout; co == nil || co.Effort != 6 || len(co.Reports) != 1 || !co.Reports[0].SharpPain ||
		co.Note != "hurt at the hip" {
		t.Errorf("stored check-out %+v, want effort 6, the plank's sharp pain and the note", rec.Checkout)
	}
	// The session ended when its last rep did, not when the questions were answered.
	if !rec.EndedAt.Equal(doneAt) || !rec.Flags[i].At.Equal(doneAt) {
		t.Errorf("ended %v, flagged at %v; want both at the last rep, %v", rec.EndedAt, rec.Flags[i].At, doneAt)
	}
	if h.m.Unsaved() != nil {
		t.Error("the root still holds the record the store confirmed")
	}
	if v := viewText(h); !strings.Contains(v, "Flag: sharp pain reported at check-out") {
		t.Errorf("the summary does not show the flag:\n%s", v)
	}
}

// A program stopped during the check-out keeps the answers given so far: the root asks the
// session screen to end, and main saves what the root holds.
func TestStopDuringCheckoutKeepsTheAnswers(t *testing.T) {
	h := tinyAtCheckout(t)
	markSharpPainOnThePlank(h)
	h.send(keyCtrlC)
	rec := h.m.Unsaved()
	if rec == nil || !h.m.Interrupted() {
		t.Fatalf("ctrl+c in the check-out: unsaved %v, interrupted %v", rec, h.m.Interrupted())
	}
	if !slices.ContainsFunc(rec.Flags, func(f record.Flag) bool { return f.Kind == record.FlagSharpPain }) ||
		rec.Status != record.StatusCompleted {
		t.Errorf("kept record: status %q, flags %+v; want completed with the sharp pain", rec.Status, rec.Flags)
	}
}
