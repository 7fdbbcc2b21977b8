package display

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/charmbracelet/x/ansi"
)

// vt is a small terminal for the tests: it understands what a frame may send (cursor position,
// SGR, erase line, erase screen, text) and fails on anything else, so a frame that relies on
// something a terminal would do differently shows up as a difference.
type vt struct {
	w, h   int
	grid   [][]vtCell
	x, y   int
	attr   vtAttr
	errors []string
}

type vtAttr struct {
	bold, faint, italic, underline, reverse bool
	fg, bg                                  string
}

type vtCell struct {
	text string // "" for the second column of a wide grapheme
	attr vtAttr
}

func newVT(w, h int) *vt {
	t := &vt{w: w, h: h}
	t.clear()
	return t
}

func (t *vt) clear() {
	t.grid = make([][]vtCell, t.h)
	for y := range t.grid {
		t.grid[y] = make([]vtCell, t.w)
		for x := range t.grid[y] {
			t.grid[y][x] = vtCell{text: " "}
		}
	}
}

func (t *vt) fail(format string, args ...any) {
	t.errors = append(t.errors, fmt.Sprintf(format, args...))
}

// put writes a grapheme of width n at the cursor, blanking any wide grapheme it cuts in half.
func (t *vt) put(text string, n int) {
	if t.y >= t.h || t.x+n > t.w {
		t.fail("text %q written past the edge at %d,%d", text, t.x, t.y)
		return
	}
	row := t.grid[t.y]
	for i := t.x; i < t.x+n; i++ {
		if row[i].text == "" && i > 0 {
			row[i-1] = vtCell{text: " ", attr: row[i-1].attr}
		}
		if i+1 < t.w && row[i+1].text == "" {
			row[i+1] = vtCell{text: " ", attr: row[i+1].attr}
		}
	}
	row[t.x] = vtCell{text: text, attr: t.attr}
	for i := 1; i < n; i++ {
		row[t.x+i] = vtCell{attr: t.attr}
	}
	t.x += n
}

func (t *vt) Write(b []byte) (int, error) {
	eachSequence(string(b), func(seq string, width int) bool {
		switch {
		case width > 0:
			t.put(seq, width)
		case strings.HasPrefix(seq, "\x1b["):
			t.csi(seq[2:len(seq)-1], seq[len(seq)-1])
		default:
			t.fail("unexpected %q", seq)
		}
		return true
	})
	return len(b), nil
}

// eachSequence calls f with each grapheme (width > 0) or escape sequence of s, until f says stop.
func eachSequence(s string, f func(seq string, width int) bool) {
	var state byte
	for len(s) > 0 {
		seq, width, n, next := ansi.DecodeSequence(s, state, nil)
		state = next
		s = s[n:]
		if !f(seq, width) {
			return
		}
	}
}

func (t *vt) csi(params string, final byte) {
	switch final {
	case 'H':
		row, col, _ := strings.Cut(params, ";")
		t.y, t.x = num(row)-1, num(col)-1
	case 'K':
		if params != "" {
			t.fail("erase line %q", params)
		}
		for x := t.x; x < t.w; x++ {
			t.grid[t.y][x] = vtCell{text: " ", attr: vtAttr{bg: t.attr.bg}}
		}
	case 'J':
		if params != "2" {
			t.fail("erase screen %q", params)
		}
		t.clear()
	case 'm':
		t.sgr(params)
	default:
		t.fail("unexpected CSI %q%c", params, final)
	}
}

func num(s string) int {
	if s == "" {
		return 1
	}
	n, _ := strconv.Atoi(s)
	return n
}

func (t *vt) sgr(params string) {
	p := strings.Split(params, ";")
	for i := 0; i < len(p); i++ {
		switch p[i] {
		case "", "0":
			t.attr = vtAttr{}
		case "1":
			t.attr.bold = true
		case "2":
			t.attr.faint = true
		case "3":
			t.attr.italic = true
		case "4":
			t.attr.underline = true
		case "7":
			t.attr.reverse = true
		case "22":
			t.attr.bold, t.attr.faint = false, false
		case "38", "48":
			n := 3
			if i+1 < len(p) && p[i+1] == "2" {
				n = 5
			}
			if i+n-1 >= len(p) {
				t.fail("short colour %q", params)
				return
			}
			c := strings.Join(p[i+1:i+n], ";")
			if p[i] == "38" {
				t.attr.fg = c
			} else {
				t.attr.bg = c
			}
			i += n - 1
		case "39":
			t.attr.fg = ""
		case "49":
			t.attr.bg = ""
		default:
			t.fail("unexpected SGR %q", p[i])
		}
	}
}

// String shows the screen's text, a line per row.
func (t *vt) String() string {
	var b strings.Builder
	for _, row := range t.grid {
		for _, c := range row {
			b.WriteString(c.text)
		}
		b.WriteByte('\n')
	}
	return b.String()
}

// paint is what a terminal of w×h shows after view is written to it row by row from a clear
// screen, with every line cut at the right edge: what drawing view must come to.
func paint(view string, w, h int) *vt {
	t := newVT(w, h)
	for y, line := range strings.Split(view, "\n") {
		if y >= h {
			break
		}
		t.y, t.x, t.attr = y, 0, vtAttr{}
		eachSequence(line, func(seq string, width int) bool {
			switch {
			case width > 0 && t.x+width <= w:
				t.put(seq, width)
			case width > 0:
				if t.x < w {
					t.put(" ", 1)
				}
				return false
			case strings.HasPrefix(seq, "\x1b[") && strings.HasSuffix(seq, "m"):
				t.sgr(seq[2 : len(seq)-1])
			}
			return true
		})
	}
	return t
}
