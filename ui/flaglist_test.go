package ui

import (
	"fmt"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/exp/golden"

	"upright/session/record"
)

var keyDown = tea.KeyMsg{Type: tea.KeyDown}

// flagList opens the check-in's red-flag tick list (yes to "any of these") at w×h.
func flagList(t *testing.T, w, h int) *harness {
	t.Helper()
	r := clinicDemo()
	hs := newHarness(t, func(o *Options) { o.Routine = &r })
	hs.passGate()
	hs.send(keyEnter, keyEnter, keyEnter, runes("y"))
	hs.send(tea.WindowSizeMsg{Width: w, Height: h})
	return hs
}

// TestRedFlagListReachesEveryFlag walks the tick list with ↓ at 40x12 and 20x6 (issue 18): each
// flag, the last included, comes into view whole-worded (wrapped, never cut with "…") while it is
// highlighted, the marks say there is more below and then above, and the last flag ticked is
// the one the check-in records.
func TestRedFlagListReachesEveryFlag(t *testing.T) {
	for _, size := range [][2]int{{40, 12}, {20, 6}} {
		w, ht := size[0], size[1]
		t.Run(fmt.Sprintf("%dx%d", w, ht), func(t *testing.T) {
			h := flagList(t, w, ht)
			top := h.m.View()
			if err := fits(top, w, ht); err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(top, "› [ ]") || !strings.Contains(top, "more below") {
				t.Fatalf("the list does not open on its first flag with a more-below mark:\n%s", top)
			}
			// The key to tick is said on screen: in the key line, or in the question where it is narrow.
			if !strings.Contains(top, "space tick") && !strings.Contains(top, "(space)") {
				t.Fatalf("nothing says space ticks:\n%s", top)
			}
			golden.RequireEqual(t, []byte(top))
			last := record.RedFlags[len(record.RedFlags)-1]
			for i, f := range record.RedFlags {
				v := h.m.View()
				if err := fits(v, w, ht); err != nil {
					t.Fatal(err)
				}
				for _, l := range strings.Split(v, "\n") {
					if strings.Contains(l, "…") && (strings.Contains(l, "[ ]") || strings.HasPrefix(l, "      ")) {
						t.Fatalf("flag %d: a flag cut with …:\n%s", i, v)
					}
				}
				// The first word of the highlighted flag is on the line with the cursor.
				first := strings.Fields(f.Text)[0]
				if !strings.Contains(v, "› [ ] "+first) {
					t.Fatalf("flag %d (%q) is highlighted but not in view:\n%s", i, f.Text, v)
				}
				if i < len(record.RedFlags)-1 {
					h.send(keyDown)
				}
			}
			h.send(keySpace)
			if v := h.m.View(); !strings.Contains(v, "› [x] "+strings.Fields(last.Text)[0]) {
				t.Fatalf("space did not tick the last flag:\n%s", v)
			}
			// Scrolled past the question, the key line still says how to tick where it has room.
			if v := h.m.View(); w >= 40 && !strings.Contains(v, "space tick") {
				t.Fatalf("the key line does not say space ticks:\n%s", v)
			}
			// Where the last flag is taller than the window (20x6), pgdn shows the rest of it.
			for i := 0; strings.Contains(h.m.View(), "more below"); i++ {
				if i > 10 {
					t.Fatalf("pgdn never reaches the end of the list:\n%s", h.m.View())
				}
				h.send(pgdn)
			}
			end := h.m.View()
			words := strings.Fields(last.Text)
			if !strings.Contains(end, words[len(words)-1]) || !strings.Contains(end, "Question 5 of 5") || !strings.Contains(end, "more above") {
				t.Fatalf("the end of the last flag, the question count or the more-above mark is not in view:\n%s", end)
			}
			t.Run("last", func(t *testing.T) { golden.RequireEqual(t, []byte(end)) })
			h.send(keyEnter)
			if h.screen() != screenAdvice {
				t.Fatalf("enter after ticking the last flag opened %v, want the advice", h.screen())
			}
		})
	}
}
