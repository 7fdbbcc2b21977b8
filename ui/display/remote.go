package display

import (
	"io"
	"sync"

	tea "github.com/charmbracelet/bubbletea"
)

// Remote takes over a terminal at the other end of a connection (an SSH session's channel): keys
// come from in, frames go to out, and the window's size is whatever the session last said, given
// here as width and height and afterwards through Resize. Nothing local is put in raw mode; the
// client's own terminal is, by its SSH client. Close leaves the alternate screen.
func Remote(in io.Reader, out io.Writer, width, height int) *Terminal {
	t := &Terminal{in: in, out: out}
	t.remote.size = tea.WindowSizeMsg{Width: width, Height: height}
	t.start()
	return t
}

// Resize tells a remote terminal its window's new size (an SSH window-change request); a
// WatchSize in progress passes it on to the program. A local terminal learns its size from its
// own descriptor, so this does nothing there.
func (t *Terminal) Resize(width, height int) {
	if t.local != nil {
		return
	}
	t.remote.set(tea.WindowSizeMsg{Width: width, Height: height})
}

// remoteSize is a remote terminal's size and who to tell when it changes.
type remoteSize struct {
	mu   sync.Mutex
	size tea.WindowSizeMsg
	send func(tea.Msg)
}

func (r *remoteSize) get() tea.WindowSizeMsg {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.size.Width <= 0 || r.size.Height <= 0 {
		return tea.WindowSizeMsg{Width: 80, Height: 24} // a session that sent no size, as a local terminal that gives none
	}
	return r.size
}

func (r *remoteSize) set(size tea.WindowSizeMsg) {
	r.mu.Lock()
	r.size = size
	send := r.send
	r.mu.Unlock()
	if send != nil {
		send(r.get())
	}
}

func (r *remoteSize) watch(send func(tea.Msg)) (stop func()) {
	r.mu.Lock()
	r.send = send
	r.mu.Unlock()
	return func() {
		r.mu.Lock()
		r.send = nil
		r.mu.Unlock()
	}
}
