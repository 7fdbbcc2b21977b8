package main

import (
	"errors"
	"fmt"
	"io"
	"sync"
	"time"

	"github.com/charmbracelet/ssh"

	"upright/store"
)

// clinic is the running server: its database, who the therapists are, and the sessions to tell
// when it stops.
type clinic struct {
	dbFile     string
	st         *store.Store
	therapists map[string]bool // by fingerprint
	fails      *failures
	connect    string        // how a patient connects, for messages: "ssh -p 2222 <this server>"
	idle       time.Duration // --idle, for the line an idle connection gets
	log        io.Writer     // the server's own standard error, for what only its operator should read

	mu       sync.Mutex
	open     map[ssh.Session]bool // sessions without a command, closed with a notice at shutdown
	stopping chan struct{}        // closed when the server starts to stop
}

// maxCodeTries is how many invite codes one connection may try.
const maxCodeTries = 5

// handle runs one SSH session. A panic here ends this connection only: the library runs each
// session on its own goroutine, where an unrecovered panic would take the server down.
func (c *clinic) handle(sess ssh.Session) {
	defer func() {
		if p := recover(); p != nil {
			fmt.Fprintf(sess.Stderr(), "upright: internal error in this connection (%v); it is closed, the server keeps running (please report this)\n", p)
			_ = sess.Exit(exitError)
		}
	}()
	_ = sess.Exit(c.session(sess))
}

func (c *clinic) session(sess ssh.Session) int {
	key := sess.PublicKey()
	if key == nil {
		fmt.Fprintln(sess.Stderr(), "upright: this server accepts public keys only")
		return exitError
	}
	fp := fingerprint(key)
	act := activityOf(sess.Context())
	r, profile, err := c.identify(fp)
	if err != nil {
		fmt.Fprintln(sess.Stderr(), "upright: "+oneLineErr(err))
		return exitError
	}
	args := sess.Command()
	injectRemotePanic(args)
	switch {
	case r == unknownKey && len(args) > 0:
		fmt.Fprintln(sess.Stderr(), c.enrolLine())
		return exitError
	case r == unknownKey:
		return c.interactive(sess, func() int { return c.enrol(sess, fp, act) })
	case len(args) > 0:
		act.running(1, 0)
		defer act.running(-1, 0)
		return runRemote(args, r, profile, c.dbFile, sess, sess.Stderr(), func(command, who string) {
			c.audit(fp, who, "ssh "+command)
		})
	}
	c.audit(fp, profile, "open")
	rs := remoteSession{sess: sess, Store: c.st, Role: r, Profile: profile, Key: fp, Stopping: c.stopping, act: act}
	screens := patientScreens
	if r == therapistKey {
		screens = therapistScreens
	}
	return c.interactive(sess, func() int {
		act.running(0, 1)
		defer act.running(0, -1)
		code := screens(rs)
		select {
		case <-act.idle:
			fmt.Fprintf(sess.Stderr(), "upright: closed after %v without a key; what you did is saved. Connect again to go on: %s\n", c.idle, c.connect)
		default:
		}
		return code
	})
}

// identify says who a key is: a therapist (from --therapists), an enrolled patient, or unknown.
func (c *clinic) identify(fp string) (role, string, error) {
	if c.therapists[fp] {
		return therapistKey, "", nil
	}
	profile, err := c.st.KeyProfile(fp)
	switch {
	case errors.Is(err, store.ErrNotFound):
		return unknownKey, "", nil
	case err != nil:
		return unknownKey, "", err
	}
	return patientKey, profile, nil
}

// enrolLine is the one line an unknown key gets on its way out.
func (c *clinic) enrolLine() string {
	return fmt.Sprintf("upright: this key is not enrolled; ask your therapist for an invite code, then connect with `%s` (no command) and type the code when asked", c.connect)
}

// enrol asks an unknown key for an invite code, at most maxCodeTries times, and binds the key to
// the code's profile.
func (c *clinic) enrol(sess ssh.Session, fp string, act *activity) int {
	_, _, tty := sess.Pty()
	in := &lineReader{r: keyReader{r: sess, act: act}, echo: sess, tty: tty}
	addr := hostOf(sess.RemoteAddr())
	fmt.Fprintln(sess, "This key is not enrolled with this clinic yet.")
	for try := 1; try <= maxCodeTries; try++ {
		fmt.Fprint(sess, "Invite code (an empty line stops): ")
		code, ok := in.readLine()
		if !ok {
			fmt.Fprintln(sess) // the prompt's line, ended
		}
		if !ok || code == "" {
			break
		}
		if d := c.fails.wait(addr, now()); d > 0 {
			select {
			case <-time.After(d):
			case <-sess.Context().Done():
				return exitError
			case <-c.stopping:
				return exitError
			}
		}
		profile, err := c.st.Enrol(code, fp, now())
		if err == nil {
			c.audit(fp, profile, "enrol")
			fmt.Fprintf(sess, "Enrolled: this key now opens %s's profile. Next time connect the same way: %s\n", shownName(profile), c.connect)
			return exitOK
		}
		if !errors.Is(err, store.ErrInviteUnknown) && !errors.Is(err, store.ErrInviteUsed) && !errors.Is(err, store.ErrInviteExpired) {
			fmt.Fprintln(sess.Stderr(), "upright: "+oneLineErr(err))
			return exitError
		}
		c.fails.fail(addr, now())
		if left := maxCodeTries - try; left > 0 {
			fmt.Fprintf(sess, "That code did not work: %s (%d %s left).\n", err, left, plural(left, "try", "tries"))
		} else {
			fmt.Fprintf(sess, "That code did not work: %s.\n", err)
		}
	}
	fmt.Fprintln(sess.Stderr(), c.enrolLine())
	return exitError
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// audit records that a key opened a profile; a log that cannot be written is said on the
// server's side, and the session goes on (the log is a record, not a gate).
func (c *clinic) audit(fp, profile, action string) {
	if err := c.st.Audit(store.AuditEntry{At: now(), Key: fp, Profile: profile, Action: action}); err != nil {
		fmt.Fprintf(c.log, "upright serve: the audit log missed %s %s %q: %s\n", fp, action, shownName(profile), oneLineErr(err))
	}
}

// interactive runs fn for a session without a command, which the server closes with a notice
// when it stops.
func (c *clinic) interactive(sess ssh.Session, fn func() int) int {
	c.mu.Lock()
	select {
	case <-c.stopping:
		c.mu.Unlock()
		fmt.Fprintln(sess.Stderr(), "upright: the server is stopping; connect again in a minute")
		return exitError
	default:
	}
	c.open[sess] = true
	c.mu.Unlock()
	defer func() {
		c.mu.Lock()
		delete(c.open, sess)
		c.mu.Unlock()
	}()
	return fn()
}

// stop tells every interactive session the server is stopping and closes it; commands in
// progress are left to finish.
func (c *clinic) stop() {
	c.mu.Lock()
	defer c.mu.Unlock()
	close(c.stopping)
	for sess := range c.open {
		fmt.Fprintln(sess.Stderr(), "\nupright: the server is stopping; your finished sets are saved. Connect again in a minute.")
		_ = sess.Exit(exitError)
	}
}

// lineReader reads one line typed over the session. With a terminal (ssh with a pty) nothing
// echoes or edits for the client, so it echoes and handles backspace itself.
type lineReader struct {
	r      io.Reader
	echo   io.Writer
	tty    bool
	skipLF bool // the last line ended with CR: a LF right after it is the same end
}

// maxLine bounds what a line may hold: a code is 11 characters.
const maxLine = 64

// readLine returns the line without its end; ok is false at the end of input or on Ctrl-C or
// Ctrl-D.
func (l *lineReader) readLine() (string, bool) {
	var line []byte
	b := make([]byte, 1)
	for {
		if _, err := l.r.Read(b); err != nil {
			return "", false
		}
		c := b[0]
		if l.skipLF {
			l.skipLF = false
			if c == '\n' {
				continue
			}
		}
		switch {
		case c == '\r' || c == '\n':
			l.skipLF = c == '\r'
			if l.tty {
				_, _ = io.WriteString(l.echo, "\r\n")
			}
			return string(line), true
		case c == 3 || c == 4:
			return "", false
		case c == 0x7f || c == 8:
			if len(line) > 0 {
				line = line[:len(line)-1]
				if l.tty {
					_, _ = io.WriteString(l.echo, "\b \b")
				}
			}
		case c >= 0x20 && c < 0x7f && len(line) < maxLine:
			line = append(line, c)
			if l.tty {
				_, _ = l.echo.Write(b)
			}
		}
	}
}
