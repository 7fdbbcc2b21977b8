package ui

import (
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"

	"upright/exercises"
	analytics "upright/progress"
	"upright/session"
	"upright/session/record"
	"upright/ui/kit/kittest"
	"upright/ui/nav"
)

// The 4-stage balance test at 80x24, second by second through every stance: the stance's whole
// description and the whole cue under way are on screen, and nothing is cut with "…" (issue 18
// item 4: rows are free below, so text that matters wraps).
func TestFourStageTextIsWholeAt80x24(t *testing.T) {
	h := startRoutine(t, checkupRoutine(t), nil)
	ex := mustExercise(exercises.FourStageTestID)
	h.toActive(exercises.FourStageTestID)
	seen := map[int]bool{}
	for h.phase() == session.PhaseActive && h.eng().Step().Exercise.ID == ex.ID {
		v := ansi.Strip(h.m.View())
		if err := fits(v, 80, 24); err != nil {
			t.Fatal(err)
		}
		if strings.Contains(v, "…") {
			t.Fatalf("text cut with …:\n%s", v)
		}
		k, _, _ := h.eng().Stage(h.at())
		f := strings.Join(strings.Fields(v), " ")
		if !strings.Contains(f, ex.Stages[k-1]) {
			t.Fatalf("stance %d's description %q is not whole:\n%s", k, ex.Stages[k-1], v)
		}
		if !wholeCue(f, ex.Cues) {
			t.Fatalf("no cue is whole:\n%s", v)
		}
		seen[k] = true
		h.tick()
	}
	if len(seen) != len(ex.Stages) {
		t.Errorf("saw stances %v, want all %d", seen, len(ex.Stages))
	}
}

// At 40x12 the same step has no room: the cue is not cut either, and scrolling brings it whole.
func TestFourStageCueScrollsAt40x12(t *testing.T) {
	h := startRoutine(t, checkupRoutine(t), nil)
	ex := mustExercise(exercises.FourStageTestID)
	h.toActive(exercises.FourStageTestID)
	h.send(tea.WindowSizeMsg{Width: 40, Height: 12})
	for range 3 {
		h.tick()
	}
	for i := 0; strings.Contains(h.m.View(), "more below"); i++ {
		if i > 20 {
			t.Fatal("pgdn never reaches the end")
		}
		h.send(pgdn)
	}
	v := ansi.Strip(h.m.View())
	if f := strings.Join(strings.Fields(v), " "); !wholeCue(f, ex.Cues) || strings.Contains(v, "…") {
		t.Fatalf("the cue is not whole at the end of the page:\n%s", v)
	}
}

// wholeCue reports whether the flattened view shows one of cues whole after "Cue: ".
func wholeCue(flat string, cues []string) bool {
	for _, c := range cues {
		if strings.Contains(flat, "Cue: "+strings.Join(strings.Fields(c), " ")) {
			return true
		}
	}
	return false
}

// The progress screen at 80x24 with check-up tests and their norms: the root scrolls it as any
// page (its title says no percentage), every source name is read whole on the way down, and
// nothing is cut with "…".
func TestProgressSourcesWholeAt80x24(t *testing.T) {
	h := twoProfiles(t, func(o *Options) {
		o.AgeBand, o.ProfileData.AgeBand, o.ProfileData.Sex = "70-79", "70-79", "female"
		st := o.Store.(*kittest.FakeStore)
		st.Recs = append(st.Recs,
			annRecord("s1", t0.AddDate(0, 0, -3), exercises.ChairStandTestID,
				record.SetResult{Set: 1, TargetSeconds: 30, HeldSeconds: 30, Reps: 11, Measure: "timed-reps"}),
			annRecord("s2", t0.AddDate(0, 0, -3), analytics.StanceTestID,
				record.SetResult{Set: 1, Side: record.SideLeft, TargetSeconds: 45, HeldSeconds: 4.5, Measure: "max-hold"},
				record.SetResult{Set: 1, Side: record.SideRight, TargetSeconds: 45, HeldSeconds: 5, Measure: "max-hold"}))
	})
	h.send(nav.Progress{})
	var seen strings.Builder
	for i := 0; ; i++ {
		v := ansi.Strip(h.m.View())
		if err := fits(v, 80, 24); err != nil {
			t.Fatal(err)
		}
		if i == 0 && (strings.Contains(strings.SplitN(v, "\n", 2)[0], "%") || !strings.Contains(v, "more below")) {
			t.Fatalf("the first page: a percentage in the title, or no more-below mark:\n%s", v)
		}
		if strings.Contains(v, "…") {
			t.Fatalf("text cut with …:\n%s", v)
		}
		lines := strings.Split(v, "\n")
		seen.WriteString(strings.Join(lines[:len(lines)-2], "\n") + "\n")
		if !strings.Contains(v, "more below") {
			break
		}
		if i > 20 {
			t.Fatalf("pgdn never reaches the end:\n%s", v)
		}
		h.send(pgdn)
	}
	all := strings.Join(strings.Fields(seen.String()), " ")
	for _, want := range []string{"(Bohannon 2006, single-leg stance meta-analysis)", "Rikli & Jones, Senior Fitness Test via CDC STEADI)", "Suggestions"} {
		if !strings.Contains(all, want) {
			t.Errorf("scrolling through progress never shows %q whole:\n%s", want, seen.String())
		}
	}
}
