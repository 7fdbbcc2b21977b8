package home

import (
	"fmt"

	tea "github.com/charmbracelet/bubbletea"

	"upright/ui/kit"
	"upright/ui/nav"
)

// safetyLine is said once, plainly, before anything else: upright coaches, a clinician assesses.
const safetyLine = "upright never replaces a clinician's assessment. Talk to your doctor or physical " +
	"therapist before starting, and especially after a spine fracture."

// welcomeModel is the first-run screen: what upright is, and the safety line.
type welcomeModel struct{ env *kit.Env }

// OpenWelcome shows the welcome.
func OpenWelcome(e *kit.Env, _ nav.Welcome) (kit.Screen, tea.Cmd) { return welcomeModel{env: e}, nil }

var (
	welcomeContinue = kit.EnterKey("continue")
	welcomeKeys     = kit.On(welcomeContinue)
)

func (w welcomeModel) Keys() kit.Keys { return welcomeKeys }

func (w welcomeModel) Typing() bool { return false }

func (w welcomeModel) Update(msg tea.Msg) (kit.Screen, tea.Cmd) {
	km, ok := msg.(tea.KeyMsg)
	if ok && welcomeKeys.Matches(km, kit.Quit) {
		return w, tea.Quit
	}
	if ok && welcomeKeys.Matches(km, welcomeContinue) {
		var next tea.Msg = nav.Home{}
		if r := w.env.Routine; r != nil {
			next = nav.StartCheckin{Routine: *r}
		}
		if w.env.Active().Data.Readiness == nil {
			// Once per profile, before the first session.
			next = nav.Readiness{Then: next}
		}
		return w, tea.Batch(markFirstRun(w.env), nav.Go(next))
	}
	return w, nil
}

// markFirstRun remembers that the welcome was seen, so it is shown once per profile.
func markFirstRun(e *kit.Env) tea.Cmd {
	st, profile := e.Store, e.Active().Profile
	if st == nil {
		return nil
	}
	return func() tea.Msg {
		if err := st.MarkFirstRunDone(profile); err != nil {
			return kit.ErrMsg{Err: fmt.Errorf("remember the welcome was seen: %w", err)}
		}
		return nil
	}
}

func (w welcomeModel) View(width, height int) string {
	s := w.env.Styles
	return kit.Page(s, width, height, "Welcome to upright",
		kit.Paragraph(s.Text, "A calm coach for your physical-therapy exercises: it times your holds, counts your reps, "+
			"rests with you, and keeps every session so you and your therapist can see your progress.", width),
		kit.Paragraph(s.Warn, safetyLine, width),
		kit.Paragraph(s.Muted, "Stop if anything hurts sharply or feels wrong. Press enter to begin.", width))
}
