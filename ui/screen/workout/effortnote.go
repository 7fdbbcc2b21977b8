package workout

import (
	"strings"

	"upright/session"
	"upright/ui/kit"
)

// effortNote is what the pain-monitoring model says about a small pain rise: normal effort, carry
// on. It is kept apart from the notice, which each tick replaces, so the person can read it for as
// long as the step they reported it in lasts; it is shown whole, above the digits, since a
// clipped "stop if it rises…" would drop the very limit it gives.
type effortNote struct {
	text string
	at   stepKey
}

// stepKey names one step of the plan: an exercise's set, and its side.
type stepKey struct {
	item, set int
	side      string
}

func keyOf(st session.Step) stepKey { return stepKey{st.Item, st.Set, st.Side} }

// noteEffort keeps the advice of a pain report that did not stop the exercise.
func (s sessionModel) noteEffort(res session.Result) sessionModel {
	s.effort = effortNote{}
	if res.OK && res.Reason != "" && s.stop == nil {
		s.effort = effortNote{text: res.Reason, at: keyOf(s.eng.Step())}
		s.notice = "" // said once, whole
	}
	return s
}

// effortNow is the note while the step it was given in lasts, else "".
func (s sessionModel) effortNow() string {
	if s.effort.text == "" || s.eng.Done() || keyOf(s.eng.Step()) != s.effort.at {
		return ""
	}
	return s.effort.text
}

// effortLines are effortNow wrapped to width, one entry a line, so the digits make room for them.
func (s sessionModel) effortLines(width int) []string {
	if s.effortNow() == "" {
		return nil
	}
	return strings.Split(kit.Paragraph(s.env.Styles.Text, s.effortNow(), width), "\n")
}
