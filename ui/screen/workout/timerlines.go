package workout

import (
	"strings"

	"upright/ui/kit"
)

// inkLines is text in one ink, whole: one line when it fits the width (every second of a
// countdown, at no cost beyond measuring it), else wrapped to as many lines as it needs. What to do,
// the cue and the step that comes next are never cut with "…": a screen taller than the terminal
// is scrolled by the root, with its mark.
func inkLines(ink kit.Ink, text string, width int) []string {
	if text == "" {
		return nil
	}
	if kit.Within(text, width) {
		return []string{ink.Render(text)}
	}
	lines := kit.Wrap(text, max(width, 1))
	for i, l := range lines {
		lines[i] = ink.Render(l)
	}
	return lines
}

// digits draws big as block digits at the largest scale up to maxScale that fits width×room, or
// plain as one bold line when none does; muted while paused.
func (s sessionModel) digits(big, plain string, width, room, maxScale int) string {
	ink := s.env.Styles.BigInk
	if s.eng.Paused() {
		ink = s.env.Styles.BigPausedInk
	}
	if scale := min(kit.BigScaleFor(big, width, room), maxScale); scale > 0 {
		return kit.StyleLines(ink, kit.RenderBig(big, scale))
	}
	return ink.Render(kit.Clip(plain, width))
}

func (s sessionModel) bar(fraction float64, width int) string {
	// Two styled runs rather than a styled cell each: the bar changes every second, and every
	// byte it costs is written to the terminal again.
	w := max(min(width, barWidth), 1)
	full := int(fraction*float64(w) + 0.5)
	return s.env.Styles.BarFullInk.Paint(strings.Repeat("█", full)) + s.env.Styles.BarEmptyInk.Paint(strings.Repeat("░", w-full))
}
