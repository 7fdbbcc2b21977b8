package display

import (
	"bytes"
	"io"
	"time"
)

// PasteTimeout is how long a bracketed paste may go without more input before it is closed: a
// stray paste start with no end (a terminal that dropped it, a cut connection) would otherwise
// hold every later key, ctrl+c included, as pasted text.
const PasteTimeout = time.Second

const (
	pasteStart = "\x1b[200~"
	pasteEnd   = "\x1b[201~"
)

// inputFilter sits between the terminal and bubbletea. It closes a paste left open (after
// PasteTimeout, or at once when ctrl+c comes), and drops the replies a terminal sends back
// unasked-for by the person (colour queries, cursor reports, device attributes), which bubbletea
// v1 would hand on as typed text.
type inputFilter struct {
	chunks  chan []byte
	err     error
	pending []byte
	inPaste bool
	// wait gives the channel that fires when a paste has waited long enough; tests replace it.
	wait func(time.Duration) <-chan time.Time
}

// filterInput starts reading in and returns the filtered reader.
func filterInput(in io.Reader) *inputFilter {
	f := &inputFilter{chunks: make(chan []byte, 16), wait: time.After}
	go f.pump(in)
	return f
}

func (f *inputFilter) pump(in io.Reader) {
	for {
		buf := make([]byte, 256)
		n, err := in.Read(buf)
		if n > 0 {
			f.chunks <- buf[:n]
		}
		if err != nil {
			f.err = err
			close(f.chunks)
			return
		}
	}
}

// Read gives the filtered input.
func (f *inputFilter) Read(p []byte) (int, error) {
	for len(f.pending) == 0 {
		var timeout <-chan time.Time
		if f.inPaste {
			timeout = f.wait(PasteTimeout)
		}
		select {
		case chunk, ok := <-f.chunks:
			if !ok {
				return 0, f.err
			}
			f.pending = f.filter(chunk)
		case <-timeout:
			f.inPaste = false
			f.pending = []byte(pasteEnd)
		}
	}
	n := copy(p, f.pending)
	f.pending = f.pending[n:]
	return n, nil
}

// filter passes a chunk on, closing a paste at ctrl+c and dropping terminal replies.
func (f *inputFilter) filter(b []byte) []byte {
	var out []byte
	for i := 0; i < len(b); {
		rest := b[i:]
		switch {
		case f.inPaste && bytes.HasPrefix(rest, []byte(pasteEnd)):
			f.inPaste = false
			out = append(out, pasteEnd...)
			i += len(pasteEnd)
		case f.inPaste && rest[0] == 0x03: // ctrl+c always works
			f.inPaste = false
			out = append(out, pasteEnd...)
			out = append(out, 0x03)
			i++
		case f.inPaste:
			out = append(out, rest[0])
			i++
		case bytes.HasPrefix(rest, []byte(pasteStart)):
			f.inPaste = true
			out = append(out, pasteStart...)
			i += len(pasteStart)
		default:
			if n := replyLen(rest); n > 0 {
				i += n
				continue
			}
			out = append(out, rest[0])
			i++
		}
	}
	return out
}

// replyLen is the length of a terminal reply at the start of b, or 0: an OSC reply such as the
// background colour ("ESC ] 11 ; rgb:… BEL" or ending in ESC \), a DCS reply, a cursor
// position report ("ESC [ 12 ; 40 R") or a private CSI reply ("ESC [ ? … c", device attributes,
// mode reports).
func replyLen(b []byte) int {
	if len(b) < 3 || b[0] != 0x1b {
		return 0
	}
	switch b[1] {
	case ']', 'P':
		if b[1] == ']' && !isDigit(b[2]) {
			return 0
		}
		for j := 2; j < len(b); j++ {
			switch {
			case b[j] == 0x07:
				return j + 1
			case b[j] == 0x1b && j+1 < len(b) && b[j+1] == '\\':
				return j + 2
			}
		}
		return len(b) // a reply cut off at the end of the read: drop what there is
	case '[':
		j := 2
		private := b[j] == '?'
		if private {
			j++
		}
		semis := 0
		for ; j < len(b) && (isDigit(b[j]) || b[j] == ';' || b[j] == '$'); j++ {
			if b[j] == ';' {
				semis++
			}
		}
		if j >= len(b) {
			return 0
		}
		switch {
		case private && (b[j] == 'c' || b[j] == 'y' || b[j] == 'u'):
			return j + 1
		case !private && b[j] == 'R' && semis == 1 && !bytes.HasPrefix(b[2:], []byte("1;")):
			return j + 1 // a cursor report; "ESC [ 1 ; m R" is a modified F3 key
		}
	}
	return 0
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }
