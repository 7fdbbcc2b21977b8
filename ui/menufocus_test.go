package ui

import (
	"fmt"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"

	"upright/exercises"
	"upright/session/profile"
	"upright/ui/kit"
	"upright/ui/kit/kittest"
)

var keyUp = tea.KeyMsg{Type: tea.KeyUp}

// listCase is a list-like screen taller than a small terminal: the page's title, its last entry,
// and what enter on that entry opens.
type listCase struct {
	name   string
	sizes  [][2]int
	build  func(t *testing.T) *harness
	title  string
	last   string
	opened func(h *harness) bool
}

var listCases = []listCase{
	{"home", [][2]int{{20, 6}}, homeWithData, "upright", "Quit",
		func(h *harness) bool { return h.quit }},
	{"home-program", [][2]int{{40, 12}, {20, 6}}, func(t *testing.T) *harness { return twoProfiles(t, withProgram) },
		"upright · Ann", "Quit", func(h *harness) bool { return h.quit }},
	{"picker", [][2]int{{40, 12}, {20, 6}}, pickerWithSaved, "Choose a routine", "Clinic demo",
		func(h *harness) bool {
			return h.screen() != screenPicker && strings.Contains(viewText(h), "Clinic demo")
		}},
	{"profiles", [][2]int{{40, 12}, {20, 6}}, manyProfiles, "Profiles", "New profile…",
		func(h *harness) bool { return strings.Contains(viewText(h), "New profile") && !onProfileList(h) }},
	{"catalog", [][2]int{{40, 12}, {20, 6}}, with(homeWithData, runes("j"), runes("j"), runes("j"), keyEnter), "Exercises",
		"Safe movement: " + lastCard(), func(h *harness) bool {
			return h.screen() == screenCatalog && strings.HasPrefix(strings.TrimSpace(viewText(h)), "Safe movement: "+lastCard())
		}},
}

func lastCard() string {
	cards := exercises.SafeMovementCards()
	return cards[len(cards)-1].Title
}

// scrolledDown reports the mark that says part of the page is above: "↕" where the words do not fit.
func scrolledDown(view string) bool {
	return strings.Contains(view, "more above") || strings.Contains(view, "↕ more below")
}

// pickerWithSaved opens the routine picker with three saved routines (listed before the built-in
// ones, so the list is longer than any terminal here).
func pickerWithSaved(t *testing.T) *harness { return pickerWith(t, 3) }

// manyProfiles opens the profiles list with twelve people on it.
func manyProfiles(t *testing.T) *harness {
	h := twoProfiles(t, func(o *Options) {
		st := o.Store.(*kittest.FakeStore)
		for i := 1; i <= 10; i++ {
			name := fmt.Sprintf("person%02d", i)
			st.People[name] = profile.Profile{Name: name, FirstRunDone: true}
		}
	})
	toProfiles(h)
	return h
}

// highlighted is the text of the entry the cursor is on, when it is in view.
func highlighted(view string) (string, bool) {
	if top, _, ok := kit.CursorFocus(view); ok {
		return strings.TrimPrefix(strings.TrimSpace(strings.Split(view, "\n")[top]), kit.CursorMark), true
	}
	return "", false
}

// TestListsKeepTheHighlightInView drives each list with ↓ to its last entry at small sizes: the
// highlighted entry is on screen at every step, the marks say what is above and below, the key line
// keeps the list's keys, ↓ on the last entry wraps to the top of the page (title and all), pgdn and
// pgup scroll the page, and enter on the last entry opens it.
func TestListsKeepTheHighlightInView(t *testing.T) {
	for _, lc := range listCases {
		for _, size := range lc.sizes {
			w, ht := size[0], size[1]
			t.Run(fmt.Sprintf("%s_%dx%d", lc.name, w, ht), func(t *testing.T) {
				h := lc.build(t)
				h.send(tea.WindowSizeMsg{Width: w, Height: ht})
				top := h.m.View()
				if _, ok := highlighted(top); !ok || !strings.HasPrefix(top, lc.title) || !strings.Contains(top, "more below") {
					t.Fatalf("the list does not open at its top with the title, the highlight and a more-below mark:\n%s", top)
				}
				h.send(pgdn)
				if v := h.m.View(); !scrolledDown(v) {
					t.Fatalf("pgdn did not scroll the page:\n%s", v)
				}
				for range 20 {
					h.send(tea.KeyMsg{Type: tea.KeyPgUp})
				}
				if v := h.m.View(); v != top {
					t.Fatalf("pgup did not go back to the top:\n%s\nwant\n%s", v, top)
				}
				// ↓ until the list wraps to its first entry, which shows the page from its top again.
				var end string
				for i := 0; ; i++ {
					v := h.m.View()
					if err := fits(v, w, ht); err != nil {
						t.Fatal(err)
					}
					if _, ok := highlighted(v); !ok {
						t.Fatalf("after %d × ↓ the highlighted entry is out of view:\n%s", i, v)
					}
					if i > 0 && v == top {
						break
					}
					if i > 80 {
						t.Fatalf("↓ never came back to the top of the page, title and all:\n%s", v)
					}
					end = v
					h.send(keyDown)
				}
				cur, _ := highlighted(end)
				if cut := strings.TrimSuffix(cur, "…"); cut == "" || !strings.HasPrefix(cur, lc.last) && !strings.HasPrefix(lc.last, cut) {
					t.Fatalf("the last entry is %q, want %q:\n%s", cur, lc.last, end)
				}
				if !scrolledDown(end) {
					t.Fatalf("no more-above mark at the last entry:\n%s", end)
				}
				lines := strings.Split(end, "\n")
				if keys := lines[len(lines)-1]; !strings.HasPrefix(keys, "enter") || strings.Contains(keys, "more") {
					t.Fatalf("the key line does not lead with enter and the list's own keys: %q", keys)
				}
				h.send(keyUp)
				if v := h.m.View(); v != end {
					t.Fatalf("↑ from the first entry did not come back to the last as before:\n%s\nwant\n%s", v, end)
				}
				h.send(keyEnter)
				if !lc.opened(h) {
					t.Fatalf("enter on the last entry (%q) did not open it: screen %v\n%s", lc.last, h.screen(), viewText(h))
				}
			})
		}
	}
}
