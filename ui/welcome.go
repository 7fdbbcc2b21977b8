package ui

import (
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
)

// safetyLine is said once, plainly, before anything else (EXERCISES.md).
const safetyLine = "upright never replaces a clinician's assessment. Talk to your doctor or physical " +
	"therapist before starting, and especially after a spine fracture."

// welcomeModel is the first-run screen: what upright is, and the safety line.
type welcomeModel struct{ env *env }

func newWelcomeModel(e *env) welcomeModel { return welcomeModel{env: e} }

func (w welcomeModel) keys(k *keyMap) {
	k.only(&k.Enter)
	relabel(&k.Enter, "continue")
}

func (w welcomeModel) Update(msg tea.Msg) (welcomeModel, tea.Cmd) {
	km, ok := msg.(tea.KeyMsg)
	if ok && key.Matches(km, w.env.keys.Quit) {
		return w, tea.Quit
	}
	if ok && key.Matches(km, w.env.keys.Enter) {
		next := navMsg{to: screenHome}
		if r := w.env.opts.Routine; r != nil {
			next = navMsg{to: screenCheckin, routine: r}
		}
		if w.env.opts.ProfileData.Readiness == nil {
			// Once per profile, before the first session (EXERCISES.md).
			after := next
			next = navMsg{to: screenReadiness, after: &after}
		}
		return w, tea.Batch(markFirstRun(w.env), navigate(next))
	}
	return w, nil
}

func (w welcomeModel) View(width, height int) string {
	s := w.env.styles
	return page(s, width, height, "Welcome to upright",
		paragraph(s.Text, "A calm coach for your physical-therapy exercises: it times your holds, counts your reps, "+
			"rests with you, and keeps every session so you and your therapist can see your progress.", width),
		paragraph(s.Warn, safetyLine, width),
		paragraph(s.Muted, "Stop if anything hurts sharply or feels wrong. Press enter to begin.", width))
}
