package ui

import (
	"fmt"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"upright/session/profile"
)

// clearanceLine is what any "yes" on the readiness questions leads to (EXERCISES.md).
const clearanceLine = "Get your clinician's clearance first: talk to your doctor or physical therapist " +
	"about your answers before you start these exercises."

// readinessModel asks the readiness questions once per profile, before the first session, one at
// a time; "no" is the default. Any "yes" shows the clearance advice; the answers are recorded
// either way, and the person may still continue.
type readinessModel struct {
	env     *env
	current int // len(questions): the answers are in
	yes     []string
	next    navMsg
}

func newReadinessModel(e *env, next navMsg) readinessModel {
	return readinessModel{env: e, next: next}
}

func (r readinessModel) done() bool { return r.current >= len(profile.ReadinessQuestions) }

func (r readinessModel) keys(k *keyMap) {
	if r.done() {
		k.only(&k.Enter)
		relabel(&k.Enter, "continue")
		return
	}
	k.only(&k.Yes, &k.No, &k.Enter)
	relabel(&k.Enter, "no")
}

func (r readinessModel) Update(msg tea.Msg) (readinessModel, tea.Cmd) {
	km, ok := msg.(tea.KeyMsg)
	if !ok {
		return r, nil
	}
	k := r.env.keys
	switch {
	case key.Matches(km, k.Quit):
		return r, tea.Quit
	case r.done() && key.Matches(km, k.Enter):
		return r, navigate(r.next)
	case r.done():
	case key.Matches(km, k.Yes):
		r.yes = append(r.yes, profile.ReadinessQuestions[r.current].ID)
		return r.answered()
	case key.Matches(km, k.No), key.Matches(km, k.Enter):
		return r.answered()
	}
	return r, nil
}

// answered moves on; after the last question it records the answers, and goes straight on when
// every answer was "no".
func (r readinessModel) answered() (readinessModel, tea.Cmd) {
	r.current++
	if !r.done() {
		return r, nil
	}
	p := r.env.opts.ProfileData
	p.Name = r.env.opts.Profile
	p.FirstRunDone = true // the welcome was just seen: saving must not undo MarkFirstRunDone
	p.Readiness = &profile.Readiness{AnsweredAt: r.env.now(), Yes: append([]string{}, r.yes...)}
	save := saveProfile(r.env, p)
	if len(r.yes) == 0 {
		return r, tea.Batch(save, navigate(r.next))
	}
	return r, save
}

func (r readinessModel) View(width, height int) string {
	s := r.env.styles
	qs := profile.ReadinessQuestions
	if r.done() {
		return page(s, width, height, "Before you start",
			paragraph(s.Warn, clearanceLine, width),
			paragraph(s.Text, "Your answers are recorded for your therapist. You may still continue.", width),
			paragraph(s.Muted, "Press enter to continue.", width))
	}
	q := qs[r.current]
	return page(s, width, height, "Ready to exercise?",
		s.Muted.Render(clip(progressText(r.current+1, len(qs)), max(width-2, 1))),
		paragraph(s.Subtitle, q.Text, width),
		paragraph(s.Muted, "y: yes   n or enter: no", width))
}

func progressText(i, n int) string {
	return fmt.Sprintf("Question %d of %d", i, n)
}
