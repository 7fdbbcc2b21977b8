package ui

import (
	"strings"

	"github.com/charmbracelet/lipgloss"

	"upright/session"
)

// The presenter view is for a therapist demonstrating in clinic: the exercise, the countdown or
// the count in digits as large as the screen allows, the current cue, and what comes next —
// readable from across a room. It is the default on large terminals; f toggles it.

// presenting reports whether the presenter view shows at this size: the default on a large
// terminal, flipped by f.
func (s sessionModel) presenting(width, height int) bool {
	large := width >= presenterWidth && height >= presenterHeight
	return large != s.presenterFlip
}

func (s sessionModel) presenterView(width, height int) string {
	st := s.env.styles
	now := s.at
	label, big, plain, fraction := s.display(now)
	if s.eng.Paused() {
		label = "PAUSED"
	}
	step := s.eng.Step()
	title := strings.ToUpper(step.Exercise.Name)
	if s.eng.Phase() == session.PhaseRest {
		title, label = "REST", ""
	}
	labelStyle := st.Subtitle
	if s.flashUntil.After(now) {
		labelStyle = st.Flash
	}
	top := []string{st.Title.Render(clip(title, width)), st.Muted.Render(clip(s.header(), width)), labelStyle.Render(clip(label, width))}
	bottom := []string{st.Text.Render(clip(plain, width)), s.bar(fraction, width)}
	if cue := s.cueLine(now); cue != "" {
		bottom = append(bottom, st.Subtitle.Render(clip(cue, width)))
	}
	if next := s.nextLine(); next != "" {
		bottom = append(bottom, st.Muted.Render(clip(next, width)))
	}
	if s.notice != "" {
		bottom = append(bottom, st.Warn.Render(clip(s.notice, width)))
	}
	room := height - len(top) - len(bottom) - 2
	bigStyle := st.Big
	if s.eng.Paused() {
		bigStyle = st.BigPaused
	}
	middle := bigStyle.Render(clip(plain, width))
	if scale := bigScaleFor(big, width, room); scale > 0 {
		middle = styleLines(bigStyle, renderBig(big, scale))
	}
	var lines []string
	for _, l := range top {
		lines = append(lines, center(l, width))
	}
	lines = append(lines, "", centerBlock(middle, width), "")
	for _, l := range bottom {
		lines = append(lines, center(l, width))
	}
	out := strings.Join(lines, "\n")
	pad := max((height-strings.Count(out, "\n")-1)/2, 0)
	return strings.Repeat("\n", pad) + out
}

// centerBlock indents every line of a block by the same amount, so the block keeps its shape.
func centerBlock(block string, width int) string {
	lines := strings.Split(block, "\n")
	widest := 0
	for _, l := range lines {
		widest = max(widest, lipgloss.Width(l))
	}
	indent := strings.Repeat(" ", max((width-widest)/2, 0))
	for i, l := range lines {
		lines[i] = indent + l
	}
	return strings.Join(lines, "\n")
}

// center indents a line so it sits in the middle of width; it adds no trailing spaces.
func center(line string, width int) string {
	w := lipgloss.Width(line)
	if w >= width {
		return line
	}
	return strings.Repeat(" ", (width-w)/2) + line
}
