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

// TestInkRendersAsLipgloss: the one-line texts around a countdown are styled with Ink.Render
// instead of lipgloss's; on every colour profile, for every ink and any text (empty, tabs,
// several lines), the bytes must be the same.
func TestInkRendersAsLipgloss(t *testing.T) {
	defer lipgloss.SetColorProfile(termenv.Ascii)
	samples := []string{"Hold", "Exercise 1 of 2 · set 1 of 2 · about 2 min left", "", " ", "a\tb", "two\nlines", "cr\r\nlf", "Café"}
	for _, p := range []termenv.Profile{termenv.TrueColor, termenv.ANSI256, termenv.ANSI, termenv.Ascii} {
		lipgloss.SetColorProfile(p)
		st := DefaultStyles()
		pairs := map[string]struct {
			style lipgloss.Style
			ink   Ink
		}{
			"Title": {st.Title, st.TitleInk}, "Subtitle": {st.Subtitle, st.SubtitleInk}, "Text": {st.Text, st.TextInk},
			"Muted": {st.Muted, st.MutedInk}, "Accent": {st.Accent, st.AccentInk}, "Flash": {st.Flash, st.FlashInk},
			"Warn": {st.Warn, st.WarnInk}, "Error": {st.Error, st.ErrorInk}, "Banner": {st.Banner, st.BannerInk},
			"Big": {st.Big, st.BigInk}, "BarFull": {st.BarFull, st.BarFullInk},
		}
		for name, pair := range pairs {
			for _, s := range samples {
				if got, want := pair.ink.Render(s), pair.style.Render(s); got != want {
					t.Errorf("profile %v, %s: Ink renders %q as %q, lipgloss as %q", p, name, s, got, want)
				}
			}
		}
	}
}
