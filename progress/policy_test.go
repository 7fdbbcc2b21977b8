package progress

import (
	"strings"
	"testing"
	"time"

	"upright/exercises"
	"upright/session/profile"
	"upright/session/record"
)

// TestSuggestions: which routines the one policy looks at, at which doses, and in which order.
func TestSuggestions(t *testing.T) {
	t0 := at(t, "2026-11-02T15:00:00Z")
	now := t0.Add(3 * 24 * time.Hour)
	holds := exercises.Dose{Sets: 2, Hold: 10 * time.Second}
	tens := exercises.Dose{Sets: 2, Reps: 10}
	planks := exercises.Routine{ID: "planks", Name: "Planks", Items: []exercises.Item{item(t, "plank", holds)}}
	raises := exercises.Routine{ID: "raises", Name: "Raises", Items: []exercises.Item{item(t, "heel-raise", tens)}}
	both := exercises.Routine{ID: "both", Name: "Both", Items: []exercises.Item{item(t, "heel-raise", tens), item(t, "plank", holds)}}
	saved := []exercises.Routine{planks, raises, both}
	of := func(id string, start time.Time, e record.ExerciseResult) record.Record {
		return with(rec(start, e), func(r *record.Record) { r.Routine = record.RoutineRef{ID: id} })
	}
	easyPlank := func(id string, start time.Time) record.Record { return of(id, start, ex("plank", hold(10), hold(10))) }
	easyRaise := func(id string, start time.Time) record.Record {
		return of(id, start, ex("heel-raise", reps(10, 10), reps(10, 10)))
	}
	painful := func(r record.Record) record.Record {
		r.Flags = append(r.Flags, record.Flag{Kind: record.FlagPainRise, Exercise: r.Exercises[0].ID})
		return r
	}
	demo := func(r record.Record) record.Record { r.Demo = true; return r }
	day := func(n int) time.Time { return t0.Add(time.Duration(n) * 24 * time.Hour) }

	tests := []struct {
		name string
		who  profile.Profile
		recs []record.Record
		want []string // "exercise kind routine"
	}{
		{"prescribed routines, in order", profile.Profile{Prescribed: []string{"planks", "raises"}},
			[]record.Record{easyPlank("planks", day(0)), easyRaise("raises", day(0)), easyPlank("planks", day(1)), easyRaise("raises", day(1))},
			[]string{"plank add-time Planks", "heel-raise add-reps Raises"}},
		{"without a prescription, the latest routines", profile.Profile{},
			[]record.Record{easyRaise("raises", day(0)), easyRaise("raises", day(1))},
			[]string{"heel-raise add-reps Raises"}},
		{"a demo session names no routine and is no evidence", profile.Profile{},
			[]record.Record{demo(easyRaise("raises", day(0))), demo(easyRaise("raises", day(1)))},
			nil},
		{"a prescription does not hide a step-back in a routine done lately", profile.Profile{Prescribed: []string{"planks"}},
			[]record.Record{easyPlank("planks", day(0)), easyPlank("planks", day(1)), painful(easyRaise("raises", day(2)))},
			[]string{"heel-raise step-back Raises", "plank add-time Planks"}},
		{"one suggestion per exercise, from the first routine with it", profile.Profile{Prescribed: []string{"both", "planks"}},
			[]record.Record{easyPlank("planks", day(0)), easyPlank("planks", day(1))},
			[]string{"plank add-time Both"}},
		{"a dose changed this week is not progressed", profile.Profile{Prescribed: []string{"planks"},
			DoseChanges: []profile.DoseChange{{Exercise: "plank", At: day(2)}}},
			[]record.Record{easyPlank("planks", day(0)), easyPlank("planks", day(1))},
			nil},
		{"unknown and built-in ids", profile.Profile{Prescribed: []string{"gone", "core"}},
			[]record.Record{easyPlank("planks", day(0)), easyPlank("planks", day(1))},
			[]string{"plank add-time Core"}},
		{"sessions after now are not used", profile.Profile{Prescribed: []string{"planks"}},
			[]record.Record{easyPlank("planks", day(0)), easyPlank("planks", day(4))},
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, sg := range Suggestions(tt.who, tt.recs, saved, now) {
				got = append(got, sg.ExerciseID+" "+sg.Kind.String()+" "+sg.Routine)
			}
			if strings.Join(got, "; ") != strings.Join(tt.want, "; ") {
				t.Errorf("got %q\nwant %q", got, tt.want)
			}
		})
	}
}

// TestSuggestionsAtTheProfilesDoses: a dose override is the dose a suggestion starts from.
func TestSuggestionsAtTheProfilesDoses(t *testing.T) {
	t0 := at(t, "2026-11-02T15:00:00Z")
	planks := exercises.Routine{ID: "planks", Name: "Planks", Items: []exercises.Item{item(t, "plank", exercises.Dose{Sets: 2, Hold: 10 * time.Second})}}
	who := profile.Profile{Prescribed: []string{"planks"}, DoseOverrides: map[string]profile.DoseOverride{"plank": {HoldSeconds: 20}}}
	recs := []record.Record{
		rec(t0, ex("plank", hold(20), hold(20))),
		rec(t0.Add(24*time.Hour), ex("plank", hold(20), hold(20))),
	}
	got := Suggestions(who, recs, []exercises.Routine{planks}, t0.Add(72*time.Hour))
	if len(got) != 1 || got[0].From.Hold != 20*time.Second || got[0].To.Hold != 25*time.Second {
		t.Fatalf("suggestions %+v, want 20 s → 25 s", got)
	}
}
