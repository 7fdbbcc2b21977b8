package workout

import (
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
