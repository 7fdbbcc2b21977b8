package display

import (
	"syscall"

	"github.com/charmbracelet/x/term"
)

// Suspend gives the terminal back to the shell and stops the process (ctrl+z in raw mode is a
// key, not the signal), then, once the shell continues it (fg), takes the terminal again and
// repaints it whole. It does nothing on a remote terminal.
func (t *Terminal) Suspend() {
	if t.local == nil || !t.open {
		return
	}
	t.write("\x1b[m\x1b[?2004l\x1b[?25h\x1b[?1049l")
	if t.saved != nil {
		_ = term.Restore(t.inFile().Fd(), t.saved)
	}
	// The whole job stops, as a shell's ctrl+z would stop it; this returns when it is continued.
	_ = syscall.Kill(0, syscall.SIGTSTP)
	if saved, err := term.MakeRaw(t.inFile().Fd()); err == nil {
		t.saved = saved
	}
	t.start()
	size := t.Size()
	t.screen.Resize(size.Width, size.Height)
}
