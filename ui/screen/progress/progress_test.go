package progress

import (
	"fmt"
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	analytics "upright/progress"
	"upright/session/profile"
	"upright/session/record"
	"upright/ui/kit"
	"upright/ui/kit/kittest"
	"upright/ui/nav"
)

func TestMain(m *testing.M) { kittest.Main(m) }

var runes = kittest.Runes

// harness drives the progress screen alone.
type harness struct{ *kittest.Harness }

func (h harness) m() progressModel { return h.Screen.(progressModel) }

// openProgress opens the progress screen on the fixture, with the given age band.
func openProgress(t *testing.T, age string) harness {
	h := harness{kittest.NewHarness(t, &kittest.FakeStore{Recs: kittest.FixtureRecords()}).At(kittest.FixtureNow)}
	h.Active.AgeBand = age
	h.Open(func(e *kit.Env) (kit.Screen, tea.Cmd) { return Open(e, nav.Progress{}) })
	if !h.m().loaded {
		t.Fatal("the progress screen has not loaded its data")
	}
	return h
}

func TestProgressPeriodsReadOnlyWhatTheyAdd(t *testing.T) {
	h := openProgress(t, "")
	if h.m().period != periodThreeMonths || len(h.Store.Scans()) != 1 {
		t.Fatalf("opened on %v with %d scans, want 3 months and one scan", h.m().period, len(h.Store.Scans()))
	}
	first := h.Store.Scans()[0]
	if want := kittest.FixtureNow.AddDate(0, -3, 0); !first.Before(want) {
		t.Errorf("3-month scan from %v: it must reach back to the period (%v) and the calendar", first, want)
	}
	sessions3 := h.m().data.summary.Sessions
	// A shorter period is already loaded: nothing is read.
	h.Send(runes("1"))
	if h.m().period != periodFourWeeks || len(h.Store.Scans()) != 1 || len(h.Store.Between()) != 0 {
		t.Fatalf("after 1: period %v, %d scans, %d range reads; want nothing read", h.m().period,
			len(h.Store.Scans()), len(h.Store.Between()))
	}
	if got := h.m().data.summary.Sessions; got >= sessions3 || got == 0 {
		t.Errorf("4 weeks has %d sessions, 3 months %d: want fewer, not none", got, sessions3)
	}
	// A longer one reads only the older part.
	h.Send(runes("4"))
	if len(h.Store.Between()) != 1 || !h.Store.Between()[0][0].IsZero() || !h.Store.Between()[0][1].Equal(first) {
		t.Fatalf("all time read %v; want one range read from the beginning up to %v", h.Store.Between(), first)
	}
	if h.m().data.summary.Sessions != 60 {
		t.Errorf("all time: %d sessions, want all 60", h.m().data.summary.Sessions)
	}
	h.Send(runes("3"))
	if len(h.Store.Scans()) != 1 || len(h.Store.Between()) != 1 {
		t.Error("six months, inside what is loaded, read the store again")
	}
	// An answer for a period no longer chosen is dropped.
	shown := h.m().data.summary.Sessions
	stale := computeProgress(nil, nil, periodFourWeeks, kittest.FixtureNow, profile.Profile{})
	h.Send(progressMsg{data: stale})
	if h.m().period != periodSixMonths || h.m().data.summary.Sessions != shown || shown == 0 {
		t.Error("a late answer for another period replaced the data shown")
	}
}

func TestProgressCyclesExercises(t *testing.T) {
	h := openProgress(t, "")
	n := len(h.m().data.trends)
	if n < 3 {
		t.Fatalf("%d trends, want several", n)
	}
	first := h.Screen.View(80, 23)
	h.Send(tea.KeyMsg{Type: tea.KeyTab})
	if h.m().exercise != 1 {
		t.Fatalf("tab: exercise %d, want 1", h.m().exercise)
	}
	if h.Screen.View(80, 23) == first {
		t.Error("the view did not change with the exercise")
	}
	h.Send(tea.KeyMsg{Type: tea.KeyLeft}, tea.KeyMsg{Type: tea.KeyLeft})
	if h.m().exercise != n-1 {
		t.Errorf("← twice from 1: exercise %d, want the last, %d", h.m().exercise, n-1)
	}
	h.Send(tea.KeyMsg{Type: tea.KeyRight})
	if h.m().exercise != 0 {
		t.Errorf("→ from the last: exercise %d, want 0", h.m().exercise)
	}
}

func TestProgressShowsNormsStanceAndSuggestions(t *testing.T) {
	h := openProgress(t, "70-79")
	d := h.m().data
	if len(d.stance) == 0 || len(d.norms) == 0 {
		t.Fatalf("%d stance tests, %d norms; want both", len(d.stance), len(d.norms))
	}
	lines := strings.Join(h.m().bodyLines(200, 80), "\n")
	for _, want := range []string{"baseline", "Age 70–79: mean 17.2 s", "Streak:", "Sets planned and done", "Suggestions"} {
		if !strings.Contains(lines, want) {
			t.Errorf("progress lacks %q", want)
		}
	}
	l, r, ok := analytics.StanceChange(d.stance)
	if !ok || l <= 0 || r <= 0 || !strings.Contains(lines, fmt.Sprintf("%+.1f / %+.1f s", l, r)) {
		t.Errorf("stance change %v %v %v not shown as an improvement", l, r, ok)
	}
}

func TestProgressCalendarUsesTheLocalDay(t *testing.T) {
	// A session at 22:30 on Sunday 22 Nov local is Monday 03:30 UTC: it belongs on Sunday.
	h := openProgress(t, "")
	cal := h.m().data.calendar
	last := cal[len(cal)-2] // the week of 16 Nov
	if sun := last[6]; sun.Sessions != 1 || sun.Date.Day() != 22 {
		t.Errorf("Sunday %v has %d sessions, want 1", sun.Date, sun.Sessions)
	}
	if mon := cal[len(cal)-1][0]; mon.Sessions != 0 {
		t.Errorf("Monday %v has %d sessions, want 0 (the late session is Sunday's)", mon.Date, mon.Sessions)
	}
}

// A test (the single-leg stance) is compared with the first result and its norms, never drawn as
// an exercise trend beside the exercises.
func TestTestsAreNotExerciseTrends(t *testing.T) {
	at := kittest.FixtureNow.Add(-48 * time.Hour)
	rec := record.Record{Version: record.RecordVersion, ID: "t1", Profile: "default",
		Routine: record.RoutineRef{ID: "checkup", Name: "Check-up"}, StartedAt: at, EndedAt: at.Add(10 * time.Minute),
		Status: record.StatusCompleted, Flags: []record.Flag{}, Exercises: []record.ExerciseResult{
			{ID: "plank", Name: "Plank", Sets: []record.SetResult{{Set: 1, TargetSeconds: 20, HeldSeconds: 20, CompletedAt: at}}},
			{ID: analytics.StanceTestID, Name: "Single-leg stance test", Sets: []record.SetResult{
				{Set: 1, Side: record.SideLeft, TargetSeconds: 30, HeldSeconds: 12, CompletedAt: at}}},
		}}
	d := computeProgress([]record.Record{rec}, nil, periodFourWeeks, kittest.FixtureNow, profile.Profile{})
	var ids []string
	for _, tr := range d.trends {
		ids = append(ids, tr.id)
	}
	if len(ids) != 1 || ids[0] != "plank" {
		t.Errorf("trends %v, want the plank only", ids)
	}
}
