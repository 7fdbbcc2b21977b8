package ui

import (
	"fmt"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"
)

// Home on a small terminal (issue 18 item 4): the menu first, under the title, and every line
// of the week (the program's week, today's routine, the dose goals, the last session, this week's
// count) reached by scrolling with the mark; no entry or line is cut with "…", and ↓ through the
// menu shows each entry whole.
func TestHomeDropsNothingOnSmallTerminals(t *testing.T) {
	for _, size := range [][2]int{{40, 12}, {20, 6}} {
		w, ht := size[0], size[1]
		t.Run(fmt.Sprintf("%dx%d", w, ht), func(t *testing.T) {
			h := twoProfiles(t, withProgram)
			h.send(tea.WindowSizeMsg{Width: w, Height: ht})
			top := ansi.Strip(h.m.View())
			if !strings.HasPrefix(top, "upright · Ann") || !strings.Contains(top, "› ") || !strings.Contains(top, "more below") {
				t.Fatalf("home does not open with its title, the menu's highlight and the more-below mark:\n%s", top)
			}
			var seen strings.Builder
			for i := 0; ; i++ {
				v := ansi.Strip(h.m.View())
				if err := fits(v, w, ht); err != nil {
					t.Fatal(err)
				}
				if strings.Contains(v, "…") {
					t.Fatalf("a line is cut with …:\n%s", v)
				}
				seen.WriteString(v + "\n")
				if !strings.Contains(v, "more below") {
					break
				}
				if i > 40 {
					t.Fatalf("pgdn never reaches the end:\n%s", v)
				}
				h.send(pgdn)
			}
			all := strings.Join(strings.Fields(seen.String()), " ")
			for _, want := range []string{"Week 5 of 12", "Today's routine: Core", "Days this week:",
				"Balance this week:", "Last session:", "This week: 1 session.", "Quit"} {
				if !strings.Contains(all, want) {
					t.Errorf("scrolling home never shows %q:\n%s", want, seen.String())
				}
			}
			// Each entry whole as the highlight passes it, and back at the top after the last.
			for i := 0; i < 30; i++ {
				h.send(keyDown)
				v := ansi.Strip(h.m.View())
				if strings.Contains(v, "…") {
					t.Fatalf("after %d × ↓ an entry is cut:\n%s", i+1, v)
				}
				if v == top {
					return
				}
			}
			t.Fatal("↓ never came back to the top")
		})
	}
}

// Paging past the menu's end scrolls the highlight away; the next key brings it back before it
// does anything, so enter never quits from an entry the person cannot see.
func TestEnterNeverPicksAnEntryOutOfView(t *testing.T) {
	h := twoProfiles(t, withProgram)
	h.send(tea.WindowSizeMsg{Width: 20, Height: 6})
	for range 30 { // to Quit, then on past it into the week's lines
		h.send(pgdn)
	}
	if v := ansi.Strip(h.m.View()); strings.Contains(v, "› Quit") {
		t.Fatalf("paging on from Quit kept it in view; the test needs it scrolled away:\n%s", v)
	}
	h.send(keyEnter)
	if h.quit {
		t.Fatal("enter quit from an entry out of view")
	}
	if v := ansi.Strip(h.m.View()); !strings.Contains(v, "› Quit") {
		t.Fatalf("enter did not bring the highlight back into view:\n%s", v)
	}
	h.send(keyEnter)
	if !h.quit {
		t.Fatal("enter on Quit, now in view, did not quit")
	}
}
