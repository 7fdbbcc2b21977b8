package display

import (
	"os"
	"os/signal"
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
	// The whole job stops, as a shell's ctrl+z would stop it. The signal may land a moment after
	// kill returns, so the terminal is taken back only once SIGCONT says the job runs again.
	cont := make(chan os.Signal, 1)
	signal.Notify(cont, syscall.SIGCONT)
	defer signal.Stop(cont)
	if err := syscall.Kill(0, syscall.SIGTSTP); err == nil {
		<-cont
	}
	if saved, err := term.MakeRaw(t.inFile().Fd()); err == nil {
		t.saved = saved
	}
	t.start()
	size := t.Size()
	t.screen.Resize(size.Width, size.Height)
}
