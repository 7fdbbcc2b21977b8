package ui

import (
	"strings"
	"testing"

	"upright/session"
	"upright/ui/kit"
)

// Paced reps name the card's phases (issue 18): a heel raise is "Rise" then "Lower", never the
// UP and DOWN every exercise once had.
func TestPacedRepsSayTheCardsPhaseWords(t *testing.T) {
	h := demoAt(t, 2, session.PhaseActive)
	first := viewText(h)
	h.until("the second half", func() bool { return !h.eng().Pace(h.at()).Up })
	second := viewText(h)
	if !strings.Contains(first, "Rise ") || !strings.Contains(second, "Lower ") {
		t.Fatalf("want Rise then Lower:\n%s\n---\n%s", first, second)
	}
	for _, v := range []string{first, second} {
		if strings.Contains(v, "UP") || strings.Contains(v, "DOWN") {
			t.Fatalf("UP/DOWN on a heel raise:\n%s", v)
		}
	}
}

// During a set's get-ready, "Next:" is that set, not the one after (issue 18).
func TestGetReadyNextIsThisSet(t *testing.T) {
	h := demoAt(t, 0, session.PhaseGetReady)
	v := viewText(h)
	if !strings.Contains(v, "Next: Plank (incline), set 1 of 1") {
		t.Fatalf("the get-ready does not name its own set next:\n%s", v)
	}
}

// The header shortens in its planned order: the time left goes first, the set never.
func TestWhereLineShortensInOrder(t *testing.T) {
	h := demoAt(t, 0, session.PhaseActive)
	for _, c := range []struct {
		w, ht int
		want  string
		not   string
	}{
		{80, 24, "Exercise 1 of 9 · set 1 of 1 · about ", ""},
		{40, 12, "Exercise 1 of 9 · set 1 of 1", "min left"},
		{20, 6, "Ex 1/9 · set 1/1", "…"},
	} {
		v := viewAt(h.m, c.w, c.ht)
		if !strings.Contains(v, c.want) || (c.not != "" && strings.Contains(v, c.not)) {
			t.Errorf("%dx%d: want %q without %q:\n%s", c.w, c.ht, c.want, c.not, v)
		}
	}
}

// The rest after a set shows that set's result, done of planned (issue 18).
func TestRestShowsTheLastSetsResult(t *testing.T) {
	h := demoAt(t, 0, session.PhaseRest)
	for _, size := range [][2]int{{80, 24}, {40, 12}, {20, 6}} {
		if v := viewAt(h.m, size[0], size[1]); !strings.Contains(v, "held 0:05 of 0:05") {
			t.Errorf("%dx%d: the rest does not show the plank's result:\n%s", size[0], size[1], v)
		}
	}
}

// The summary lists each exercise's holds and reps as done of planned, at 40x12 too (issue 18).
func TestSummaryListsEachExerciseDoneOfPlanned(t *testing.T) {
	h := with(tinyAtCheckout, runes("6"), keyEnter, runes("1"), keyEnter, keyEnter, keyEnter)(t)
	for _, size := range [][2]int{{80, 24}, {40, 12}} {
		v := viewAt(h.m, size[0], size[1])
		if !strings.Contains(v, "Plank (incline): held 0:03 of 0:03") || !strings.Contains(v, "of 2 reps") {
			t.Errorf("%dx%d: the summary does not list the exercises done of planned:\n%s", size[0], size[1], v)
		}
	}
}

// The presenter grows with the terminal: more rows of block digits at 200x60 than at 120x40, the
// phase in block letters too, and a paced rep's phase seconds large (issue 18).
func TestPresenterGrowsWithTheTerminal(t *testing.T) {
	h := demoAt(t, 0, session.PhaseActive)
	rows := func(v string) int { return strings.Count(v, "█") }
	small, large := viewAt(h.m, 120, 40), viewAt(h.m, 200, 60)
	if rows(large) <= rows(small) {
		t.Errorf("the presenter is no larger at 200x60 (%d block cells) than at 120x40 (%d)", rows(large), rows(small))
	}
	if !bigWordIn(small, "HOLD") {
		t.Errorf("no HOLD in block letters at 120x40:\n%s", small)
	}
	p := demoAt(t, 2, session.PhaseActive)
	if v := viewAt(p.m, 120, 40); !bigWordIn(v, "RISE") || !bigWordIn(v, "0:03") {
		t.Errorf("a paced rep does not show RISE and its seconds large:\n%s", v)
	}
}

// bigWordIn reports whether view shows word in block letters at some scale.
func bigWordIn(view, word string) bool {
	for s := 1; s <= 10; s++ {
		first := strings.Split(kit.RenderBig(word, s), "\n")[0]
		if strings.Contains(view, first) {
			return true
		}
	}
	return false
}

// The check-out note wraps and shows everything typed, at 40x12 too, and is stored whole (issue 18).
func TestCheckoutNoteWrapsAndIsStoredWhole(t *testing.T) {
	h := with(tinyAtCheckout, runes("6"), keyEnter, runes("1"), keyEnter, keyEnter)(t)
	note := "Knee ached a little on the second squat set but settled after the rest; balance felt steadier than last week, endword"
	h.send(typed(note)...)
	v := viewAt(h.m, 40, 12)
	for _, w := range []string{"Knee", "steadier", "endword"} {
		if !strings.Contains(v, w) {
			t.Fatalf("%q typed but not shown at 40x12:\n%s", w, v)
		}
	}
	h.send(keyEnter)
	_, fin := h.store.Snapshot()
	if len(fin) != 1 || fin[0].Checkout == nil || fin[0].Checkout.Note != note {
		t.Fatalf("the note was not stored whole: %+v", fin)
	}
}

// Key lines never collapse to "…": at every width the keys shown are whole, the screen's first
// key comes first, and ? is there to show the rest while it fits (issue 18).
func TestKeyLinesKeepWholeKeys(t *testing.T) {
	h := demoAt(t, 0, session.PhaseActive)
	for _, w := range []int{80, 60, 40, 30, 20} {
		v := viewAt(h.m, w, 12)
		lines := strings.Split(v, "\n")
		keyLine := lines[len(lines)-1]
		if strings.Contains(keyLine, "…") || !strings.HasPrefix(keyLine, "p pause") || !strings.Contains(keyLine, "?") {
			t.Errorf("%d columns: key line %q", w, keyLine)
		}
	}
}
