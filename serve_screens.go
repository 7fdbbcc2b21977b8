package main

import (
	"errors"

	"github.com/charmbracelet/ssh"

	"upright/store"
	"upright/ui/display"
)

// The seam between the server and the screens. A session without a command (`ssh -p 2222
// clinic`) from a known key is handed to therapistScreens or patientScreens with everything the
// screens need; what they return is the session's exit status.
//
// The screens are expected to: open the terminal with Terminal, run their program wrapped by it
// (tea.WithoutRenderer, tea.WithInput(term.Input()), term.WatchSize(p.Send)), use Store for the
// database (the server's own, shared by every session), show a patient Profile only and never
// offer another, checkpoint and end when Stopping closes, and read the clock through now().
// serve_patient.go and serve_therapist.go do.

// remoteSession is one interactive SSH session from a known key.
type remoteSession struct {
	sess     ssh.Session
	Store    *store.Store
	Role     role          // therapistKey or patientKey
	Profile  string        // a patient's own profile; "" for a therapist
	Key      string        // the key's fingerprint, for the audit log
	Stopping chan struct{} // closed when the server stops: checkpoint and return
	act      *activity     // the connection's keys and timers, for --idle
}

// Terminal is the session's terminal, drawn over the connection and sized by the client's
// window-change requests until the session ends; done gives the client's screen back. A client
// that asked for no terminal (ssh -T, or input piped in) gets an error saying to connect with
// one.
func (rs remoteSession) Terminal() (term *display.Terminal, done func(), err error) {
	pty, windows, ok := rs.sess.Pty()
	if !ok {
		return nil, nil, errors.New("the screens need a terminal; connect with ssh -t (and without input piped in)")
	}
	term = display.Remote(keyReader{r: rs.sess, act: rs.act, profile: rs.Profile}, rs.sess, pty.Window.Width, pty.Window.Height)
	ended := make(chan struct{})
	go func() {
		for {
			select {
			case w, ok := <-windows:
				if !ok {
					return
				}
				term.Resize(w.Width, w.Height)
			case <-ended:
				return
			case <-rs.sess.Context().Done():
				return
			}
		}
	}()
	return term, func() {
		close(ended)
		_ = term.Close()
	}, nil
}

// therapistScreens runs a therapist's interactive session: the dashboard of every patient.
var therapistScreens = runTherapist

// patientScreens runs a patient's interactive session on their own profile.
var patientScreens = runPatient
