package record

import (
	"errors"
	"slices"
	"testing"
)

// The pain scale's edges at check-in: up to 5 is fine, 6 asks for small movements, 7 and above
// is a gentle day, which already says to stay gentle, so the "above 5" line is not added too.
func TestEvaluateCheckinPainEdges(t *testing.T) {
	cases := []struct {
		pain  int
		title string
		lines []string
	}{
		{0, titleReady, nil},
		{5, titleReady, nil},
		{6, titleReady, []string{lineHighPain}},
		{7, titleGentle, []string{lineGentle}},
		{10, titleGentle, []string{lineGentle}},
	}
	for _, c := range cases {
		a := EvaluateCheckin(Checkin{Pain: c.pain})
		if a.Stop || a.Title != c.title || !slices.Equal(a.Lines, c.lines) {
			t.Errorf("pain %d: %+v; want %q with lines %q", c.pain, a, c.title, c.lines)
		}
	}
}

// Check-out answers are on 0–10 scales; both ends are answers a person can give.
func TestCheckoutValidateEdges(t *testing.T) {
	for _, co := range []Checkout{{Pain: 10, Effort: 0}, {Pain: 0, Effort: 10}, {Pain: 10, Effort: 10, Reports: []ExerciseReport{{Exercise: "plank"}}}} {
		if err := co.Validate(); err != nil {
			t.Errorf("%+v refused: %v", co, err)
		}
	}
	for _, co := range []Checkout{{Pain: -1}, {Pain: 11}, {Effort: -1}, {Effort: 11}} {
		if err := co.Validate(); !errors.Is(err, ErrOutOfRange) {
			t.Errorf("%+v: %v, want out of range", co, err)
		}
	}
	for _, c := range []Checkin{{Pain: 0}, {Pain: 10}, {Morning: MorningBetter}, {Morning: MorningWorse}} {
		if err := c.Validate(); err != nil {
			t.Errorf("%+v refused: %v", c, err)
		}
	}
}

// A check-in raises one flag per red flag answered, with the question's text for the therapist,
// and one for a fall; a stored answer whose id is no longer known keeps its id as the detail.
func TestCheckinFlags(t *testing.T) {
	got := CheckinFlags(Checkin{RedFlags: []string{"chest-pain", "retired-id"}, Fall: true}, at(30))
	want := []Flag{
		{Kind: FlagRedFlag, At: at(30), Detail: "Chest pain or pressure"},
		{Kind: FlagRedFlag, At: at(30), Detail: "retired-id"},
		{Kind: FlagFall, At: at(30), Detail: "a fall or near-fall since the last session"},
	}
	if !slices.Equal(got, want) {
		t.Errorf("CheckinFlags = %+v\nwant %+v", got, want)
	}
	if got := CheckinFlags(Checkin{Pain: 4}, t0); got == nil || len(got) != 0 {
		t.Errorf("a calm check-in raised %#v, want an empty list", got)
	}
}
