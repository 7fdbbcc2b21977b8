package ui

import (
	"fmt"
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"upright/progress"
	"upright/session/profile"
	"upright/session/record"
)

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
	h := newHarness(t, func(o *Options) { o.Store.(*fakeStore).sessions = manySessions(1000) })
	h.send(runes("j"), keyEnter)
	if h.m.screen != screenHistory {
		t.Fatalf("screen %d, want history", h.m.screen)
	}
	if got := len(h.m.history.records); got != historyPage {
		t.Fatalf("opening history loaded %d sessions, want one page of %d", got, historyPage)
	}
	if len(h.store.pages) != 1 || !h.store.pages[0].IsZero() {
		t.Fatalf("first read bounds %v, want one unbounded read", h.store.pages)
	}
	// Moving down to just before the prefetch point asks for nothing more.
	for range historyPage - historyPrefetch - 1 {
		h.send(runes("j"))
	}
	if len(h.store.pages) != 1 {
		t.Fatalf("a second page was read with the cursor at %d of %d", h.m.history.cursor, historyPage)
	}
	h.send(runes("j"))
	if len(h.store.pages) != 2 {
		t.Fatalf("cursor at %d of %d: %d reads, want the second page", h.m.history.cursor, historyPage, len(h.store.pages))
	}
	want := h.store.sessions[historyPage-1].StartedAt
	if !h.store.pages[1].Equal(want) {
		t.Errorf("second page read before %v, want before the oldest listed, %v", h.store.pages[1], want)
	}
	recs := h.m.history.records
	if len(recs) != 2*historyPage || recs[historyPage].ID != "m0050" {
		t.Fatalf("after two pages: %d sessions, [50] = %s; want 100 and m0050", len(recs), recs[historyPage].ID)
	}
	if h.store.paged > 2*historyPage {
		t.Errorf("the store handed out %d sessions for two pages", h.store.paged)
	}
}

func TestHistoryStopsPagingAtTheEnd(t *testing.T) {
	h := newHarness(t, func(o *Options) { o.Store.(*fakeStore).sessions = manySessions(historyPage + 5) })
	h.send(runes("j"), keyEnter)
	for range historyPage + 20 {
		h.send(tea.KeyMsg{Type: tea.KeyDown})
	}
	if got := len(h.m.history.records); got != historyPage+5 {
		t.Fatalf("listed %d, want all %d", got, historyPage+5)
	}
	if h.m.history.more || len(h.store.pages) != 2 {
		t.Errorf("more = %v after %d reads; a short page is the last", h.m.history.more, len(h.store.pages))
	}
	if c := h.m.history.cursor; c != historyPage+4 {
		t.Errorf("cursor %d, want the last row %d", c, historyPage+4)
	}
	// A repeated answer for a page already listed is dropped, not appended twice.
	h.deliver(historyPageMsg{before: time.Time{}, records: h.store.sessions[:3], full: false})
	if got := len(h.m.history.records); got != historyPage+5 {
		t.Errorf("a stale page changed the list to %d sessions", got)
	}
}

func TestHistoryDetailOpensAndReturnsToTheSameRow(t *testing.T) {
	h := progressHarness(t, "")
	h.send(runes("j"), keyEnter, runes("j"), keyEnter)
	if h.m.history.detail == nil {
		t.Fatal("enter did not open the detail")
	}
	view := viewAt(h.m, 80, 24)
	for _, want := range []string{"Legs · Fri 27 Nov 2026 08:30", "Pain 6/10 (+2)", "sharp pain", "pain-rise", "stopped for pain"} {
		if !strings.Contains(view, want) {
			t.Errorf("detail lacks %q:\n%s", want, view)
		}
	}
	h.send(tea.KeyMsg{Type: tea.KeyEsc})
	if h.m.screen != screenHistory || h.m.history.detail != nil || h.m.history.cursor != 1 {
		t.Errorf("esc: screen %d, detail open %v, cursor %d; want the list at row 1", h.m.screen, h.m.history.detail != nil, h.m.history.cursor)
	}
}

func TestHistoryDetailCleansTheNote(t *testing.T) {
	h := progressHarness(t, "")
	h.send(runes("j"), keyEnter, keyEnter)
	view := viewAt(h.m, 80, 24)
	if strings.Contains(view, "\x1b") || !strings.Contains(view, "Note: felt steady today") {
		t.Errorf("the note is not shown cleaned:\n%q", view)
	}
}

// openProgress opens the progress screen on the fixture; the home screen's own reads are
// forgotten, so h.store.scans holds the progress screen's alone.
func openProgress(t *testing.T, age string) *harness {
	h := progressHarness(t, age)
	h.send(runes("j"), runes("j"))
	h.store.scans = nil
	h.send(keyEnter)
	if h.m.screen != screenProgress || !h.m.progress.loaded {
		t.Fatalf("screen %d, loaded %v: want the progress screen with its data", h.m.screen, h.m.progress.loaded)
	}
	return h
}

func TestProgressPeriodsReadOnlyWhatTheyAdd(t *testing.T) {
	h := openProgress(t, "")
	if h.m.progress.period != periodThreeMonths || len(h.store.scans) != 1 {
		t.Fatalf("opened on %v with %d scans, want 3 months and one scan", h.m.progress.period, len(h.store.scans))
	}
	first := h.store.scans[0]
	if want := fixtureNow.AddDate(0, -3, 0); !first.Before(want) {
		t.Errorf("3-month scan from %v: it must reach back to the period (%v) and the calendar", first, want)
	}
	sessions3 := h.m.progress.data.summary.Sessions
	// A shorter period is already loaded: nothing is read.
	h.send(runes("1"))
	if h.m.progress.period != periodFourWeeks || len(h.store.scans) != 1 || len(h.store.between) != 0 {
		t.Fatalf("after 1: period %v, %d scans, %d range reads; want nothing read", h.m.progress.period,
			len(h.store.scans), len(h.store.between))
	}
	if got := h.m.progress.data.summary.Sessions; got >= sessions3 || got == 0 {
		t.Errorf("4 weeks has %d sessions, 3 months %d: want fewer, not none", got, sessions3)
	}
	// A longer one reads only the older part.
	h.send(runes("4"))
	if len(h.store.between) != 1 || !h.store.between[0][0].IsZero() || !h.store.between[0][1].Equal(first) {
		t.Fatalf("all time read %v; want one range read from the beginning up to %v", h.store.between, first)
	}
	if h.m.progress.data.summary.Sessions != 60 {
		t.Errorf("all time: %d sessions, want all 60", h.m.progress.data.summary.Sessions)
	}
	h.send(runes("3"))
	if len(h.store.scans) != 1 || len(h.store.between) != 1 {
		t.Error("six months, inside what is loaded, read the store again")
	}
	// An answer for a period no longer chosen is dropped.
	shown := h.m.progress.data.summary.Sessions
	stale := computeProgress(nil, nil, periodFourWeeks, fixtureNow, profile.Profile{})
	h.deliver(progressMsg{data: stale})
	if h.m.progress.period != periodSixMonths || h.m.progress.data.summary.Sessions != shown || shown == 0 {
		t.Error("a late answer for another period replaced the data shown")
	}
}

func TestProgressCyclesExercises(t *testing.T) {
	h := openProgress(t, "")
	n := len(h.m.progress.data.trends)
	if n < 3 {
		t.Fatalf("%d trends, want several", n)
	}
	first := viewAt(h.m, 80, 24)
	h.send(tea.KeyMsg{Type: tea.KeyTab})
	if h.m.progress.exercise != 1 {
		t.Fatalf("tab: exercise %d, want 1", h.m.progress.exercise)
	}
	if viewAt(h.m, 80, 24) == first {
		t.Error("the view did not change with the exercise")
	}
	h.send(tea.KeyMsg{Type: tea.KeyLeft}, tea.KeyMsg{Type: tea.KeyLeft})
	if h.m.progress.exercise != n-1 {
		t.Errorf("← twice from 1: exercise %d, want the last, %d", h.m.progress.exercise, n-1)
	}
	h.send(tea.KeyMsg{Type: tea.KeyRight})
	if h.m.progress.exercise != 0 {
		t.Errorf("→ from the last: exercise %d, want 0", h.m.progress.exercise)
	}
}

func TestProgressShowsNormsStanceAndSuggestions(t *testing.T) {
	h := openProgress(t, "70-79")
	d := h.m.progress.data
	if len(d.stance) == 0 || len(d.norms) == 0 {
		t.Fatalf("%d stance tests, %d norms; want both", len(d.stance), len(d.norms))
	}
	lines := strings.Join(h.m.progress.bodyLines(200, 80), "\n")
	for _, want := range []string{"baseline", "Age 70–79: mean 17.2 s", "Streak:", "Sets planned and done", "Suggestions"} {
		if !strings.Contains(lines, want) {
			t.Errorf("progress lacks %q", want)
		}
	}
	l, r, ok := progress.StanceChange(d.stance)
	if !ok || l <= 0 || r <= 0 || !strings.Contains(lines, fmt.Sprintf("%+.1f / %+.1f s", l, r)) {
		t.Errorf("stance change %v %v %v not shown as an improvement", l, r, ok)
	}
}

func TestProgressCalendarUsesTheLocalDay(t *testing.T) {
	// A session at 22:30 on Sunday 22 Nov local is Monday 03:30 UTC: it belongs on Sunday.
	h := openProgress(t, "")
	cal := h.m.progress.data.calendar
	last := cal[len(cal)-2] // the week of 16 Nov
	if sun := last[6]; sun.Sessions != 1 || sun.Date.Day() != 22 {
		t.Errorf("Sunday %v has %d sessions, want 1", sun.Date, sun.Sessions)
	}
	if mon := cal[len(cal)-1][0]; mon.Sessions != 0 {
		t.Errorf("Monday %v has %d sessions, want 0 (the late session is Sunday's)", mon.Date, mon.Sessions)
	}
}
