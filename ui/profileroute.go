package ui

import (
	"strings"

	tea "github.com/charmbracelet/bubbletea"

	"upright/exercises"
	"upright/session/profile"
)

// The root model's part in profiles: which profile is active, and the three profile screens.

// switchTo makes p the active profile for the rest of the run: what home, history and sessions
// read from now on is p's, and p's first run shows the welcome and the readiness questions.
func (m Model) switchTo(p profile.Profile) (tea.Model, tea.Cmd) {
	o := &m.env.opts
	o.Profile, o.ProfileData, o.AgeBand, o.FirstRun = p.Name, p, p.AgeBand, !p.FirstRunDone
	m.home = newHomeModel(m.env)
	if !p.FirstRunDone {
		m.screen, m.welcome = screenWelcome, newWelcomeModel(m.env)
		return m, nil
	}
	return m, navigate(navMsg{to: screenHome})
}

// adoptProfile keeps the active profile's data current when it was saved or renamed.
func (m Model) adoptProfile(msg tea.Msg) Model {
	o := &m.env.opts
	switch msg := msg.(type) {
	case profileSavedMsg:
		if msg.p.Name == o.Profile {
			o.ProfileData, o.AgeBand = msg.p, msg.p.AgeBand
		}
	case profileRenamedMsg:
		if msg.from == o.Profile {
			o.Profile = msg.to
			o.ProfileData.Name = msg.to
			if o.ProfileData.DisplayName == msg.from {
				o.ProfileData.DisplayName = msg.to
			}
		}
	}
	return m
}

func (m Model) profileTyping() bool {
	return (m.screen == screenProfiles && m.profiles.typing()) || (m.screen == screenIntake && m.intake.typing())
}

// navigateProfiles opens one of the profile screens.
func (m Model) navigateProfiles(msg navMsg) (tea.Model, tea.Cmd) {
	e := m.env
	switch msg.to {
	case screenProfiles:
		m.screen, m.profiles = screenProfiles, box(newProfilesModel(e))
		return m, loadProfiles(e)
	case screenIntake:
		p := e.opts.ProfileData
		if msg.profile != nil {
			p = *msg.profile
		}
		m.screen, m.intake = screenIntake, box(newIntakeModel(e, p))
		return m, loadRoutines(e)
	case screenReadiness:
		next := navMsg{to: screenHome}
		if msg.after != nil {
			next = *msg.after
		}
		m.screen, m.readiness = screenReadiness, newReadinessModel(e, next)
	}
	return m, nil
}

func (m Model) updateProfileScreens(msg tea.Msg) (Model, tea.Cmd) {
	var cmd tea.Cmd
	switch m.screen {
	case screenProfiles:
		m.profiles, cmd = boxed(m.profiles.Update(msg))
	case screenIntake:
		m.intake, cmd = boxed(m.intake.Update(msg))
	case screenReadiness:
		m.readiness, cmd = m.readiness.Update(msg)
	}
	return m, cmd
}

func (m Model) profileScreenView(w, h int) string {
	switch m.screen {
	case screenProfiles:
		return m.profiles.View(w, h)
	case screenIntake:
		return m.intake.View(w, h)
	case screenReadiness:
		return m.readiness.View(w, h)
	}
	return ""
}

func (m Model) profileScreenKeys(k *keyMap) {
	switch m.screen {
	case screenProfiles:
		m.profiles.keys(k)
	case screenIntake:
		m.intake.keys(k)
	case screenReadiness:
		m.readiness.keys(k)
	}
}

// spineNoteText is shown on the brief of every floor or core exercise when the intake records a
// spine fracture.
const spineNoteText = "After your spine fracture: do this only with your therapist's go-ahead first."

// spineNote is the brief's safety block for ex under the active profile, or "" when none applies.
func spineNote(e *env, ex exercises.Exercise, width int) string {
	if !ex.Floor || !e.opts.ProfileData.SpineFracture() {
		return ""
	}
	return paragraph(e.styles.Danger, spineNoteText, width)
}

// therapistNote is the active profile's notes from the therapist, or "" when there are none.
func therapistNote(e *env, width int) string {
	n := strings.TrimSpace(clean(e.opts.ProfileData.TherapistNotes))
	if n == "" {
		return ""
	}
	return paragraph(e.styles.Warn, "Your therapist's note: "+n, width)
}
