// Package display owns the terminal while the screens run: raw input, the alternate screen, the
// window size, and drawing each view the moment it changes.
//
// bubbletea v1's renderer draws on a clock: it wakes at its frame rate whether or not anything
// changed, and a change waits for the next frame, so a countdown either costs CPU all the time or
// ends late. Here the program runs without that renderer, and the view is drawn at the end of the
// update that changed it, cell by cell: an idle screen costs nothing and a hold's end reaches the
// terminal as soon as its tick does.
//
// The terminal is either local (Open: a file descriptor, raw mode, SIGWINCH) or remote (Remote:
// any reader and writer, such as an SSH session's channel, with the window's size given by the
// session through Resize). Frames are drawn the same way on both.
package display

import (
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"sync"
	"syscall"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/term"
)

// Terminal is the terminal the screens run in, put on the alternate screen by Open (a local
// terminal, in raw mode) or Remote (a session's channel) and given back as it was by Close.
type Terminal struct {
	mu sync.Mutex // one writer at a time: frames come from the event loop, the bell from a command
	in io.Reader
	// filtered is in as the program reads it: pastes closed, terminal replies dropped.
	filtered *inputFilter
	out      io.Writer
	local    *os.File // out when it is a local terminal: its size and raw mode come from its descriptor
	ownIn    bool     // in was opened here (standard input is not a terminal) and is closed here
	saved    *term.State
	open     bool // the alternate screen is on: Close has something to give back
	screen   Screen
	remote   remoteSize // the size of a remote terminal, which only its session knows
}

// Open takes over the terminal on out, reading keys from in, or from /dev/tty when in is not a
// terminal (input piped in).
func Open(in, out *os.File) (*Terminal, error) {
	if !term.IsTerminal(out.Fd()) {
		return nil, errors.New("the guided session needs a terminal, and standard output is not one; run upright in a terminal (the other commands work anywhere: upright --help)")
	}
	t := &Terminal{in: in, out: out, local: out}
	if !term.IsTerminal(in.Fd()) {
		tty, err := os.Open("/dev/tty")
		if err != nil {
			return nil, fmt.Errorf("standard input is not a terminal and /dev/tty cannot be opened (%v); run upright in a terminal", err)
		}
		t.in, t.ownIn = tty, true
	}
	saved, err := term.MakeRaw(t.inFile().Fd())
	if err != nil {
		t.closeInput()
		return nil, fmt.Errorf("the terminal cannot be put in raw mode (%v); run upright in a terminal", err)
	}
	t.saved = saved
	t.start()
	return t, nil
}

// start puts the terminal on the alternate screen with the cursor hidden and pasted text marked.
func (t *Terminal) start() {
	t.write("\x1b[?1049h\x1b[?25l\x1b[?2004h")
	t.open = true
}

// inFile is the local terminal's input.
func (t *Terminal) inFile() *os.File { return t.in.(*os.File) }

// Input is where keys come from, filtered (see inputFilter): give it to tea.WithInput, once.
func (t *Terminal) Input() io.Reader {
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.filtered == nil {
		t.filtered = filterInput(t.in)
	}
	return t.filtered
}

// Close gives the terminal back as Open found it: styles reset, cursor shown, main screen, cooked
// input. It is safe to call more than once.
func (t *Terminal) Close() error {
	if !t.open {
		return nil
	}
	t.open = false
	t.write("\x1b[m\x1b[?2004l\x1b[?25h\x1b[?1049l")
	if t.saved == nil {
		return nil
	}
	err := term.Restore(t.inFile().Fd(), t.saved)
	t.saved = nil
	t.closeInput()
	return err
}

func (t *Terminal) closeInput() {
	if t.ownIn {
		_ = t.inFile().Close()
	}
}

// write sends bytes to the terminal. A terminal that has gone away (a closed window) fails every
// write; the hangup signal that comes with it ends the program, so the error is not kept.
func (t *Terminal) write(s string) { _, _ = io.WriteString(t.out, s) }

// Size is the terminal's size now.
func (t *Terminal) Size() tea.WindowSizeMsg {
	if t.local == nil {
		return t.remote.get()
	}
	w, h, err := term.GetSize(t.local.Fd())
	if err != nil {
		w, h = 80, 24
	}
	return tea.WindowSizeMsg{Width: w, Height: h}
}

// Draw shows view, writing only what changed since the last call.
func (t *Terminal) Draw(view string) {
	if b := t.screen.Frame(view); len(b) > 0 {
		_, _ = t.Write(b)
	}
}

// Write sends bytes (the bell) to the terminal whole, never inside a frame.
func (t *Terminal) Write(b []byte) (int, error) {
	t.mu.Lock()
	defer t.mu.Unlock()
	return t.out.Write(b)
}

// WatchSize sends a tea.WindowSizeMsg through send whenever the window changes size, until stop:
// on a local terminal when SIGWINCH comes, on a remote one when Resize is called.
func (t *Terminal) WatchSize(send func(tea.Msg)) (stop func()) {
	if t.local == nil {
		return t.remote.watch(send)
	}
	ch := make(chan os.Signal, 1)
	signal.Notify(ch, syscall.SIGWINCH)
	done := make(chan struct{})
	go func() {
		for {
			select {
			case <-ch:
				send(t.Size())
			case <-done:
				return
			}
		}
	}()
	return func() {
		signal.Stop(ch)
		close(done)
	}
}
