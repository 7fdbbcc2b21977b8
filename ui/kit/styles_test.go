package kit

import (
	"testing"

	"github.com/charmbracelet/lipgloss"
	"github.com/muesli/termenv"
)

// TestInkPaintsAsLipglossRenders: the countdown's digits and bar are painted with inks instead
// of lipgloss's Render; on every colour profile the bytes must be the same.
func TestInkPaintsAsLipglossRenders(t *testing.T) {
	defer lipgloss.SetColorProfile(termenv.Ascii)
	samples := []string{"█████     █████ █████", "█   █  █  █   █ █", "░░░░░", " ", "0:27"}
	for _, p := range []termenv.Profile{termenv.TrueColor, termenv.ANSI256, termenv.ANSI, termenv.Ascii} {
		lipgloss.SetColorProfile(p)
		st := DefaultStyles()
		pairs := []struct {
			name  string
			style lipgloss.Style
			Ink   Ink
		}{
			{"Big", st.Big, st.BigInk}, {"BigPaused", st.BigPaused, st.BigPausedInk},
			{"BarFull", st.BarFull, st.BarFullInk}, {"BarEmpty", st.BarEmpty, st.BarEmptyInk},
		}
		for _, pair := range pairs {
			for _, s := range samples {
				if got, want := pair.Ink.Paint(s), pair.style.Render(s); got != want {
					t.Errorf("profile %v, %s: Ink paints %q, Render gives %q", p, pair.name, got, want)
				}
			}
		}
		if p != termenv.Ascii && st.BigInk.open == "" {
			t.Errorf("profile %v: the big digits' Ink has no colour", p)
		}
	}
}
