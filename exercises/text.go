package exercises

import (
	"strconv"
	"strings"
	"unicode"
)

// UnsafeRune reports a rune a terminal acts on rather than draws: control characters (ESC, BEL,
// NUL, C1) and the bidi controls that reorder a line (U+202A–E, U+2066–9, the marks U+200E, U+200F
// and U+061C). Every package that shows or stores a person's text strips or refuses these, and
// this is the one place that says which they are.
func UnsafeRune(r rune) bool {
	return unicode.IsControl(r) || (r >= 0x202A && r <= 0x202E) || (r >= 0x2066 && r <= 0x2069) ||
		r == 0x200E || r == 0x200F || r == 0x061C
}

// CleanText is text a person typed or a file carried, made safe to show on one line: every
// UnsafeRune is dropped (newlines and tabs among them), and invalid UTF-8 shows as U+FFFD. The
// command line prints names with it, the report cleans each line of a note with it and the
// screens clean what they draw with it after stripping whole escape sequences.
func CleanText(s string) string {
	return strings.Map(func(r rune) rune {
		if UnsafeRune(r) {
			return -1
		}
		return r
	}, s)
}

// Visible reports whether s has a character that draws something: not only spaces, format
// characters (zero-width spaces and joiners, soft hyphens), combining marks with nothing to combine
// with, or the blank "filler" letters some scripts have. A name made only of those looks empty.
func Visible(s string) bool {
	for _, r := range s {
		if !drawsNothing(r) {
			return true
		}
	}
	return false
}

func drawsNothing(r rune) bool {
	switch r {
	case 0x2800, 0x3164, 0x115F, 0x1160, 0xFFA0:
		// Braille blank and the Hangul fillers are letters or symbols that draw nothing.
		return true
	}
	return unicode.IsSpace(r) || UnsafeRune(r) || !unicode.IsGraphic(r) ||
		unicode.In(r, unicode.Cf, unicode.Mn, unicode.Me)
}

// Count spells a count with the right noun, "1 exercise" or "4 exercises", for every screen,
// command and report that counts things for a person.
func Count(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return strconv.Itoa(n) + " " + many
}
