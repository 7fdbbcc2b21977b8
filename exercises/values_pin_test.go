package exercises

import (
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
