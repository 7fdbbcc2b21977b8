package kit

import (
	"strings"

	"github.com/charmbracelet/x/ansi"
)

// CursorMark starts the highlighted line of a list (Menu draws it): the one mark a person looks
// for, and the one CursorFocus finds.
const CursorMark = "› "

// CursorFocus is the Focus of a screen whose highlighted entry is drawn with CursorMark, as every
// Menu's is: the line of page that starts with the mark, so the root keeps it in view wherever the
// list sits on the page and however the screen lays it out. A screen's Focus is then one line,
// CursorFocus(its own View), and cannot drift from what View draws. ok is false when no line
// starts with the mark (a state without a list).
func CursorFocus(page string) (top, bottom int, ok bool) {
	for i, l := range strings.Split(page, "\n") {
		if strings.HasPrefix(strings.TrimLeft(ansi.Strip(l), " "), CursorMark) {
			return i, i, true
		}
	}
	return 0, 0, false
}
