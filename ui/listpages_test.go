package ui

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"

	"upright/exercises"
)

var (
	pgup     = tea.KeyMsg{Type: tea.KeyPgUp}
	moreMark = regexp.MustCompile(`^ *([↑↓]) (\d+) more$`)
)

// pickerWith opens the routine picker with n saved routines, listed first.
func pickerWith(t *testing.T, n int) *harness {
	h := homeWithData(t)
	for i := 1; i <= n; i++ {
		src := fmt.Sprintf("name = \"Saved routine %02d\"\n\n[[exercise]]\nid = \"plank\"\nsets = 2\nhold = \"15s\"\n", i)
		if _, err := h.store.SaveRoutine(RoutineSave{Src: []byte(src)}); err != nil {
			t.Fatal(err)
		}
	}
	h.send(keyEnter)
	if h.screen() != screenPicker {
		t.Fatalf("enter on home opened %v, want the picker", h.screen())
	}
	return h
}

// pickerList reads the wide picker's list off the screen: the entries in view and the counts of
// its marks.
func pickerList(view string) (entries []string, above, below int) {
	for _, l := range strings.Split(view, "\n") {
		if m := moreMark.FindStringSubmatch(l); m != nil {
			n, _ := strconv.Atoi(m[2])
			if m[1] == "↑" {
				above = n
			} else {
				below = n
			}
			continue
		}
		t := strings.TrimPrefix(l, " ")
		if strings.HasPrefix(t, "› ") || strings.HasPrefix(t, "  ") && strings.TrimSpace(t) != "" {
			name, _, _ := strings.Cut(strings.TrimSpace(strings.TrimPrefix(t, "› ")), "  ")
			entries = append(entries, name)
		}
	}
	return entries, above, below
}

// TestWidePickerMarksWhatItHides: at 80x24 with twelve saved routines the picker's list is cut to
// keep the preview under it; on every step of ↓ through the whole list the entries in view and
// the "↑ n more" / "↓ n more" marks add up to every routine, the highlight is in view with its
// preview, every routine is reached, and enter on one that started out hidden opens it.
func TestWidePickerMarksWhatItHides(t *testing.T) {
	h := pickerWith(t, 12)
	h.send(tea.WindowSizeMsg{Width: 80, Height: 24})
	total := 12 + len(exercises.Builtin())
	first := h.m.View()
	if _, _, below := pickerList(first); below == 0 {
		t.Fatalf("the list opens with no mark for the routines below it:\n%s", first)
	}
	seen := map[string]bool{}
	for i := range total {
		v := h.m.View()
		if err := fits(v, 80, 24); err != nil {
			t.Fatal(err)
		}
		entries, above, below := pickerList(v)
		if len(entries)+above+below != total {
			t.Fatalf("step %d: %d in view, %d above and %d below: %d routines, want %d:\n%s",
				i, len(entries), above, below, len(entries)+above+below, total, v)
		}
		cur, ok := highlighted(v)
		if !ok {
			t.Fatalf("step %d: the highlight is out of view:\n%s", i, v)
		}
		name, _, _ := strings.Cut(cur, "  ")
		if !strings.Contains(v, "\n "+name+"\n") {
			t.Fatalf("step %d: no preview of %q under the list:\n%s", i, name, v)
		}
		seen[name] = true
		h.send(keyDown)
	}
	for i := 1; i <= 12; i++ {
		if name := fmt.Sprintf("Saved routine %02d", i); !seen[name] {
			t.Fatalf("%q was never highlighted; seen %v", name, seen)
		}
	}
	for _, r := range exercises.Builtin() {
		if !seen[r.Name] {
			t.Fatalf("%q was never highlighted; seen %v", r.Name, seen)
		}
	}
	if v := h.m.View(); v != first {
		t.Fatalf("↓ from the last routine did not come back to the first page:\n%s", v)
	}
	for range 11 {
		h.send(keyDown)
	}
	if cur, _ := highlighted(h.m.View()); !strings.HasPrefix(cur, "Saved routine 12") {
		t.Fatalf("the twelfth entry is %q, want Saved routine 12", cur)
	}
	h.send(keyEnter)
	if h.screen() == screenPicker || !strings.Contains(viewText(h), "Saved routine 12") {
		t.Fatalf("enter on Saved routine 12 opened %v:\n%s", h.screen(), viewText(h))
	}
}

// TestPageKeysMoveTheHighlight: pgdn and pgup on a list at 40x12 move the highlight a page with
// the view, never leaving it off screen, and enter opens the entry highlighted, whatever page.
func TestPageKeysMoveTheHighlight(t *testing.T) {
	cases := []struct {
		name   string
		build  func(t *testing.T) *harness
		opened func(h *harness, entry string) bool
	}{
		{"home", func(t *testing.T) *harness { return twoProfiles(t, withProgram) }, func(h *harness, entry string) bool {
			want := map[string]screenID{"History": screenHistory, "Progress": screenProgress, "Exercises": screenCatalog,
				"Build a routine": screenBuilder, "Profiles": screenProfiles}
			switch {
			case entry == "Quit":
				return h.quit
			case want[entry] != "":
				return h.screen() == want[entry]
			}
			return h.screen() != screenHome || strings.Contains(viewText(h), strings.TrimSuffix(entry, "…"))
		}},
		{"picker", func(t *testing.T) *harness { return pickerWith(t, 12) }, func(h *harness, entry string) bool {
			name, _, _ := strings.Cut(entry, " · ")
			return h.screen() == screenCheckin && strings.Contains(viewText(h), name)
		}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var reached []string
			for presses := 1; ; presses++ {
				h := c.build(t)
				h.send(tea.WindowSizeMsg{Width: 40, Height: 12})
				for range presses {
					h.send(pgdn)
				}
				v := h.m.View()
				cur, ok := highlighted(v)
				if !ok {
					t.Fatalf("after %d × pgdn the highlight is out of view:\n%s", presses, v)
				}
				if err := fits(v, 40, 12); err != nil {
					t.Fatal(err)
				}
				if len(reached) > 0 && reached[len(reached)-1] == cur {
					break // the last entry: pgdn stops there
				}
				if presses > 10 {
					t.Fatalf("pgdn never stopped at the last entry: %v", reached)
				}
				reached = append(reached, cur)
				h.send(keyEnter)
				if !c.opened(h, cur) {
					t.Fatalf("enter after %d × pgdn on %q opened %v:\n%s", presses, cur, h.screen(), viewText(h))
				}
			}
			t.Logf("pgdn reached %q", reached)
			if len(reached) < 2 {
				t.Fatalf("pgdn reached only %v: the list is not longer than a page", reached)
			}
			h := c.build(t)
			h.send(tea.WindowSizeMsg{Width: 40, Height: 12})
			top := h.m.View()
			for range 3 {
				h.send(pgdn)
			}
			for range 5 {
				h.send(pgup)
				if _, ok := highlighted(h.m.View()); !ok {
					t.Fatalf("pgup left the highlight out of view:\n%s", h.m.View())
				}
			}
			if v := h.m.View(); v != top {
				t.Fatalf("pgup did not come back to the top of the page:\n%s\nwant\n%s", v, top)
			}
		})
	}
}
