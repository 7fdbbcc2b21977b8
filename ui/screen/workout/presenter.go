package workout

import (
	"strings"

	"github.com/charmbracelet/lipgloss"

	"upright/session"
	"upright/ui/kit"
)

// The presenter view is for a therapist demonstrating in clinic: the exercise, the countdown or
// the count in digits as large as the screen allows, the current cue, and what comes next —
// readable from across a room. It is the default on large terminals; f toggles it.

// A terminal this large is across-the-room territory: digits grow.
const (
	presenterWidth  = 100
	presenterHeight = 30
	// presenterMaxScale bounds the digits on the largest monitors; each step up costs more bytes
	// on every second's redraw.
	presenterMaxScale = 10
)

// presenting reports whether the presenter view shows at this size: the default on a large
// terminal, flipped by f.
func (s sessionModel) presenting(width, height int) bool {
	large := width >= presenterWidth && height >= presenterHeight
	return large != s.presenterFlip
}

func (s sessionModel) presenterView(width, height int) string {
	st := s.env.Styles
	now := s.at
	label, big, plain, fraction := s.display(now)
	if s.eng.Paused() {
		label = "PAUSED"
	}
	title := strings.ToUpper(s.title())
	if s.eng.Phase() == session.PhaseRest {
		title, label = "REST", ""
	}
	top := []string{st.TitleInk.Render(kit.Clip(title, width)), st.MutedInk.Render(s.where(width)), s.labelInk().Render(kit.Clip(label, width))}
	if r := s.resultLine(width); r != "" {
		top = append(top, st.AccentInk.Render(kit.Clip(r, width)))
	}
	top = append(top, s.effortLines(width)...)
	bottom := s.footLines(plain, fraction, width, st.SubtitleInk) // the cue stands out: it is what the room reads
	if secs, ok := s.pacedSeconds(); ok {
		big = secs // a paced rep shows its phase's seconds large; the count is in the label
	}
	room := height - len(top) - len(bottom) - 2
	// The phase word above the digits, half their size at most: both grow with the terminal.
	word := s.bigWord()
	wordScale := min(kit.BigScaleFor(word, width, room/3), presenterMaxScale/2)
	var lines []string
	for _, l := range top {
		lines = append(lines, center(l, width))
	}
	if wordScale > 0 && !s.eng.Paused() {
		room -= kit.BigHeight*wordScale + 1
		lines = append(lines, "", centerBlock(kit.StyleLines(st.BigInk, kit.RenderBig(word, wordScale)), width))
	}
	middle := s.digits(big, plain, width, room, presenterMaxScale)
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
