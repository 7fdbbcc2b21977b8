package main

import (
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"
	gossh "golang.org/x/crypto/ssh"
)

// A patient's SSH client for the tests that drive the real screens over a connection: it asks
// for a pty, keeps what the server draws on a small terminal, and presses keys.

// textScreen is what a terminal shows, as text: it follows the display's cursor moves, erases and
// text, and ignores styles and modes. Bytes of a sequence or a character cut by a read wait for
// the next.
type textScreen struct {
	w, h, x, y int
	rows       [][]string
	pending    []byte
}

func newTextScreen(w, h int) *textScreen {
	s := &textScreen{w: w, h: h}
	s.clear()
	return s
}

func (s *textScreen) clear() {
	s.rows = make([][]string, s.h)
	for y := range s.rows {
		s.rows[y] = slices.Repeat([]string{" "}, s.w)
	}
}

func (s *textScreen) write(p []byte) {
	b := append(s.pending, p...)
	s.pending = nil
	for i := 0; i < len(b); {
		c := b[i]
		switch {
		case c == 0x1b:
			n := s.escape(b[i:])
			if n == 0 {
				s.pending = append([]byte(nil), b[i:]...)
				return
			}
			i += n
		case c == '\r':
			s.x = 0
			i++
		case c == '\n':
			s.y++
			i++
		case c < 0x20:
			i++
		default:
			if !utf8.FullRune(b[i:]) {
				s.pending = append([]byte(nil), b[i:]...)
				return
			}
			r, n := utf8.DecodeRune(b[i:])
			s.put(string(r))
			i += n
		}
	}
}

// escape handles the sequence at the start of b and says how long it is; 0 means it is cut.
func (s *textScreen) escape(b []byte) int {
	if len(b) < 2 {
		return 0
	}
	switch b[1] {
	case '[':
		for j := 2; j < len(b); j++ {
			if b[j] >= 0x40 && b[j] <= 0x7e {
				s.csi(string(b[2:j]), b[j])
				return j + 1
			}
		}
		return 0
	case ']', 'P', '_', '^':
		for j := 2; j < len(b); j++ {
			if b[j] == 7 {
				return j + 1
			}
			if b[j] == 0x1b && j+1 < len(b) && b[j+1] == '\\' {
				return j + 2
			}
		}
		return 0
	}
	return 2
}

func (s *textScreen) csi(params string, final byte) {
	switch final {
	case 'H':
		row, col, _ := strings.Cut(params, ";")
		s.y, s.x = atoiOr(row, 1)-1, atoiOr(col, 1)-1
	case 'K':
		if s.y >= 0 && s.y < s.h {
			for x := max(s.x, 0); x < s.w; x++ {
				s.rows[s.y][x] = " "
			}
		}
	case 'J':
		if params == "2" {
			s.clear()
		}
	}
}

func atoiOr(v string, or int) int {
	n := 0
	for _, c := range v {
		if c < '0' || c > '9' {
			return or
		}
		n = n*10 + int(c-'0')
	}
	if v == "" {
		return or
	}
	return n
}

func (s *textScreen) put(g string) {
	width := max(ansi.StringWidth(g), 1)
	if s.y >= 0 && s.y < s.h && s.x >= 0 && s.x+width <= s.w {
		s.rows[s.y][s.x] = g
		for i := 1; i < width; i++ {
			s.rows[s.y][s.x+i] = ""
		}
	}
	s.x += width
}

func (s *textScreen) String() string {
	var b strings.Builder
	for _, row := range s.rows {
		b.WriteString(strings.TrimRight(strings.Join(row, ""), " "))
		b.WriteByte('\n')
	}
	return b.String()
}

// sshPatient is one patient's connection with a terminal.
type sshPatient struct {
	client *gossh.Client
	sess   *gossh.Session
	keys   io.Writer

	mu      sync.Mutex
	scr     *textScreen
	gen     int           // how many writes the screen has taken
	changed chan struct{} // a token after each write
	ended   chan struct{} // closed when the server has closed the session's output and errors
	stderr  strings.Builder
}

// dialPatient connects as user with signer, asks for a w×h pty and opens the shell: the screens.
func dialPatient(addr, user string, signer gossh.Signer, w, h int) (*sshPatient, error) {
	client, err := gossh.Dial("tcp", addr, &gossh.ClientConfig{User: user, Auth: []gossh.AuthMethod{gossh.PublicKeys(signer)},
		HostKeyCallback: gossh.InsecureIgnoreHostKey(), Timeout: 30 * time.Second})
	if err != nil {
		return nil, err
	}
	p := &sshPatient{client: client, scr: newTextScreen(w, h), changed: make(chan struct{}, 1), ended: make(chan struct{})}
	p.sess, err = client.NewSession()
	var out, errOut io.Reader
	if err == nil {
		p.keys, err = p.sess.StdinPipe()
	}
	if err == nil {
		out, err = p.sess.StdoutPipe()
	}
	if err == nil {
		errOut, err = p.sess.StderrPipe()
	}
	if err == nil {
		err = p.sess.RequestPty("xterm-256color", h, w, gossh.TerminalModes{})
	}
	if err == nil {
		err = p.sess.Shell()
	}
	if err != nil {
		_ = client.Close()
		return nil, err
	}
	var readers sync.WaitGroup
	readers.Go(func() { p.read(out) })
	readers.Go(func() {
		b, _ := io.ReadAll(errOut)
		p.mu.Lock()
		p.stderr.Write(b)
		p.mu.Unlock()
	})
	go func() {
		readers.Wait()
		close(p.ended)
	}()
	return p, nil
}

func (p *sshPatient) read(out io.Reader) {
	buf := make([]byte, 16384)
	for {
		n, err := out.Read(buf)
		if n > 0 {
			p.mu.Lock()
			p.scr.write(buf[:n])
			p.gen++
			p.mu.Unlock()
			select {
			case p.changed <- struct{}{}:
			default:
			}
		}
		if err != nil {
			return
		}
	}
}

// screen is what the terminal shows now, and how many writes it has taken.
func (p *sshPatient) screen() (string, int) {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.scr.String(), p.gen
}

// errEnded is a wait cut short by the server closing the session.
var errEnded = errors.New("the session ended")

// waitUntil waits until ok says yes to the screen, or the session ends, or deadline passes.
func (p *sshPatient) waitUntil(ok func(screen string, gen int) bool, deadline time.Time) error {
	for {
		s, gen := p.screen()
		if ok(s, gen) {
			return nil
		}
		select {
		case <-p.changed:
		case <-p.ended:
			if s, gen := p.screen(); ok(s, gen) {
				return nil
			}
			return errEnded
		case <-time.After(time.Until(deadline)):
			return fmt.Errorf("timed out; the screen shows:\n%s", s)
		}
	}
}

// waitFor waits until the screen shows text.
func (p *sshPatient) waitFor(text string, deadline time.Time) error {
	return p.waitUntil(func(s string, _ int) bool { return strings.Contains(s, text) }, deadline)
}

// press sends keys and returns the screen's write count at that moment, to wait for its answer.
func (p *sshPatient) press(keys string) (int, error) {
	_, gen := p.screen()
	_, err := io.WriteString(p.keys, keys)
	return gen, err
}

// errOutput is what the server wrote on the session's standard error so far.
func (p *sshPatient) errOutput() string {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.stderr.String()
}

func (p *sshPatient) close() { _ = p.client.Close() }
