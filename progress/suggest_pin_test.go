package progress

import (
	"testing"
	"time"

	"upright/exercises"
	"upright/session/record"
)

// Progress is judged on the last two sessions with the exercise only: two easy sessions before a
// hard one do not earn a harder dose, and a hard one before two easy ones does not hold it back.
func TestSuggestJudgesTheLastTwoSessions(t *testing.T) {
	t0 := at(t, "2026-11-02T15:00:00Z")
	now := t0.Add(10 * 24 * time.Hour)
	plank := item(t, "plank", exercises.Dose{Sets: 2, Hold: 10 * time.Second})
	easy := func(day int) record.Record {
		return rec(t0.Add(time.Duration(day)*24*time.Hour), ex("plank", hold(10), hold(10)))
	}
	hard := func(day int) record.Record {
		return with(easy(day), func(r *record.Record) { r.Checkout.Effort = 8 })
	}
	routine := exercises.Routine{Items: []exercises.Item{plank}}
	if got := Suggest([]record.Record{easy(0), easy(1), hard(2)}, routine, now, nil); len(got) != 0 {
		t.Errorf("easy, easy, then hard: %+v, want no progression", got)
	}
	if got := Suggest([]record.Record{hard(0), easy(1), easy(2)}, routine, now, nil); len(got) != 1 || got[0].Kind != SuggestAddTime {
		t.Errorf("hard, then easy, easy: %+v, want more time", got)
	}
}

// Sharp pain flagged at check-out for an exercise steps it back; a dizziness flag naming it is
// not pain, and a core exercise still progresses after it.
func TestSuggestReadsTheFlagKinds(t *testing.T) {
	t0 := at(t, "2026-11-02T15:00:00Z")
	now := t0.Add(10 * 24 * time.Hour)
	routine := exercises.Routine{Items: []exercises.Item{item(t, "plank", exercises.Dose{Sets: 2, Hold: 10 * time.Second})}}
	flagged := func(kind string) []record.Record {
		first := rec(t0, ex("plank", hold(10), hold(10)))
		last := with(rec(t0.Add(24*time.Hour), ex("plank", hold(10), hold(10))), func(r *record.Record) {
			r.Flags = []record.Flag{{Kind: kind, Exercise: "plank"}}
		})
		return []record.Record{first, last}
	}
	for _, c := range []struct {
		kind string
		want SuggestionKind
	}{{record.FlagSharpPain, SuggestStepBack}, {record.FlagPainRise, SuggestStepBack}, {record.FlagDizziness, SuggestAddTime}, {record.FlagCaution, SuggestAddTime}} {
		if got := Suggest(flagged(c.kind), routine, now, nil); len(got) != 1 || got[0].Kind != c.want {
			t.Errorf("a %s flag on the plank: %+v, want %s", c.kind, got, c.want)
		}
	}
}

// Effort of 6 out of 10 still counts as easy; 7 does not.
func TestSuggestEffortEdge(t *testing.T) {
	t0 := at(t, "2026-11-02T15:00:00Z")
	now := t0.Add(10 * 24 * time.Hour)
	routine := exercises.Routine{Items: []exercises.Item{item(t, "heel-raise", exercises.Dose{Sets: 2, Reps: 10})}}
	session := func(day, effort int) record.Record {
		return with(rec(t0.Add(time.Duration(day)*24*time.Hour), ex("heel-raise", reps(10, 10), reps(10, 10))), func(r *record.Record) { r.Checkout.Effort = effort })
	}
	if got := Suggest([]record.Record{session(0, 6), session(1, 6)}, routine, now, nil); len(got) != 1 || got[0].Kind != SuggestAddReps {
		t.Errorf("effort 6 twice: %+v, want more reps", got)
	}
	if got := Suggest([]record.Record{session(0, 6), session(1, 7)}, routine, now, nil); len(got) != 0 {
		t.Errorf("effort 7 last time: %+v, want nothing", got)
	}
}

// The harder-version suggestion names the harder version when the catalog gives one, and
// nothing in brackets when it does not; a step-back says the dose it steps back to, or that the
// dose is already the lowest.
func TestSuggestionTexts(t *testing.T) {
	t0 := at(t, "2026-11-02T15:00:00Z")
	now := t0.Add(10 * 24 * time.Hour)
	plank := item(t, "plank", exercises.Dose{Sets: 2, Hold: 30 * time.Second})
	bare := plank
	bare.Exercise.Harder = ""
	easy := []record.Record{rec(t0, ex("plank", hold(30), hold(30))), rec(t0.Add(24*time.Hour), ex("plank", hold(30), hold(30)))}
	for _, c := range []struct {
		it   exercises.Item
		want string
	}{
		{plank, "Plank (incline): 30s holds were easy twice in a row. Try the harder version (" + plank.Exercise.Harder + ")."},
		{bare, "Plank (incline): 30s holds were easy twice in a row. Try the harder version."},
	} {
		if got := Suggest(easy, exercises.Routine{Items: []exercises.Item{c.it}}, now, nil); len(got) != 1 || got[0].Text != c.want {
			t.Errorf("got %+v\nwant %q", got, c.want)
		}
	}
	sore := func(hold time.Duration) Suggestion {
		it := item(t, "plank", exercises.Dose{Sets: 2, Hold: hold})
		r := with(rec(t0, ex("plank", testHold(hold))), func(r *record.Record) {
			r.Flags = []record.Flag{{Kind: record.FlagPainRise, Exercise: "plank"}}
		})
		got := Suggest([]record.Record{r}, exercises.Routine{Items: []exercises.Item{it}}, now, nil)
		if len(got) != 1 {
			t.Fatalf("a painful %v plank: %+v", hold, got)
		}
		return got[0]
	}
	if got, want := sore(10*time.Second).Text, "Plank (incline): pain rose during it in the last session. Step back to 5s (from 10s)."; got != want {
		t.Errorf("step-back text %q, want %q", got, want)
	}
	if got, want := sore(time.Second).Text, "Plank (incline): pain rose during it in the last session, already at the lowest dose. Ask your therapist before doing it again."; got != want {
		t.Errorf("step-back text at the lowest dose %q, want %q", got, want)
	}
}

func testHold(d time.Duration) record.SetResult { return hold(d.Seconds()) }

// Sessions that started at the same instant keep the order they were given in, whichever way
// the list came.
func TestChronologicalKeepsTiesInOrder(t *testing.T) {
	t0 := time.Date(2026, 11, 2, 9, 0, 0, 0, time.UTC)
	a, b, c := rec(t0), rec(t0), rec(t0.Add(time.Hour))
	a.ID, b.ID, c.ID = "a", "b", "c"
	got := Chronological([]record.Record{c, a, b})
	if len(got) != 3 || got[0].ID != "a" || got[1].ID != "b" || got[2].ID != "c" {
		t.Errorf("Chronological(c, a, b) = %s %s %s, want a b c", got[0].ID, got[1].ID, got[2].ID)
	}
}
