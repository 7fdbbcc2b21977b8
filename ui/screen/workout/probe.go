package workout

import (
	"time"

	"upright/session"
	"upright/ui/kit"
)

// Engine is the engine behind a session screen, and the time of its last message; ok is false for
// any other screen. It lets tests and benchmarks that drive the whole program follow a session
// through its phases without reaching into the screen.
func Engine(s kit.Screen) (eng *session.Session, at time.Time, ok bool) {
	m, ok := s.(sessionModel)
	if !ok || m.eng == nil {
		return nil, time.Time{}, false
	}
	return m.eng, m.at, true
}
