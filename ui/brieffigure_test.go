package ui

import (
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"upright/exercises"
	"upright/exercises/figure"
	"upright/session"
)

// TestBriefFigureTakesSpareRows: at 80x24 the brief's text leaves rows to spare under it, and the
// blocks beside the figure are wrapped narrower so the start and end poses get a taller corner
// than the smallest pair — while the text stays whole: the same words in the same order as on a
// terminal tall enough to need no narrowing, all of it on screen (no scroll mark), and no line
// of text ending further right than the figure allows.
func TestBriefFigureTakesSpareRows(t *testing.T) {
	taller := 0
	for _, id := range []string{"plank", "squat-to-chair", "dead-bug", "single-leg-stand", "heel-raise", "wall-sit"} {
		ex := mustExercise(id)
		h := startRoutine(t, exercises.Routine{ID: "b", Name: "B", Items: []exercises.Item{{Exercise: ex, Dose: ex.Dose}}}, nil)
		small, tall := viewAt(h.m, 80, 24), viewAt(h.m, 80, 40)
		if strings.Contains(small, "more below") {
			t.Errorf("%s: the brief scrolls at 80x24:\n%s", id, small)
		}
		if got, want := textWords(small), textWords(tall); !slices.Equal(got, want) {
			t.Errorf("%s: the brief's text at 80x24 is not the text at 80x40:\n%q\n%q", id, got, want)
		}
		if rows := figureRows(small); rows > 6 {
			taller++
		} else {
			t.Logf("%s: %d rows of figure at 80x24", id, rows)
		}
	}
	// A standing figure fills its pair's height; one lying down does not, so not every brief counts.
	if taller < 4 {
		t.Errorf("only %d of 6 briefs give the figure more than the smallest pair's 6 rows at 80x24", taller)
	}
}

// textWords are the words of a view without its figure (Braille and the arrow between poses).
func textWords(view string) []string {
	var words []string
	for _, w := range strings.Fields(strings.Map(func(r rune) rune {
		if r >= 0x2800 && r <= 0x28ff {
			return ' '
		}
		return r
	}, view)) {
		if w != "->" && w != "↓" {
			words = append(words, w)
		}
	}
	return words
}

// figureRows counts the rows that carry the figure.
func figureRows(view string) int {
	n := 0
	for _, l := range strings.Split(view, "\n") {
		if strings.ContainsFunc(l, func(r rune) bool { return r >= 0x2800 && r <= 0x28ff }) {
			n++
		}
	}
	return n
}

// briefAt is the brief of a one-exercise routine of id at its catalog dose, drawn at w × h.
func briefAt(t *testing.T, id string, w, hgt int) string {
	ex := mustExercise(id)
	h := startRoutine(t, exercises.Routine{ID: "b", Name: "B", Items: []exercises.Item{{Exercise: ex, Dose: ex.Dose}}}, nil)
	return viewAt(h.m, w, hgt)
}

// TestBriefFigureBesideItsText: the brief's figures sit beside the text they illustrate, never
// on or under the "Press enter" line next to the key line.
func TestBriefFigureBesideItsText(t *testing.T) {
	for _, id := range []string{"plank", "squat-to-chair", "dead-bug", "single-leg-stand", "heel-raise", "wall-sit", "hamstring-stretch", "four-stage-balance-test"} {
		view := briefAt(t, id, 80, 24)
		lines := strings.Split(view, "\n")
		prompt := slices.IndexFunc(lines, func(l string) bool { return strings.Contains(l, "Press enter") })
		if prompt < 0 {
			t.Fatalf("%s: no prompt in\n%s", id, view)
		}
		if rows := figureRows(strings.Join(lines[prompt:], "\n")); rows > 0 {
			t.Errorf("%s: %d rows of figure on or under the prompt:\n%s", id, rows, view)
		}
		if figureRows(view) == 0 {
			t.Errorf("%s: no figure at 80x24:\n%s", id, view)
		}
	}
}

// TestFloorBriefFigureReadable: a lying exercise's start and end poses at 80x24 are drawn large
// enough to read: each pose on rows of its own, at least figure.MinRows of them (they were three
// rows side by side, under the smallest figure).
func TestFloorBriefFigureReadable(t *testing.T) {
	for _, id := range []string{"dead-bug", "hamstring-stretch", "back-extensor-hold"} {
		view := briefAt(t, id, 80, 24)
		s, _ := figure.For(id)
		if rows, want := figureRows(view), 2*figure.MinRows(figure.FrameOf(s.Start, s.End)); rows < want {
			t.Errorf("%s: %d rows of figure at 80x24, want at least %d:\n%s", id, rows, want, view)
		}
	}
}

var stanceLabel = regexp.MustCompile(`Stance (\d) of \d`)

// TestStagedTestShowsEachStance: during the 4-stage balance test the figure shows the stance under
// way, a different drawing for each of the four.
func TestStagedTestShowsEachStance(t *testing.T) {
	ex := mustExercise(exercises.FourStageTestID)
	h := startRoutine(t, exercises.Routine{ID: "s", Name: "S", GetReady: 3 * time.Second,
		Items: []exercises.Item{{Exercise: ex, Dose: ex.Dose}}}, func(o *Options) { o.Demo = true })
	h.deliver(tea.WindowSizeMsg{Width: 80, Height: 24})
	h.send(keyEnter)
	seen := map[int]string{}
	for i := 0; h.screen() == screenSession && i < 2000 && len(h.ticks) > 0; i++ {
		h.tick()
		if h.screen() != screenSession || h.phase() != session.PhaseActive {
			continue
		}
		// The stance the screen says is under way, and the figure beside it.
		view := h.m.View()
		if m := stanceLabel.FindStringSubmatch(view); m != nil {
			stage := int(m[1][0] - '0')
			if _, ok := seen[stage]; !ok {
				seen[stage] = figureOf(view)
			}
		}
	}
	if len(seen) != len(ex.Stages) {
		t.Fatalf("saw stances %v of %d", len(seen), len(ex.Stages))
	}
	for a := 1; a <= len(seen); a++ {
		if seen[a] == "" {
			t.Errorf("stance %d shows no figure", a)
		}
		for b := a + 1; b <= len(seen); b++ {
			if seen[a] == seen[b] {
				t.Errorf("stances %d (%s) and %d (%s) show the same figure", a, ex.Stages[a-1], b, ex.Stages[b-1])
			}
		}
	}
}
