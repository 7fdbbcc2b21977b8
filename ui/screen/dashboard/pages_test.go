package dashboard

import (
	"testing"

	tea "github.com/charmbracelet/bubbletea"

	"upright/ui/nav"
)

// TestDashboardPageKeysMoveTheHighlight: pgdn and pgup move the highlighted patient a page of
// the table, stopping at the ends, and enter opens the patient highlighted.
func TestDashboardPageKeysMoveTheHighlight(t *testing.T) {
	h, _ := open(t)
	h.Env.Height = 5 // a page of two rows
	m := func() model { return h.Screen.(model) }
	var at []int
	for range 3 {
		h.Send(tea.KeyMsg{Type: tea.KeyPgDown})
		at = append(at, m().cursor)
	}
	if at[0] != 2 || at[1] != 3 || at[2] != 3 {
		t.Fatalf("pgdn moved the cursor to %v, want 2, then the last row 3, and no further", at)
	}
	last := m().rows[3].p.Name
	h.Send(tea.KeyMsg{Type: tea.KeyEnter})
	if sw, ok := h.LastNav().(nav.SwitchProfile); !ok || sw.Profile.Name != last {
		t.Fatalf("enter sent %#v, want %s's history", h.LastNav(), last)
	}
	h.Send(tea.KeyMsg{Type: tea.KeyPgUp}, tea.KeyMsg{Type: tea.KeyPgUp})
	if c := m().cursor; c != 0 {
		t.Fatalf("pgup twice from the last row stopped at %d, want 0", c)
	}
}
