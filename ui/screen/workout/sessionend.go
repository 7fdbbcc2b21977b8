package workout

import (
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"upright/session/record"
	"upright/ui/kit"
	"upright/ui/nav"
)

// How a session ends. Every step done: the check-out asks how it went, and its answers end the
// engine (Finish with the check-out), so the flags they raise are the engine's. Quit on purpose:
// the engine is abandoned where it is. Either way the record goes to the root in one message,
// nav.SessionEnded, and the root alone holds it until the store has it. A program stopped at
// once (ctrl+c, a signal) asks End for the same record.

// toCheckout moves to the check-out once the engine is done; now is the end the record keeps.
func (s sessionModel) toCheckout(now time.Time) sessionModel {
	c := newCheckoutModel(s.env, s.eng.Record())
	c.last, c.lastShort = s.finalResult()
	s.checkout, s.doneAt = &c, now
	s.confirmQuit, s.pain = false, painPrompt{} // the questions replace any prompt left open
	return s
}

func (s sessionModel) checkoutUpdate(msg tea.Msg) (kit.Screen, tea.Cmd) {
	c, cmd, done := s.checkout.Update(msg)
	s.checkout = &c
	if !done {
		return s, cmd
	}
	co := c.answers()
	return s, nav.Go(nav.SessionEnded{Record: s.eng.Finish(s.doneAt, &co)})
}

// quit ends the session at once, keeping every finished set (q, confirmed).
func (s sessionModel) quit() (kit.Screen, tea.Cmd) {
	return s, nav.Go(nav.SessionEnded{Record: s.eng.Abandon(s.env.Now())})
}

// End closes the session for a program stopping at once: with the check-out answers so far when
// it was being asked, else abandoned where it is.
func (s sessionModel) End() *record.Record {
	if s.eng == nil {
		return nil
	}
	var rec record.Record
	if s.checkout != nil {
		co := s.checkout.unfinished()
		rec = s.eng.Finish(s.doneAt, &co)
	} else {
		rec = s.eng.Abandon(s.env.Now())
	}
	return &rec
}

// Suspend is End for a closed terminal or SIGTERM: nobody chose to quit, so a session under way
// is left as the checkpoint saved after its last set, which the next start offers to resume. A
// check-out under way ends the session with the questions not yet answered marked so.
func (s sessionModel) Suspend() *record.Record {
	if s.eng == nil || (s.checkout == nil && s.saveErr == "") {
		return nil
	}
	// In the check-out, or when the last checkpoint did not reach the store: keep it all now.
	return s.End()
}
