package exercises

import (
	"fmt"
	"time"
)

// itemSpec is one item of a built-in routine: a catalog id and the changes to its catalog dose.
// Zero fields keep the catalog's value.
type itemSpec struct {
	id   string
	sets int
	reps int
	hold time.Duration
	rest time.Duration
	// tapped drops the catalog tempo so the user taps each rep.
	tapped bool
}

// routineSpec is a built-in routine before its exercises are looked up in the catalog.
type routineSpec struct {
	id, name, description string
	getReady, rest        time.Duration
	items                 []itemSpec
}

// CheckupRoutineID is the built-in routine of the check-up tests.
const CheckupRoutineID = "checkup"

// builtinSpecs are the routines compiled into upright. None may hold a flagged exercise: a
// not-recommended or therapist-only exercise reaches a session only through a routine file that a
// therapist wrote.
var builtinSpecs = []routineSpec{
	{
		id: "core", name: "Core",
		description: "Incline plank, wall side plank, dead bug and slow mountain climber: trunk strength without crunching or twisting.",
		getReady:    DefaultGetReady, rest: DefaultRest,
		items: []itemSpec{{id: "plank"}, {id: "side-plank"}, {id: "dead-bug"}, {id: "mountain-climber"}},
	},
	{
		// The strength goal (Too Fit To Fracture, 2014): one exercise per area, 2 sets of 8–12.
		id: "strength", name: "Strength",
		description: "One exercise per area, 2 sets of 8–12: squat to chair, bridge, wall push-up, band row and heel raises.",
		getReady:    DefaultGetReady, rest: DefaultRest,
		items: []itemSpec{
			{id: "squat-to-chair", sets: 2}, {id: "bridge"},
			{id: "wall-push-up"}, {id: "band-row"}, {id: "heel-raise", sets: 2},
		},
	},
	{
		id: "legs", name: "Legs",
		description: "Legs and hips at the strength goal, 2 sets of 8–12: squat to chair, step-up, bridge and heel raises.",
		getReady:    DefaultGetReady, rest: DefaultRest,
		items: []itemSpec{
			{id: "squat-to-chair", sets: 2}, {id: "step-up"}, {id: "bridge"}, {id: "heel-raise", sets: 2},
		},
	},
	{
		// Toward the 2 hours a week of the falls-prevention trials (Sherrington 2011): about 7
		// minutes standing in balance positions in a session of about 20.
		id: "balance", name: "Balance",
		description: "About 20 minutes beside a kitchen counter, 7 of them in balance positions: tandem stance, single-leg stands, a tandem walk, then heel raises; best done daily.",
		getReady:    DefaultGetReady, rest: secs(15),
		items: []itemSpec{
			{id: "tandem-stance", sets: 4, hold: secs(30)},
			{id: "single-leg-stand", sets: 4, hold: secs(20)},
			{id: "tandem-walk", sets: 4},
			{id: "heel-raise", sets: 2},
			{id: "calf-stretch", sets: 1},
		},
	},
	{
		id: "balance-test", name: "Balance test",
		description: "Single-leg stance test, best of three per side, to compare with your own first result.",
		getReady:    DefaultGetReady, rest: DefaultRest,
		items: []itemSpec{{id: "single-leg-stance-test"}},
	},
	{
		id: CheckupRoutineID, name: "Check-up tests",
		description: "The fall-risk and function tests of a check-up: the 4-stage balance test, the 30-second chair stand, the Timed Up and Go and the single-leg stance test. Each is compared with your own first result.",
		getReady:    DefaultGetReady, rest: DefaultRest,
		items: []itemSpec{{id: FourStageTestID}, {id: ChairStandTestID}, {id: TUGTestID}, {id: StanceTestID}},
	},
	{
		id: "posture-stretch", name: "Posture and stretch",
		description: "Daily posture holds, then gentle stretches to mild tension: never bounce, keep breathing.",
		getReady:    DefaultGetReady, rest: secs(15),
		items: []itemSpec{
			{id: "chin-tuck"}, {id: "shoulder-blade-squeeze"}, {id: "back-extensor-hold"},
			{id: "chest-stretch"}, {id: "hip-flexor-stretch"}, {id: "calf-stretch", sets: 2},
			{id: "hamstring-stretch"}, {id: "back-extension"},
		},
	},
	{
		// Every category a week needs (core, lower body, balance, posture, stretches) in about
		// 20–25 minutes. The stance test is left to "balance-test": tested now and then, not daily.
		id: "full", name: "Full session",
		description: "Posture, core, strength for legs, arms and back, balance and stretches in one session of about 20–25 minutes.",
		getReady:    DefaultGetReady, rest: DefaultRest,
		items: []itemSpec{
			{id: "chin-tuck"},
			{id: "plank", sets: 2},
			{id: "squat-to-chair", sets: 2}, {id: "wall-push-up"}, {id: "band-row"},
			{id: "tandem-stance"}, {id: "single-leg-stand"},
			{id: "chest-stretch", sets: 1}, {id: "calf-stretch", sets: 1},
			{id: "back-extension"},
		},
	},
	{
		// Short doses of every measure kind, so a therapist can show each screen in a few minutes.
		id: DemoRoutineID, name: "Clinic demo",
		description: "Every kind of exercise screen with short doses, for demonstrating in clinic.",
		getReady:    secs(3), rest: secs(10),
		items: []itemSpec{
			{id: "plank", sets: 1, hold: secs(5), rest: secs(10)},
			{id: "squat-to-chair", sets: 1, reps: 3, tapped: true, rest: secs(10)},
			{id: "heel-raise", sets: 1, reps: 3, rest: secs(10)},
			{id: "chin-tuck", sets: 1, reps: 3, hold: secs(5), rest: secs(10)},
			{id: "single-leg-stand", sets: 1, hold: secs(5), rest: secs(10)},
			{id: "single-leg-stance-test", sets: 1, hold: secs(10), rest: secs(10)},
			{id: FourStageTestID, sets: 1, hold: secs(2), rest: secs(10)},
			{id: ChairStandTestID, sets: 1, hold: secs(5), rest: secs(10)},
			{id: TUGTestID, sets: 1, hold: secs(5), rest: secs(10)},
		},
	},
}

// Builtin returns the built-in routines, as copies the caller may change.
func Builtin() []Routine {
	out := make([]Routine, len(builtinSpecs))
	for i, s := range builtinSpecs {
		out[i] = s.routine()
	}
	return out
}

// BuiltinRoutine returns a copy of the built-in routine with the given id.
func BuiltinRoutine(id string) (Routine, bool) {
	for _, s := range builtinSpecs {
		if s.id == id {
			return s.routine(), true
		}
	}
	return Routine{}, false
}

// routine builds a fresh Routine from its spec, each item starting from the catalog dose.
func (s routineSpec) routine() Routine {
	r := Routine{
		ID: s.id, Name: s.name, Description: s.description,
		GetReady: s.getReady, Rest: s.rest, Source: SourceBuiltin,
		Items: make([]Item, len(s.items)),
	}
	for i, is := range s.items {
		e, ok := Lookup(is.id)
		if !ok {
			// Built-in content is compiled in; the tests build every routine, so this never ships.
			panic(fmt.Sprintf("built-in routine %q: unknown exercise %q", s.id, is.id))
		}
		d := e.Dose
		if is.sets > 0 {
			d.Sets = is.sets
		}
		if is.reps > 0 {
			d.Reps = is.reps
		}
		if is.hold > 0 {
			d.Hold = is.hold
		}
		if is.rest > 0 {
			d.Rest = is.rest
		}
		if is.tapped {
			d.Tempo = Tempo{}
		}
		r.Items[i] = Item{Exercise: e, Dose: d}
	}
	return r
}

// Resolve finds the routine an id names: a built-in routine first, then one of saved. Built-in ids
// win because a saved routine can never take one (the store refuses it), so an id means the same
// routine on every screen, in the report and on the command line.
func Resolve(id string, saved []Routine) (Routine, bool) {
	if r, ok := BuiltinRoutine(id); ok {
		return r, true
	}
	for _, r := range saved {
		if r.ID == id {
			return r, true
		}
	}
	return Routine{}, false
}
