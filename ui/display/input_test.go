package display

import (
	"io"
	"strings"
	"testing"
	"time"
)

// feed runs the filter over chunks written one by one; fire, when not nil, is the paste timer.
func newTestFilter(fire chan time.Time) (*inputFilter, *io.PipeWriter) {
	r, w := io.Pipe()
	f := filterInput(r)
	f.wait = func(time.Duration) <-chan time.Time { return fire }
	return f, w
}

func readSome(t *testing.T, f *inputFilter) string {
	t.Helper()
	buf := make([]byte, 256)
	n, err := f.Read(buf)
	if err != nil {
		t.Fatal(err)
	}
	return string(buf[:n])
}

// A paste that never ends is closed when no more input comes, so the next key is a key again.
func TestStrayPasteStartIsClosedAfterATimeout(t *testing.T) {
	fire := make(chan time.Time, 1)
	f, w := newTestFilter(fire)
	go func() { _, _ = w.Write([]byte(pasteStart + "abc")) }()
	if got := readSome(t, f); got != pasteStart+"abc" {
		t.Fatalf("read %q", got)
	}
	fire <- time.Time{} // PasteTimeout passes with nothing more
	if got := readSome(t, f); got != pasteEnd {
		t.Fatalf("after the timeout read %q, want the paste closed", got)
	}
	go func() { _, _ = w.Write([]byte("q")) }()
	if got := readSome(t, f); got != "q" {
		t.Fatalf("read %q after the closed paste, want the key q", got)
	}
}

// ctrl+c inside an open paste closes it first, so ctrl+c always reaches the program as a key.
func TestCtrlCEndsAnOpenPaste(t *testing.T) {
	f, w := newTestFilter(nil)
	go func() { _, _ = w.Write([]byte(pasteStart + "ab\x03")) }()
	if got := readSome(t, f); got != pasteStart+"ab"+pasteEnd+"\x03" {
		t.Fatalf("read %q, want the paste ended before ctrl+c", got)
	}
}

// The terminal's replies never reach the program as typed text.
func TestTerminalRepliesAreDropped(t *testing.T) {
	for _, reply := range []string{
		"\x1b]11;rgb:0000/0000/0000\x07",
		"\x1b]11;rgb:ffff/ffff/ffff\x1b\\",
		"\x1b[12;40R",
		"\x1b[?62;22c",
		"\x1bP>|xterm(1)\x1b\\",
	} {
		f, w := newTestFilter(nil)
		go func() { _, _ = w.Write([]byte("a" + reply + "b")) }()
		if got := readSome(t, f); got != "ab" {
			t.Errorf("reply %q: read %q, want only the typed ab", reply, got)
		}
	}
	// Keys that look alike pass: ↑, a modified F3, alt+], a paste.
	for _, key := range []string{"\x1b[A", "\x1b[1;5R", "\x1b]", pasteStart + "x" + pasteEnd} {
		f, w := newTestFilter(nil)
		go func() { _, _ = w.Write([]byte(key)) }()
		if got := readSome(t, f); !strings.HasPrefix(key, got) || got == "" {
			t.Errorf("key %q: read %q", key, got)
		}
	}
}
