package history

import (
	"fmt"
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"upright/session/record"
	"upright/ui/kit"
	"upright/ui/kit/kittest"
	"upright/ui/nav"
)

func TestMain(m *testing.M) { kittest.Main(m) }

var (
	t0       = kittest.T0
	keyEnter = kittest.KeyEnter
	runes    = kittest.Runes
)

// harness drives the history screen alone.
type harness struct{ *kittest.Harness }

func (h harness) m() historyModel { return h.Screen.(historyModel) }

// openHistory opens history on store's sessions at now.
func openHistory(t *testing.T, store *kittest.FakeStore, now time.Time) harness {
	h := harness{kittest.NewHarness(t, store).At(now)}
	h.Open(func(e *kit.Env) (kit.Screen, tea.Cmd) { return Open(e, nav.History{}) })
	return h
}

// manySessions is n sessions a day apart, newest first, ending at t0.
func manySessions(n int) []record.Record {
	out := make([]record.Record, n)
	for i := range out {
		start := t0.AddDate(0, 0, -i)
		out[i] = record.Record{Version: record.RecordVersion, ID: fmt.Sprintf("m%04d", i), Profile: "default",
			Routine: record.RoutineRef{ID: "core", Name: "Core"}, StartedAt: start, EndedAt: start.Add(10 * time.Minute),
			Status: record.StatusCompleted, Flags: []record.Flag{}}
	}
	return out
}

func TestHistoryPagesInsteadOfLoadingEverything(t *testing.T) {
	h := openHistory(t, &kittest.FakeStore{Recs: manySessions(1000)}, t0)
	if got := len(h.m().records); got != historyPage {
		t.Fatalf("opening history loaded %d sessions, want one page of %d", got, historyPage)
	}
	if len(h.Store.Pages()) != 1 || !h.Store.Pages()[0].IsZero() {
		t.Fatalf("first read bounds %v, want one unbounded read", h.Store.Pages())
	}
	// Moving down to just before the prefetch point asks for nothing more.
	for range historyPage - historyPrefetch - 1 {
		h.Send(runes("j"))
	}
	if len(h.Store.Pages()) != 1 {
		t.Fatalf("a second page was read with the cursor at %d of %d", h.m().cursor, historyPage)
	}
	h.Send(runes("j"))
	if len(h.Store.Pages()) != 2 {
		t.Fatalf("cursor at %d of %d: %d reads, want the second page", h.m().cursor, historyPage, len(h.Store.Pages()))
	}
	want := h.Store.Recs[historyPage-1].StartedAt
	if !h.Store.Pages()[1].Equal(want) {
		t.Errorf("second page read before %v, want before the oldest listed, %v", h.Store.Pages()[1], want)
	}
	recs := h.m().records
	if len(recs) != 2*historyPage || recs[historyPage].ID != "m0050" {
		t.Fatalf("after two pages: %d sessions, [50] = %s; want 100 and m0050", len(recs), recs[historyPage].ID)
	}
	if h.Store.Paged > 2*historyPage {
		t.Errorf("the store handed out %d sessions for two pages", h.Store.Paged)
	}
}

func TestHistoryStopsPagingAtTheEnd(t *testing.T) {
	h := openHistory(t, &kittest.FakeStore{Recs: manySessions(historyPage + 5)}, t0)
	for range historyPage + 20 {
		h.Send(tea.KeyMsg{Type: tea.KeyDown})
	}
	if got := len(h.m().records); got != historyPage+5 {
		t.Fatalf("listed %d, want all %d", got, historyPage+5)
	}
	if h.m().more || len(h.Store.Pages()) != 2 {
		t.Errorf("more = %v after %d reads; a short page is the last", h.m().more, len(h.Store.Pages()))
	}
	if c := h.m().cursor; c != historyPage+4 {
		t.Errorf("cursor %d, want the last row %d", c, historyPage+4)
	}
	// A repeated answer for a page already listed is dropped, not appended twice.
	h.Send(historyPageMsg{before: time.Time{}, records: h.Store.Recs[:3], full: false})
	if got := len(h.m().records); got != historyPage+5 {
		t.Errorf("a stale page changed the list to %d sessions", got)
	}
}

func TestHistoryDetailOpensAndReturnsToTheSameRow(t *testing.T) {
	h := openHistory(t, &kittest.FakeStore{Recs: kittest.FixtureRecords()}, kittest.FixtureNow)
	h.Send(runes("j"), keyEnter)
	if h.m().detail == nil {
		t.Fatal("enter did not open the detail")
	}
	view := h.Screen.View(80, 23)
	for _, want := range []string{"Legs · Fri 27 Nov 2026 08:30", "Pain 6/10 (+2)", "sharp pain", "pain-rise", "stopped for pain"} {
		if !strings.Contains(view, want) {
			t.Errorf("detail lacks %q:\n%s", want, view)
		}
	}
	h.Send(tea.KeyMsg{Type: tea.KeyEsc})
	if h.LastNav() != nil || h.m().detail != nil || h.m().cursor != 1 {
		t.Errorf("esc: left for %v, detail open %v, cursor %d; want the list at row 1", h.LastNav(), h.m().detail != nil, h.m().cursor)
	}
}

func TestHistoryDetailCleansTheNote(t *testing.T) {
	h := openHistory(t, &kittest.FakeStore{Recs: kittest.FixtureRecords()}, kittest.FixtureNow)
	h.Send(keyEnter)
	view := h.Screen.View(80, 23)
	if strings.Contains(view, "\x1b") || !strings.Contains(view, "Note: felt steady today") {
		t.Errorf("the note is not shown cleaned:\n%q", view)
	}
}
