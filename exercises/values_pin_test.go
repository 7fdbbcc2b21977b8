package exercises

import (
	"strings"
	"testing"
	"time"
)

// Every enum spells each of its values, and a value outside the list as a plain number rather
// than a wrong name or a crash (a newer database may hold a value this build does not know).
func TestEnumNamesAndUnknownValues(t *testing.T) {
	cases := []struct{ got, want string }{
		{MeasureHold.String(), "hold"}, {MeasureMaxHold.String(), "max-hold"},
		{Measure(-1).String(), "measure(-1)"}, {MeasureStopwatch.String(), "stopwatch"}, {Measure(7).String(), "measure(7)"},
		{CategoryCore.String(), "core"}, {CategoryTest.String(), "test"},
		{Category(-1).String(), "category(-1)"}, {CategorySafeMovement.String(), "safe movement"}, {Category(9).String(), "category(9)"},
		{StatusRecommended.String(), "recommended"}, {StatusTherapistOnly.String(), "therapist-only"},
		{Status(-1).String(), "status(-1)"}, {Status(3).String(), "status(3)"},
		{SourceBuiltin.String(), "built-in"}, {SourceSaved.String(), "saved"},
		{Source(-1).String(), "unknown"}, {Source(3).String(), "unknown"},
	}
	for _, c := range cases {
		if c.got != c.want {
			t.Errorf("got %q, want %q", c.got, c.want)
		}
	}
	if b, _ := CategoryLowerBody.MarshalText(); string(b) != "lower body" {
		t.Errorf("category text %q", b)
	}
	if b, _ := SourceFile.MarshalText(); string(b) != "file" {
		t.Errorf("source text %q", b)
	}
}

// A tempo paces reps only when both halves take time; a half of zero means the person taps.
func TestTempoIsPacedOnlyWithBothHalves(t *testing.T) {
	for _, c := range []struct {
		tempo Tempo
		paced bool
		text  string
	}{
		{Tempo{Up: time.Nanosecond, Down: time.Nanosecond}, true, "1ns/1ns"},
		{Tempo{Up: 3 * time.Second, Down: 5 * time.Second}, true, "3s/5s"},
		{Tempo{Up: 0, Down: 5 * time.Second}, false, ""},
		{Tempo{Up: 3 * time.Second, Down: 0}, false, ""},
		{Tempo{}, false, ""},
	} {
		if c.tempo.Paced() != c.paced || c.tempo.String() != c.text {
			t.Errorf("%+v: paced %v %q, want %v %q", c.tempo, c.tempo.Paced(), c.tempo.String(), c.paced, c.text)
		}
	}
}

// Durations are written as routine files write them: seconds under a minute, whole minutes
// without "0s", and Go's spelling for what is not whole seconds.
func TestFormatDuration(t *testing.T) {
	for _, c := range []struct {
		d    time.Duration
		want string
	}{
		{0, "0s"}, {time.Second, "1s"}, {59 * time.Second, "59s"}, {60 * time.Second, "1m"},
		{90 * time.Second, "1m30s"}, {2 * time.Minute, "2m"}, {10 * time.Minute, "10m"},
		{1500 * time.Millisecond, "1.5s"},
	} {
		if got := FormatDuration(c.d); got != c.want {
			t.Errorf("FormatDuration(%v) = %q, want %q", c.d, got, c.want)
		}
	}
}

// UnsafeRune draws the line exactly around the runes a terminal acts on: the C0 and C1
// controls and the bidi controls, and none of their neighbours.
func TestUnsafeRuneBoundaries(t *testing.T) {
	for _, c := range []struct {
		r    rune
		want bool
	}{
		{'a', false}, {'é', false}, {'\x00', true}, {'\x1b', true}, {'\x7f', true}, {'\u0085', true},
		{'\u061b', false}, {'\u061c', true}, {'\u061d', false},
		{'\u200d', false}, {'\u200e', true}, {'\u200f', true}, {'\u2010', false},
		{'\u2029', false}, {'\u202a', true}, {'\u202c', true}, {'\u202e', true}, {'\u202f', false},
		{'\u2065', false}, {'\u2066', true}, {'\u2069', true}, {'\u206a', false},
	} {
		if got := UnsafeRune(c.r); got != c.want {
			t.Errorf("UnsafeRune(%U) = %v, want %v", c.r, got, c.want)
		}
	}
}

// The estimate before a session is the sum of its parts: a brief per exercise, each set's
// get-ready and work (both sides, with the switch between them), and a rest after every set but
// the very last. Each measure's work is priced its own way.
func TestEstimatedDurationExactly(t *testing.T) {
	lookup := func(id string) Exercise {
		e, ok := Lookup(id)
		if !ok {
			t.Fatalf("no %s in the catalog", id)
		}
		return e
	}
	plank, sidePlank, heel, squat, chin, stance := lookup("plank"), lookup("side-plank"),
		lookup("heel-raise"), lookup("squat-to-chair"), lookup("chin-tuck"), lookup("single-leg-stance-test")
	for _, c := range []struct {
		it   Item
		want time.Duration
	}{
		{Item{Exercise: plank, Dose: Dose{Sets: 1, Hold: 20 * time.Second}}, 20 * time.Second},
		{Item{Exercise: stance, Dose: Dose{Sets: 1, Hold: 45 * time.Second}}, 45 * time.Second},
		{Item{Exercise: heel, Dose: Dose{Sets: 1, Reps: 10, Tempo: Tempo{Up: 3 * time.Second, Down: 5 * time.Second}}}, 80 * time.Second},
		{Item{Exercise: squat, Dose: Dose{Sets: 1, Reps: 10}}, 10 * TappedRep},
		{Item{Exercise: chin, Dose: Dose{Sets: 1, Reps: 5, Hold: 5 * time.Second}}, 5 * (5*time.Second + HoldRepRelease)},
		// the four-stage balance test holds each of its four stances for the dose's hold
		{Item{Exercise: lookup("four-stage-balance-test"), Dose: Dose{Sets: 1, Hold: 10 * time.Second}}, 40 * time.Second},
	} {
		if got := c.it.SetDuration(); got != c.want {
			t.Errorf("%s: SetDuration %v, want %v", c.it.Exercise.ID, got, c.want)
		}
	}
	r := Routine{GetReady: 5 * time.Second, Rest: 30 * time.Second, Items: []Item{
		{Exercise: plank, Dose: Dose{Sets: 2, Hold: 20 * time.Second}},                     // 15 + 2×(5+20) + 2×30 = 125
		{Exercise: sidePlank, Dose: Dose{Sets: 1, Hold: 10 * time.Second, Rest: 15 * sec}}, // 15 + (5+2×10+5) + 15 = 60
		{Exercise: plank, Dose: Dose{Sets: 2, Hold: 10 * time.Second}},                     // 15 + 2×(5+10) + 1×30 = 75
	}}
	if !sidePlank.Sided {
		t.Fatal("side-plank is not sided; pick another sided exercise")
	}
	if got, want := r.EstimatedDuration(), 260*time.Second; got != want {
		t.Fatalf("EstimatedDuration = %v, want %v", got, want)
	}
}

// Only the stopwatch (the timed up and go) is better when smaller: every other measure counts
// seconds held or repetitions done.
func TestLowerIsBetterOnlyForTheStopwatch(t *testing.T) {
	for m := MeasureHold; m <= MeasureStopwatch; m++ {
		if got, want := m.LowerIsBetter(), m == MeasureStopwatch; got != want {
			t.Errorf("%v.LowerIsBetter() = %v, want %v", m, got, want)
		}
	}
}

// A built-in item that names no rest of its own keeps the catalog card's rest.
func TestBuiltinItemsKeepTheCardsRest(t *testing.T) {
	core, _ := BuiltinRoutine("core")
	plank, _ := Lookup("plank")
	if len(core.Items) == 0 || core.Items[0].Exercise.ID != "plank" {
		t.Fatalf("core does not open with the plank: %+v", core.Items)
	}
	if got, want := core.Items[0].Dose.Rest, plank.Dose.Rest; got != want || want == 0 {
		t.Errorf("core's plank rests %v, want the card's %v", got, want)
	}
}

// The chair stand's norms come in five-year bands: 60–64, 65–69, … 90–94.
func TestChairStandNormBandsAreFiveYears(t *testing.T) {
	e, _ := Lookup("chair-stand-30s")
	if len(e.Norms) == 0 {
		t.Fatal("the chair stand has no norms")
	}
	for _, n := range e.Norms {
		if n.AgeHi != n.AgeLo+4 {
			t.Errorf("band %d–%d, want five years", n.AgeLo, n.AgeHi)
		}
	}
}

// A file with exactly MaxFileErrors problems lists them all with no summary line; one more is
// "1 more problem", in the singular.
func TestFileErrorsCapBoundary(t *testing.T) {
	errs := func(n int) []*FileError {
		var out []*FileError
		for i := range n {
			out = append(out, &FileError{File: "r.toml", Line: i + 1, Msg: "bad"})
		}
		return out
	}
	if got := fileErrors("r.toml", errs(MaxFileErrors)); len(got) != MaxFileErrors {
		t.Errorf("%d problems gave %d lines, want them all and no summary", MaxFileErrors, len(got))
	}
	got := fileErrors("r.toml", errs(MaxFileErrors+1))
	if len(got) != MaxFileErrors+1 || !strings.Contains(got[MaxFileErrors].Msg, "and 1 more problem after") {
		t.Errorf("%d problems gave %d lines, the last %q; want the cap and \"1 more problem\"", MaxFileErrors+1, len(got), got[len(got)-1].Msg)
	}
}

// A sided exercise's sets count once per side.
func TestSetCountCountsEachSide(t *testing.T) {
	plank, _ := Lookup("plank")
	side, _ := Lookup("side-plank")
	r := Routine{Items: []Item{{Exercise: plank, Dose: Dose{Sets: 3}}, {Exercise: side, Dose: Dose{Sets: 2}}}}
	if !side.Sided || plank.Sided {
		t.Fatal("side-plank must be sided and plank not; pick other exercises")
	}
	if got := r.SetCount(); got != 3+2*2 {
		t.Errorf("SetCount = %d, want 7", got)
	}
}
