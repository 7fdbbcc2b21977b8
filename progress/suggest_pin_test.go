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
