package display

import (
	"bytes"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"
)

// cell is one column of the screen: the grapheme drawn there and the SGR sequences in force. The
// second column of a wide grapheme is a cell with no text, so columns and cells line up.
type cell struct {
	text  string
	style string
}

// blank is what the terminal shows where nothing was drawn: a space in the default style.
var blank = cell{text: " "}

// wide marks the second column of a wide grapheme.
func (c cell) wide() bool { return c.text == "" }

// parseLine splits one line of a view into at most width cells. Only SGR sequences are kept (as
// the style of the cells after them); any other escape sequence or control character is dropped,
// since it would move the cursor behind the frame's back. A wide grapheme that would straddle the
// right edge becomes a space.
func parseLine(line string, width int, into []cell) []cell {
	row := into[:0]
	style := ""
	var state byte
	for len(line) > 0 && len(row) < width {
		if n := plainCell(line); state == byte(ansi.NormalState) && n > 0 {
			row = append(row, cell{text: line[:n], style: style})
			line = line[n:]
			continue
		}
		seq, w, n, next := ansi.DecodeSequence(line, state, nil)
		state = next
		line = line[n:]
		switch {
		case w == 0 && len(seq) > 0 && seq[0] == ansi.ESC:
			if isSGR(seq) {
				style = applySGR(style, seq)
			}
		case w == 0 && joins(seq) && len(row) > 0:
			// A combining mark the decoder handed over on its own belongs to the character before
			// it: "Cafe" and U+0301 is drawn "Café", not "Cafe" (issue 18).
			j := len(row) - 1
			for j > 0 && row[j].text == "" {
				j-- // the second column of a wide character: the mark goes on the character
			}
			row[j].text += seq
		case w == 0:
			// A control character or a zero-width grapheme on its own: nothing to draw.
		case len(row)+w > width:
			row = append(row, cell{text: " ", style: style})
		default:
			row = append(row, cell{text: seq, style: style})
			for range w - 1 {
				row = append(row, cell{style: style})
			}
		}
	}
	return row
}

// plainCell is the length of the one-cell character line starts with, when it is printable ASCII
// or one of the box, block and Braille characters that digits, bars and figures are drawn with
// and nothing that could join it follows; 0 otherwise. It is what ansi.DecodeSequence would
// find there (tested), without segmenting graphemes: a countdown's rows are mostly these.
func plainCell(line string) int {
	switch c := line[0]; {
	case c > 0x1f && c < 0x7f:
		return 1 // the decoder takes printable ASCII a byte at a time too
	case drawing(line):
		if len(line) == 3 || line[3] < 0x80 || drawing(line[3:]) {
			return 3
		}
	}
	return 0
}

// drawing reports whether s starts with a character of U+2500–U+259F (box drawing and blocks)
// or U+2800–U+28FF (Braille), all three bytes long in UTF-8.
func drawing(s string) bool {
	if len(s) < 3 || s[0] != 0xe2 || s[2] < 0x80 || s[2] > 0xbf {
		return false
	}
	return (s[1] >= 0x94 && s[1] <= 0x95) || (s[1] == 0x96 && s[2] <= 0x9f) || (s[1] >= 0xa0 && s[1] <= 0xa3)
}

// joins reports whether seq is a mark that draws on the character before it: a combining mark,
// a variation selector or a zero-width joiner. Nothing else without width is drawn.
func joins(seq string) bool {
	r, _ := utf8.DecodeRuneInString(seq)
	return unicode.In(r, unicode.Mn, unicode.Me, unicode.Mc) || r == 0x200D || (r >= 0xFE00 && r <= 0xFE0F)
}

func isSGR(seq string) bool {
	return ansi.HasCsiPrefix(seq) && seq[len(seq)-1] == 'm'
}

// applySGR returns the style in force after seq: a reset clears it, anything else adds to it.
func applySGR(style, seq string) string {
	params := strings.TrimSuffix(strings.TrimPrefix(strings.TrimPrefix(seq, "\x1b["), "\x9b"), "m")
	if params == "" || params == "0" {
		return ""
	}
	if strings.HasPrefix(params, "0;") {
		return "\x1b[" + params[2:] + "m"
	}
	return style + seq
}

// at is the cell in column i of row, blank beyond its end.
func at(row []cell, i int) cell {
	if i < len(row) {
		return row[i]
	}
	return blank
}

// writer builds the bytes of one frame, keeping track of the style the terminal is in so that a
// style is sent only when it changes.
type writer struct {
	buf   bytes.Buffer
	style string
}

func (w *writer) moveTo(row, col int) {
	w.buf.WriteString("\x1b[")
	w.buf.WriteString(strconv.Itoa(row + 1))
	if col > 0 {
		w.buf.WriteByte(';')
		w.buf.WriteString(strconv.Itoa(col + 1))
	}
	w.buf.WriteByte('H')
}

func (w *writer) setStyle(style string) {
	if style == w.style {
		return
	}
	switch {
	case style == "":
		w.buf.WriteString("\x1b[m")
	case w.style == "":
		w.buf.WriteString(style)
	case strings.HasPrefix(style, "\x1b[") && strings.Count(style, "\x1b") == 1:
		// One sequence: fold the reset into it.
		w.buf.WriteString("\x1b[0;")
		w.buf.WriteString(style[2:])
	default:
		w.buf.WriteString("\x1b[m")
		w.buf.WriteString(style)
	}
	w.style = style
}

func (w *writer) put(c cell) {
	if c.wide() {
		return
	}
	w.setStyle(c.style)
	w.buf.WriteString(c.text)
}

// eraseRest clears from the cursor to the end of the line in the default style.
func (w *writer) eraseRest() {
	w.setStyle("")
	w.buf.WriteString("\x1b[K")
}

// gapWorthJumping is how many unchanged cells between two changes are worth a cursor move rather
// than being written again: a move costs about eight bytes.
const gapWorthJumping = 6

// diffRow writes what turns old into next on screen row y: each run of changed cells, with the
// cursor moved to it, and an erase where next ends before what old showed.
func diffRow(w *writer, y int, old, next []cell) {
	end := max(len(old), len(next))
	for end > 0 && at(old, end-1) == at(next, end-1) {
		end--
	}
	drawn := len(next) // next without its trailing blanks: beyond it, an erase draws the rest
	for drawn > 0 && next[drawn-1] == blank {
		drawn--
	}
	for x := 0; x < end; {
		if at(old, x) == at(next, x) {
			x++
			continue
		}
		start, stop := x, x+1
		// Extend the run over small gaps of unchanged cells.
		for i, same := stop, 0; i < end && same < gapWorthJumping; i++ {
			if at(old, i) == at(next, i) {
				same++
				continue
			}
			stop, same = i+1, 0
		}
		// A run never starts or ends inside a wide grapheme: both its columns carry the same cell
		// text and style, so they differ or match together.
		w.moveTo(y, start)
		if stop > drawn {
			for i := start; i < drawn; i++ {
				w.put(next[i])
			}
			w.eraseRest()
			return
		}
		for i := start; i < stop; i++ {
			w.put(at(next, i))
		}
		x = stop
	}
}

// Screen is what the terminal shows, as far as upright knows, and draws each new frame over it by
// writing only the cells that changed: a countdown second costs the digits that changed, not the
// screen or even the rows.
type Screen struct {
	width, height int
	lines         []string // the view's lines as last drawn, to pass over unchanged ones cheaply
	rows          [][]cell // those lines as cells
	spare         []cell
	painted       bool // false at the start and after a resize: the next frame clears and paints all
	w             writer
}

// Resize sets the terminal's size; the next frame repaints everything.
func (s *Screen) Resize(width, height int) {
	s.width, s.height = max(width, 0), max(height, 0)
	s.painted = false
}

// Frame returns the bytes that turn the screen into view (nothing while the size is unknown),
// and takes view as shown. The bytes are valid until the next call.
func (s *Screen) Frame(view string) []byte {
	if s.width == 0 || s.height == 0 {
		return nil
	}
	s.w.buf.Reset()
	s.w.style = ""
	if !s.painted {
		s.w.buf.WriteString("\x1b[m\x1b[H\x1b[2J")
		s.lines = make([]string, s.height)
		s.rows = make([][]cell, s.height)
		for y := range s.lines {
			s.lines[y] = "\x00" // matches no line of a view, so every row is drawn
		}
		s.painted = true
	}
	for y := range s.height {
		line, rest, _ := strings.Cut(view, "\n")
		view = rest
		if line == s.lines[y] {
			continue
		}
		next := parseLine(line, s.width, s.spare)
		diffRow(&s.w, y, s.rows[y], next)
		s.rows[y], s.spare = next, s.rows[y]
		s.lines[y] = line
	}
	if s.w.buf.Len() > 0 {
		s.w.setStyle("")
		// Park the cursor at the start of the bottom row, as bubbletea's renderer did: if upright
		// is killed where nothing can restore the terminal, the shell writes from there, not from
		// wherever the last change happened to end.
		s.w.moveTo(s.height-1, 0)
	}
	return s.w.buf.Bytes()
}
