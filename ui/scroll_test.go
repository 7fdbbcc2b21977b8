package ui

import (
	"fmt"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/exp/golden"

	"upright/session"
)

// scrollCases are the screens issue 18 names: what they must show at the end is reachable on a
// small terminal by scrolling.
var scrollCases = []struct {
	name string
	// last is text near the end of the screen that must come into view.
	last  string
	build func(t *testing.T) *harness
}{
	{"checkin-redflag-question", "y / n", func(t *testing.T) *harness {
		r := clinicDemo()
		h := newHarness(t, func(o *Options) { o.Routine = &r })
		h.send(keyEnter, keyEnter, keyEnter)
		return h
	}},
	{"brief", "Press enter", namedCase("brief")},
	{"hold", "Next:", namedCase("hold")},
}

func namedCase(name string) func(t *testing.T) *harness {
	return func(t *testing.T) *harness {
		for _, sc := range screenCases {
			if sc.name == name {
				return sc.build(t)
			}
		}
		t.Fatalf("no screen case %q", name)
		return nil
	}
}

var pgdn = tea.KeyMsg{Type: tea.KeyPgDown}

// TestScrollReachesTheEnd opens each case at 40x12 and 20x6: the top shows the more-below mark
// and the key to scroll; pgdn brings the last lines into view, and pgup goes back to the top.
func TestScrollReachesTheEnd(t *testing.T) {
	for _, sc := range scrollCases {
		for _, size := range [][2]int{{40, 12}, {20, 6}} {
			w, ht := size[0], size[1]
			t.Run(fmt.Sprintf("%s_%dx%d", sc.name, w, ht), func(t *testing.T) {
				h := sc.build(t)
				h.send(tea.WindowSizeMsg{Width: w, Height: ht})
				top := h.m.View()
				if err := fits(top, w, ht); err != nil {
					t.Fatal(err)
				}
				if !strings.Contains(top, "more below") || !strings.Contains(top, "↓ more") {
					t.Fatalf("no more-below mark or scroll key at the top:\n%s", top)
				}
				if strings.Contains(top, sc.last) {
					t.Fatalf("%q is on the first page: the case does not test scrolling:\n%s", sc.last, top)
				}
				golden.RequireEqual(t, []byte(top))
				for i := 0; strings.Contains(h.m.View(), "more below"); i++ {
					if i > 40 {
						t.Fatalf("pgdn never reaches the end:\n%s", h.m.View())
					}
					h.send(pgdn)
				}
				end := h.m.View()
				if !strings.Contains(end, sc.last) || !strings.Contains(end, "more above") {
					t.Fatalf("after scrolling, %q or the more-above mark is missing:\n%s", sc.last, end)
				}
				if err := fits(end, w, ht); err != nil {
					t.Fatal(err)
				}
				if keys := lastLine(end); strings.Contains(keys, "↓ more") || !strings.Contains(keys, "↑ more") {
					t.Fatalf("at the bottom the key line must offer ↑ more, not ↓ more: %q", keys)
				}
				t.Run("end", func(t *testing.T) { golden.RequireEqual(t, []byte(end)) })
				for range 40 {
					h.send(tea.KeyMsg{Type: tea.KeyPgUp})
				}
				if h.m.View() != top {
					t.Fatalf("pgup does not go back to the top:\n%s", h.m.View())
				}
			})
		}
	}
}

// A screen that moves on starts at the top again, even when it comes back to keys it had when it
// was scrolled: the second set's hold is not shown scrolled as the first was.
func TestScrollStartsAtTheTopOfTheNextStep(t *testing.T) {
	h := demoAt(t, 0, session.PhaseGetReady)
	h.send(tea.WindowSizeMsg{Width: 40, Height: 12})
	h.untilPhase(session.PhaseActive)
	h.send(pgdn)
	if !strings.Contains(h.m.View(), "more above") {
		t.Fatalf("pgdn did not scroll the hold:\n%s", h.m.View())
	}
	h.send(runes("b"), keyEnter) // back to the brief, then on to the hold again
	h.untilPhase(session.PhaseActive)
	if v := h.m.View(); strings.Contains(v, "more above") {
		t.Fatalf("the hold opened again scrolled:\n%s", v)
	}
}
