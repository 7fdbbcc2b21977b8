package kit

import (
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"
)

// ListWindow keeps the cursor in view, fits its rows with the marks, and counts every hidden
// entry in a mark from two rows up: no entry is cut off silently.
func TestListWindowCountsEveryHiddenEntry(t *testing.T) {
	for n := 0; n <= 12; n++ {
		for height := 1; height <= 14; height++ {
			for cur := 0; cur < max(n, 1); cur++ {
				start, end, above, below := ListWindow(n, cur, height)
				rows := end - start
				if above > 0 {
					rows++
				}
				if below > 0 && (above == 0 || height > 2) { // at two rows one mark counts both
					rows++
				}
				switch {
				case n > 0 && (cur < start || cur >= end):
					t.Fatalf("n=%d h=%d cursor %d outside [%d,%d)", n, height, cur, start, end)
				case rows > height:
					t.Fatalf("n=%d h=%d cursor %d: %d rows", n, height, cur, rows)
				case height >= 2 && (above != start || below != n-end):
					t.Fatalf("n=%d h=%d cursor %d: [%d,%d) marks %d above, %d below", n, height, cur, start, end, above, below)
				case n <= height && (start != 0 || end != n):
					t.Fatalf("n=%d h=%d: a list that fits is cut to [%d,%d)", n, height, start, end)
				}
			}
		}
	}
}

// A Menu cut to fit shows the marks, and pgdn/pgup move the highlight a page, stopping at the ends.
func TestMenuMarksAndPages(t *testing.T) {
	mn := Menu{Items: strings.Split("a b c d e f g h i j", " "), Page: 3}
	keys := On(Up, Down, PageUp, PageDown)
	view := ansi.Strip(mn.View(Styles{}, 20, 5))
	if want := "› a\n  b\n  c\n  d\n  ↓ 6 more"; view != want {
		t.Fatalf("top of the menu:\n%s\nwant\n%s", view, want)
	}
	var got []int
	for range 4 {
		mn = mn.Update(keys, pgKey("pgdown"))
		got = append(got, mn.Cursor)
	}
	if want := []int{3, 6, 9, 9}; !equalInts(got, want) {
		t.Fatalf("pgdn moved the cursor to %v, want %v", got, want)
	}
	view = ansi.Strip(mn.View(Styles{}, 20, 5))
	if want := "  ↑ 6 more\n  g\n  h\n  i\n› j"; view != want {
		t.Fatalf("end of the menu:\n%s\nwant\n%s", view, want)
	}
	mn.Cursor = 5
	if view = ansi.Strip(mn.View(Styles{}, 20, 5)); view != "  ↑ 3 more\n  d\n  e\n› f\n  ↓ 4 more" {
		t.Fatalf("middle of the menu:\n%s", view)
	}
	mn = mn.Update(keys, pgKey("pgup"))
	if mn = mn.Update(keys, pgKey("pgup")); mn.Cursor != 0 {
		t.Fatalf("pgup twice from 5 stopped at %d, want 0", mn.Cursor)
	}
}

func pgKey(name string) tea.KeyMsg {
	if name == "pgup" {
		return tea.KeyMsg{Type: tea.KeyPgUp}
	}
	return tea.KeyMsg{Type: tea.KeyPgDown}
}

func equalInts(a, b []int) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// A menu with one row for many entries says where the highlight is on that row; with two, one
// mark counts what is above and below.
func TestMenuOnOneOrTwoRowsSaysWhere(t *testing.T) {
	mn := Menu{Items: []string{"Plank (incline)", "Side plank (wall)", "Dead bug"}, Cursor: 1}
	if v := ansi.Strip(mn.View(Styles{}, 18, 1)); v != "› Side plank … 2/3" {
		t.Fatalf("one row of a menu of three: %q", v)
	}
	if v := ansi.Strip(mn.View(Styles{}, 20, 2)); v != "› Side plank (wall)\n  ↑ 1 · ↓ 1 more" {
		t.Fatalf("two rows in the middle of a menu of three: %q", v)
	}
}
