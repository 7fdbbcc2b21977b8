package progress

import (
	"slices"
	"testing"
	"time"

	"upright/exercises"
	"upright/session/profile"
	"upright/session/record"
)

// Without a prescription the policy looks at the routines of the latest sessions, three of
// them: the oldest session in the list still counts while it is among those three, and a fourth,
// older routine is not looked at.
func TestSuggestionsLookAtTheLatestThreeRoutines(t *testing.T) {
	t0 := at(t, "2026-11-02T15:00:00Z")
	now := t0.Add(10 * 24 * time.Hour)
	routine := func(id, ex string, d exercises.Dose) exercises.Routine {
		return exercises.Routine{ID: id, Name: id, Items: []exercises.Item{item(t, ex, d)}}
	}
	saved := []exercises.Routine{
		routine("raises", "heel-raise", exercises.Dose{Sets: 2, Reps: 10}),
		routine("planks", "plank", exercises.Dose{Sets: 2, Hold: 10 * time.Second}),
		routine("chins", "chin-tuck", exercises.Dose{Sets: 1, Reps: 5, Hold: 5 * time.Second}),
		routine("walls", "wall-sit", exercises.Dose{Sets: 2, Hold: 20 * time.Second}),
	}
	of := func(id string, day int, e record.ExerciseResult) record.Record {
		return with(rec(t0.Add(time.Duration(day)*24*time.Hour), e), func(r *record.Record) { r.Routine = record.RoutineRef{ID: id, Name: id} })
	}
	sore := with(of("raises", 0, ex("heel-raise", reps(10, 10))), func(r *record.Record) {
		r.Flags = []record.Flag{{Kind: record.FlagPainRise, Exercise: "heel-raise"}}
	})
	kinds := func(sg []Suggestion) []string {
		var out []string
		for _, s := range sg {
			out = append(out, s.ExerciseID+" "+s.Kind.String())
		}
		return out
	}
	threeRoutines := []record.Record{sore, of("planks", 1, ex("plank", hold(10))), of("chins", 2, ex("chin-tuck", reps(5, 5)))}
	if got := kinds(Suggestions(profile.Profile{}, threeRoutines, saved, now)); !slices.Equal(got, []string{"heel-raise step-back"}) {
		t.Errorf("three routines, the oldest with pain: %q, want the heel raise stepped back", got)
	}
	oneRoutine := []record.Record{sore}
	if got := kinds(Suggestions(profile.Profile{}, oneRoutine, saved, now)); !slices.Equal(got, []string{"heel-raise step-back"}) {
		t.Errorf("one session with pain: %q, want the heel raise stepped back", got)
	}
	fourRoutines := append(threeRoutines, of("walls", 3, ex("wall-sit", hold(20))))
	if got := kinds(Suggestions(profile.Profile{}, fourRoutines, saved, now)); len(got) != 0 {
		t.Errorf("four routines since the painful one: %q, want nothing from the fourth-latest routine", got)
	}
}
