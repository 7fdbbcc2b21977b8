package kit

import (
	"strings"
	"unicode/utf8"

	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"
)

// Fitting a frame to the terminal, which a countdown does every second: each helper returns
// what it was given, or writes into the frame being built, when nothing needs cutting.

// FitBlock cuts a rendered block to width×height so no line is wider than the terminal.
func FitBlock(s string, width, height int) string {
	if width < 1 || height < 1 {
		return ""
	}
	if fitsIn(s, width, height) {
		return s // the usual case, and every frame's: no copy
	}
	lines := strings.Split(s, "\n")
	if len(lines) > height {
		lines = lines[:height]
	}
	for i, l := range lines {
		if tooWide(l, width) {
			lines[i] = ansi.Truncate(l, width, "")
		}
	}
	return strings.Join(lines, "\n")
}

// writeLines writes each line of s indented by pad (blanks) and cut to width, as FitBlock would
// cut it, with a newline between lines.
func writeLines(b *strings.Builder, pad, s string, width int) {
	for {
		l, rest, more := strings.Cut(s, "\n")
		// A blank takes one cell, so the cheap bound of pad+l is len(pad) more than l's.
		if len(pad)+widthAtMost(l) > width && lipgloss.Width(pad+l) > width {
			b.WriteString(ansi.Truncate(pad+l, width, ""))
		} else {
			b.WriteString(pad)
			b.WriteString(l)
		}
		if !more {
			return
		}
		b.WriteByte('\n')
		s = rest
	}
}

// FirstLines is the first n lines of s (all of them when it has no more).
func FirstLines(s string, n int) string {
	end := 0
	for range n {
		i := strings.IndexByte(s[end:], '\n')
		if i < 0 {
			return s
		}
		end += i + 1
	}
	return s[:max(end-1, 0)]
}

// fitsIn reports whether a block is already at most width×height, so fitting it changes nothing.
func fitsIn(s string, width, height int) bool {
	for n := 1; ; n++ {
		line, rest, more := strings.Cut(s, "\n")
		if tooWide(line, width) {
			return false
		}
		if !more {
			return true
		}
		if n == height {
			return false
		}
		s = rest
	}
}

// tooWide reports whether a line is wider than width cells, measuring exactly only when the
// cheap bound says it may be.
func tooWide(l string, width int) bool { return widthAtMost(l) > width && lipgloss.Width(l) > width }

// widthAtMost is a cheap upper bound on a line's width in cells, so that fitting a frame need not
// measure every line exactly: escape sequences take no cells, a character below U+1100 or of the
// one-cell blocks the screens draw with at most one, any other at most two.
func widthAtMost(s string) int { return cells(s, false) }

// oneCell reports whether r is of the box drawing, block or Braille characters: one cell each,
// and the stuff of digits, bars and figures.
func oneCell(r rune) bool { return (r >= 0x2500 && r <= 0x259f) || (r >= 0x2800 && r <= 0x28ff) }

// cells counts a line's cells the cheap way, and exactly when exact is set: then the rare
// character that may be wide is measured.
func cells(s string, exact bool) int {
	n := 0
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == 0x1b:
			i = skipEscape(s, i)
			continue
		case c < 0x80:
			n++
			i++
			continue
		case c == 0xe2 && i+2 < len(s) && s[i+1]&0xc0 == 0x80 && s[i+2]&0xc0 == 0x80:
			// U+2000–U+2FFF, decoded in place: the blocks and Braille of digits, bars and
			// figures fill most of a countdown's rows.
			if oneCell(0x2000 | rune(s[i+1]&0x3f)<<6 | rune(s[i+2]&0x3f)) {
				n++
				i += 3
				continue
			}
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r < 0x1100 || oneCell(r):
			n++
		case exact:
			n += ansi.StringWidth(s[i : i+size])
		default:
			n += 2
		}
		i += size
	}
	return n
}

// skipEscape returns the index just past the escape sequence at s[i]: a CSI up to its final
// byte, an OSC up to its terminator, or ESC and one more byte.
func skipEscape(s string, i int) int {
	if i+1 >= len(s) {
		return len(s)
	}
	switch s[i+1] {
	case '[':
		for j := i + 2; j < len(s); j++ {
			if s[j] >= 0x40 && s[j] <= 0x7e {
				return j + 1
			}
		}
		return len(s)
	case ']':
		for j := i + 2; j < len(s); j++ {
			if s[j] == 0x07 {
				return j + 1
			}
			if s[j] == 0x1b && j+1 < len(s) && s[j+1] == '\\' {
				return j + 2
			}
		}
		return len(s)
	}
	return i + 2
}

// PadBlock writes a block and the empty lines that make it exactly height lines tall, keeping
// the help line at the bottom. It writes into the frame being built rather than returning a
// copy of the block: a countdown pads its page every second.
func PadBlock(b *strings.Builder, s string, height int) {
	n := strings.Count(s, "\n") + 1
	if s == "" {
		n = 1 // an empty block is one empty line
	}
	b.WriteString(s)
	for k := height - n; k > 0; {
		step := min(k, len(newlines))
		b.WriteString(newlines[:step])
		k -= step
	}
}

const newlines = "\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n"
