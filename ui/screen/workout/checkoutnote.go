package workout

import "upright/ui/kit"

// noteView draws the check-out note wrapped over as many lines as it takes, with the cursor where
// it is, so everything typed stays in view; a one-line input hid what went past the edge.
func (c checkoutModel) noteView(s kit.Styles, width int) string {
	v := []rune(c.note.Value())
	if len(v) == 0 {
		return kit.Paragraph(s.Muted, "› ▏"+c.note.Placeholder, width)
	}
	at := min(max(c.note.Position(), 0), len(v))
	text := "› " + string(v[:at]) + "▏" + string(v[at:])
	return kit.Paragraph(s.Text, text, width)
}
