package checkin

import (
	"strings"

	"upright/session/record"
	"upright/ui/kit"
)

// flagQuestion is the tick list's question; on a narrow terminal a one-line form leaves the
// room to the flags, the key line saying which keys tick and confirm.
func flagQuestion(width int) string {
	if width < kit.CompactWidth {
		return "Tick any (space):"
	}
	return "Tick each one you have (space), then enter."
}

// flagList draws every red flag in full, wrapped under its box rather than cut, since a flag a
// patient cannot read is a flag they cannot tick. starts[i] is the line flag i begins on; the
// list is as tall as it needs, and the root scrolls it to the highlighted flag (Focus).
func (c checkinModel) flagList(width int) (body string, starts []int) {
	s := c.env.Styles
	inner := width - 2
	if width < kit.CompactWidth {
		inner = width
	}
	const box = "› [ ] " // every line of a flag starts under its text, not under its box
	text := max(inner-len([]rune(box)), 4)
	var lines []string
	for i, f := range record.RedFlags {
		starts = append(starts, len(lines))
		mark := "[ ]"
		if c.flags[f.ID] {
			mark = "[x]"
		}
		lead, st := "  ", s.Text
		if i == c.flagMenu.Cursor {
			lead, st = "› ", s.Selected
		}
		for j, l := range kit.Wrap(kit.Clean(f.Text), text) {
			prefix := lead + mark + " "
			if j > 0 {
				prefix = strings.Repeat(" ", len([]rune(box)))
			}
			lines = append(lines, st.Render(prefix+l))
		}
	}
	return strings.Join(lines, "\n"), starts
}

// Focus keeps the highlighted flag in view on the tick list: its first to last line in the page
// View draws.
func (c checkinModel) Focus(width, height int) (top, bottom int, ok bool) {
	if c.step != checkinRedFlagList {
		return 0, 0, false
	}
	s := c.env.Styles
	head := kit.Page(s, width, height, c.title(), kit.Paragraph(s.Subtitle, flagQuestion(width), width))
	top = strings.Count(head, "\n") + 1
	if height >= kit.CompactHeight { // Page's blank line between blocks
		top++
	}
	_, starts := c.flagList(width)
	cur := c.flagMenu.Cursor
	if cur+1 < len(starts) {
		return top + starts[cur], top + starts[cur+1] - 1, true
	}
	// The last flag brings the rest of the page with it: the question count below the list.
	return top + starts[cur], strings.Count(c.View(width, height), "\n"), true
}
