package main

import (
	"crypto/ed25519"
	"crypto/rand"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	gossh "golang.org/x/crypto/ssh"
)

// sizeView shows the size it was last given, and quits on q.
type sizeView struct{ w, h int }

func (m sizeView) Init() tea.Cmd { return nil }
func (m sizeView) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.w, m.h = msg.Width, msg.Height
	case tea.KeyMsg:
		if msg.String() == "q" {
			return m, tea.Quit
		}
	}
	return m, nil
}
func (m sizeView) View() string { return fmt.Sprintf("size %dx%d", m.w, m.h) }

// screenOutput collects what a session sends, and waits for a text to appear in it.
type screenOutput struct {
	seen chan string
	all  strings.Builder
}

func (o *screenOutput) waitFor(t *testing.T, text string) {
	t.Helper()
	deadline := time.After(10 * time.Second)
	for !strings.Contains(o.all.String(), text) {
		select {
		case chunk, ok := <-o.seen:
			if !ok {
				t.Fatalf("the session ended before showing %q; it sent %q", text, o.all.String())
			}
			o.all.WriteString(chunk)
		case <-deadline:
			t.Fatalf("%q not shown within 10 s; the session sent %q", text, o.all.String())
		}
	}
}

// TestScreensSeamDrawsOverSSH: what the screens will plug into works end to end: a program run on
// remoteSession.Terminal draws over the connection, at the client's window size, follows its
// window changes and takes its keys.
func TestScreensSeamDrawsOverSSH(t *testing.T) {
	dir := t.TempDir()
	_, priv, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	signer, err := gossh.NewSignerFromKey(priv)
	if err != nil {
		t.Fatal(err)
	}
	list := filepath.Join(dir, "therapists")
	if err := os.WriteFile(list, gossh.MarshalAuthorizedKey(signer.PublicKey()), 0o600); err != nil {
		t.Fatal(err)
	}
	saved := therapistScreens
	defer func() { therapistScreens = saved }()
	therapistScreens = func(rs remoteSession) int {
		term, done, err := rs.Terminal()
		if err != nil {
			fmt.Fprintln(rs.sess.Stderr(), err)
			return exitError
		}
		defer done()
		p := tea.NewProgram(term.Wrap(sizeView{}), tea.WithoutRenderer(), tea.WithInput(term.Input()),
			tea.WithOutput(io.Discard), tea.WithoutSignalHandler())
		stop := term.WatchSize(p.Send)
		defer stop()
		if _, err := p.Run(); err != nil {
			return exitError
		}
		return exitOK
	}
	c := &serveCmd{dbOption: dbOption{db: filepath.Join(dir, "u.db")}, listenAddr: "127.0.0.1:0", therapists: list,
		idle: time.Minute, maxConns: 4}
	r, err := c.start(streams{out: io.Discard, err: io.Discard})
	if err != nil {
		t.Fatal(err)
	}
	defer r.st.Close()
	defer r.stop()

	client, err := gossh.Dial("tcp", r.addr.String(), &gossh.ClientConfig{User: "t", Auth: []gossh.AuthMethod{gossh.PublicKeys(signer)},
		HostKeyCallback: gossh.InsecureIgnoreHostKey(), Timeout: 10 * time.Second})
	if err != nil {
		t.Fatal(err)
	}
	defer client.Close()
	sess, err := client.NewSession()
	if err != nil {
		t.Fatal(err)
	}
	defer sess.Close()
	keys, err := sess.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	stdout, err := sess.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	out := &screenOutput{seen: make(chan string, 64)}
	go func() {
		buf := make([]byte, 4096)
		for {
			n, err := stdout.Read(buf)
			if n > 0 {
				out.seen <- string(buf[:n])
			}
			if err != nil {
				close(out.seen)
				return
			}
		}
	}()
	if err := sess.RequestPty("xterm-256color", 10, 40, gossh.TerminalModes{}); err != nil {
		t.Fatal(err)
	}
	if err := sess.Shell(); err != nil {
		t.Fatal(err)
	}
	out.waitFor(t, "size 40x10")
	if !strings.HasPrefix(out.all.String(), "\x1b[?1049h") {
		t.Errorf("the session did not start on the alternate screen: %q", out.all.String()[:min(out.all.Len(), 30)])
	}
	if err := sess.WindowChange(12, 50); err != nil {
		t.Fatal(err)
	}
	out.waitFor(t, "size 50x12")
	if _, err := keys.Write([]byte("q")); err != nil {
		t.Fatal(err)
	}
	ended := make(chan error, 1)
	go func() { ended <- sess.Wait() }()
	select {
	case err := <-ended:
		if err != nil {
			t.Errorf("the session ended with %v, want exit 0", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("q did not end the session within 10 s")
	}
	out.waitFor(t, "\x1b[?1049l") // the client's screen given back
}
