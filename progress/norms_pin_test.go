package progress

import "testing"

// An age or band is read at its limits as a person would mean it: a band of one year is a band,
// nobody is 0 years old, and a band may not run backwards.
func TestParseAgeBandLimits(t *testing.T) {
	for _, c := range []struct {
		in  string
		age int
		ok  bool
	}{
		{"1", 1, true}, {"0", 0, false},
		{"1+", 1, true}, {"0+", 0, false},
		{"70-70", 70, true}, {"1-2", 1, true}, {"0-10", 0, false}, {"71-70", 0, false},
	} {
		if age, ok := ParseAgeBand(c.in); ok != c.ok || (ok && age != c.age) {
			t.Errorf("ParseAgeBand(%q) = %d, %v; want %d, %v", c.in, age, ok, c.age, c.ok)
		}
	}
}

// The concern threshold is "under 5 s" on either side, the right as much as the left, and a side
// not measured is no concern whatever it holds.
func TestStanceConcernOnEitherSide(t *testing.T) {
	for _, c := range []struct {
		r    StanceResult
		want bool
	}{
		{StanceResult{HasRight: true, Right: ConcernThreshold}, false},
		{StanceResult{HasRight: true, Right: 4.9}, true},
		{StanceResult{HasLeft: true, Left: 4.9}, true},
		{StanceResult{HasLeft: true, Left: 12, HasRight: true, Right: 4.9}, true},
		{StanceResult{Right: 1}, false},
	} {
		if got := c.r.Concern(); got != c.want {
			t.Errorf("%+v: concern %v, want %v", c.r, got, c.want)
		}
	}
}

// Areas are named in a fixed order, joined by "+", and an empty set says so.
func TestAreasNames(t *testing.T) {
	for _, c := range []struct {
		a    Areas
		want string
	}{
		{0, "none"},
		{AreaBalance, "balance"},
		{AreaStretch | AreaStrength, "strength+stretch"},
		{AreaStrength | AreaBalance | AreaPosture | AreaStretch, "strength+balance+posture+stretch"},
	} {
		if got := c.a.String(); got != c.want {
			t.Errorf("Areas(%d) = %q, want %q", c.a, got, c.want)
		}
	}
}
