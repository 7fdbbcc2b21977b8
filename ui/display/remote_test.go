package display

import (
	"bytes"
	"io"
	"strings"
	"sync"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
)

const (
	enterScreen = "\x1b[?1049h\x1b[?25l\x1b[?2004h"
	leaveScreen = "\x1b[m\x1b[?2004l\x1b[?25h\x1b[?1049l"
)

// lockedBuffer is an io.Writer the program's goroutines and the test share.
type lockedBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *lockedBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *lockedBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

// screenOf plays what a remote terminal was sent, between entering and leaving the alternate
// screen, on a terminal of w×h.
func screenOf(t *testing.T, sent string, w, h int) *vt {
	t.Helper()
	body, ok := strings.CutPrefix(sent, enterScreen)
	if !ok {
		t.Fatalf("a remote terminal starts with %q, want the alternate screen %q", sent[:min(len(sent), 20)], enterScreen)
	}
	body = strings.TrimSuffix(body, leaveScreen)
	screen := newVT(w, h)
	_, _ = screen.Write([]byte(body))
	if len(screen.errors) > 0 {
		t.Fatalf("the frames sent something a terminal would not draw the same: %v", screen.errors)
	}
	return screen
}

// TestRemoteDrawsToAWriter: a remote terminal needs no file: the size it was given is what the
// model is told, frames go to the writer, and Close leaves the alternate screen once.
func TestRemoteDrawsToAWriter(t *testing.T) {
	var out bytes.Buffer
	term := Remote(strings.NewReader(""), &out, 14, 3)
	if got := term.Size(); got.Width != 14 || got.Height != 3 {
		t.Fatalf("Size is %v, want the 14×3 the session gave", got)
	}
	var m tea.Model = term.Wrap(counter{})
	m, _ = m.Update(term.Size())
	_, _ = m.Update(tea.KeyMsg{Type: tea.KeyEnter})
	if err := term.Close(); err != nil {
		t.Fatal(err)
	}
	_ = term.Close()
	sent := out.String()
	if !strings.HasSuffix(sent, leaveScreen) || strings.Count(sent, leaveScreen) != 1 {
		t.Errorf("Close twice sent %q at the end, want the main screen back once", sent[max(0, len(sent)-40):])
	}
	if got := screenOf(t, sent, 14, 3).String(); !strings.HasPrefix(got, "count 1       \nbelow") {
		t.Errorf("screen:\n%s", got)
	}
}

// TestRemoteResizeReachesTheProgram: a session's window change, given through Resize, reaches a
// running program as a WindowSizeMsg and the next frame repaints at the new size; input comes
// from any reader.
func TestRemoteResizeReachesTheProgram(t *testing.T) {
	keys, typing := io.Pipe()
	out := &lockedBuffer{}
	term := Remote(keys, out, 20, 2)
	sizes := make(chan tea.WindowSizeMsg, 4)
	keyed := make(chan int, 4)
	model := sizeSpy{counter: counter{}, sizes: sizes, keys: keyed}
	p := tea.NewProgram(term.Wrap(model), tea.WithoutRenderer(), tea.WithInput(term.Input()),
		tea.WithOutput(io.Discard), tea.WithoutSignalHandler())
	stop := term.WatchSize(p.Send)
	done := make(chan error, 1)
	go func() { _, err := p.Run(); done <- err }()
	want := func(w, h int) {
		t.Helper()
		select {
		case got := <-sizes:
			if got.Width != w || got.Height != h {
				t.Fatalf("the program was told %dx%d, want %dx%d", got.Width, got.Height, w, h)
			}
		case <-time.After(5 * time.Second):
			t.Fatalf("no size %dx%d reached the program within 5 s", w, h)
		}
	}
	want(20, 2) // asked for at the start
	term.Resize(30, 4)
	want(30, 4)
	if _, err := typing.Write([]byte("x")); err != nil {
		t.Fatal(err)
	}
	select {
	case <-keyed:
	case <-time.After(5 * time.Second):
		t.Fatal("a key written to the input did not reach the program within 5 s")
	}
	stop()
	term.Resize(10, 1) // after stop: nobody is told
	p.Quit()
	select {
	case err := <-done:
		if err != nil {
			t.Fatal(err)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("the program did not end within 5 s of Quit")
	}
	_ = typing.Close()
	select {
	case got := <-sizes:
		t.Errorf("a resize after stop reached the program: %v", got)
	default:
	}
	_ = term.Close()
	if got := screenOf(t, out.String(), 30, 4).String(); !strings.HasPrefix(got, "count 1") {
		t.Errorf("after a key at 30×4 the screen is:\n%s", got)
	}
}

// sizeSpy is a counter that reports every size it is given.
type sizeSpy struct {
	counter
	sizes chan<- tea.WindowSizeMsg
	keys  chan<- int
}

func (s sizeSpy) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if size, ok := msg.(tea.WindowSizeMsg); ok {
		s.sizes <- size
	}
	next, cmd := s.counter.Update(msg)
	s.counter = next.(counter)
	if _, ok := msg.(tea.KeyMsg); ok {
		s.keys <- s.n
	}
	return s, cmd
}

// TestRemoteWithoutSizeIsStandard: a session that sent no window size gets 80×24, as a local
// terminal that cannot say.
func TestRemoteWithoutSizeIsStandard(t *testing.T) {
	term := Remote(strings.NewReader(""), io.Discard, 0, 0)
	if got := term.Size(); got.Width != 80 || got.Height != 24 {
		t.Errorf("Size is %v, want 80×24", got)
	}
}
