package display

import (
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

// show draws each view in turn on a terminal of w×h and checks after each that the terminal
// shows exactly what painting that view on a clear screen would; it returns the bytes of the
// last frame.
func show(t *testing.T, w, h int, views ...string) []byte {
	t.Helper()
	var s Screen
	s.Resize(w, h)
	term := newVT(w, h)
	var last []byte
	for i, v := range views {
		last = append([]byte(nil), s.Frame(v)...)
		_, _ = term.Write(last)
		if len(term.errors) > 0 {
			t.Fatalf("frame %d: %v\nbytes %q", i, term.errors, last)
		}
		want := paint(v, w, h)
		if !reflect.DeepEqual(term.grid, want.grid) {
			t.Fatalf("frame %d of %q:\nscreen shows\n%s\nwant\n%s\nbytes %q", i, v, term, want, last)
		}
	}
	return last
}

func TestFrameDrawsTheViewOnAClearScreen(t *testing.T) {
	view := "\x1b[1mHold\x1b[0m\n\n  \x1b[38;5;79m0:20 left of 0:30\x1b[0m"
	b := show(t, 20, 4, view)
	if !strings.HasPrefix(string(b), "\x1b[m\x1b[H\x1b[2J") {
		t.Errorf("first frame does not clear the screen: %q", b)
	}
}

func TestFrameWritesOnlyTheCellsThatChanged(t *testing.T) {
	before := "\x1b[1mHold\x1b[0m\n  \x1b[38;5;79m0:20 left of 0:30\x1b[0m\n\x1b[38;5;79m██████\x1b[0m\x1b[38;5;103m░░░░\x1b[0m"
	after := "\x1b[1mHold\x1b[0m\n  \x1b[38;5;79m0:19 left of 0:30\x1b[0m\n\x1b[38;5;79m███████\x1b[0m\x1b[38;5;103m░░░\x1b[0m"
	b := show(t, 30, 4, before, after)
	// Two digits on row 2 and one cell of the bar on row 3: three moves, two styles, three cells.
	if len(b) > 45 {
		t.Errorf("a one-second change cost %d bytes: %q", len(b), b)
	}
	if strings.Contains(string(b), "Hold") || strings.Contains(string(b), "left of") {
		t.Errorf("unchanged text written again: %q", b)
	}
	if got := show(t, 30, 4, after, after); len(got) != 0 {
		t.Errorf("an unchanged view wrote %q", got)
	}
	if !strings.HasSuffix(string(b), "\x1b[4H") {
		t.Errorf("the frame does not leave the cursor at the start of the bottom row: %q", b)
	}
}

func TestFrameErasesWhatTheNewViewNoLongerShows(t *testing.T) {
	show(t, 30, 3, "a long line of text\nsecond\nthird", "short\n\nthird")
	b := show(t, 30, 3, "\x1b[48;5;52m   red band   \x1b[0m", "x")
	if !strings.Contains(string(b), "x\x1b[K") || len(b) > 16 {
		t.Errorf("a line cut short is not erased in one go: %q", b)
	}
}

func TestFrameDropsSequencesThatWouldMoveTheCursor(t *testing.T) {
	b := show(t, 20, 3, "safe\x1b[2J\x1b[5;5Htext\x1b]0;title\x07\r end")
	for _, bad := range []string{"\x1b[5;5H", "\x1b]0", "\r"} {
		if strings.Contains(string(b), bad) {
			t.Errorf("frame passed %q through: %q", bad, b)
		}
	}
}

func TestFrameCutsLinesAtTheEdgeAndKeepsWideGraphemesWhole(t *testing.T) {
	show(t, 6, 2, "abcdefghij\n12345界", "abc界def\n界界界")
	show(t, 6, 2, "界界界\nab界cd", "a界界\n界ab界", "x界x界\nabc")
}

func TestFrameRepaintsAfterAResize(t *testing.T) {
	var s Screen
	s.Resize(10, 2)
	s.Frame("one\ntwo")
	s.Resize(12, 3)
	term := newVT(12, 3)
	_, _ = term.Write(s.Frame("one\ntwo"))
	if want := paint("one\ntwo", 12, 3); !reflect.DeepEqual(term.grid, want.grid) {
		t.Fatalf("after a resize the screen shows\n%s", term)
	}
}

func TestFrameDrawsNothingBeforeItKnowsTheSize(t *testing.T) {
	var s Screen
	if b := s.Frame("hello"); b != nil {
		t.Errorf("frame before a size: %q", b)
	}
}

// TestFrameRandomViews draws many random views in sequence, styled runs of narrow and wide text,
// and checks the screen after every one.
func TestFrameRandomViews(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	styles := []string{"", "\x1b[1m", "\x1b[38;5;79m", "\x1b[1;38;5;195;48;5;52m", "\x1b[7m", "\x1b[38;2;10;20;30m"}
	texts := []string{"a", "b", " ", "█", "░", "界", "é", "0:0"}
	randomView := func(w, h int) string {
		lines := make([]string, rng.IntN(h+2))
		for i := range lines {
			var b strings.Builder
			for range rng.IntN(w + 4) {
				st := styles[rng.IntN(len(styles))]
				b.WriteString(st)
				b.WriteString(texts[rng.IntN(len(texts))])
				if st != "" && rng.IntN(2) == 0 {
					b.WriteString("\x1b[0m")
				}
			}
			lines[i] = b.String()
		}
		return strings.Join(lines, "\n")
	}
	for round := range 200 {
		w, h := 1+rng.IntN(12), 1+rng.IntN(5)
		views := make([]string, 20)
		for i := range views {
			views[i] = randomView(w, h)
			if i > 0 && rng.IntN(3) == 0 {
				views[i] = views[i-1] // an unchanged frame now and then
			}
		}
		t.Run("", func(t *testing.T) {
			_ = round
			show(t, w, h, views...)
		})
	}
}

// TestPlainCellAsTheDecoder: the shortcut parseLine takes for printable ASCII and the box, block
// and Braille characters must find exactly the cell ansi.DecodeSequence finds, whatever follows
// (a combining mark or variation selector must not be split from its character).
func TestPlainCellAsTheDecoder(t *testing.T) {
	var starts []rune
	for r := rune(0x20); r < 0x7f; r++ {
		starts = append(starts, r)
	}
	for r := rune(0x2480); r < 0x2920; r++ { // the drawing ranges and their neighbours
		starts = append(starts, r)
	}
	after := []string{"", "x", " ", "\x1b[m", "█", "⣿", "─", "\u0301", "\ufe0f", "\u200d", "\u200b", "é", "\t", "\u25a0", "\u2900", "\u2461"}
	shortcuts := 0
	for _, r := range starts {
		for _, a := range after {
			line := string(r) + a
			n := plainCell(line)
			if n == 0 {
				continue
			}
			shortcuts++
			seq, w, m, state := ansi.DecodeSequence(line, ansi.NormalState, nil)
			if m != n || w != 1 || seq != line[:n] || state != byte(ansi.NormalState) {
				t.Errorf("%q: shortcut takes %d bytes as one cell; the decoder takes %q (%d bytes, %d cells)", line, n, seq, m, w)
			}
		}
	}
	if shortcuts < 4000 {
		t.Errorf("only %d shortcuts taken: the test proves little", shortcuts)
	}
}
