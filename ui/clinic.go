package ui

import (
	tea "github.com/charmbracelet/bubbletea"

	"upright/ui/nav"
)

// offLimits reports the intents a locked run (Options.Locked) refuses, whichever screen sends
// them: each leads to another profile or to the clinic's shared routines. The screens hide the
// entries already; this is the root's own check, so a screen added later cannot open the way.
func offLimits(msg tea.Msg) bool {
	switch msg.(type) {
	case nav.Profiles, nav.Intake, nav.SwitchProfile, nav.ProfileRenamed, nav.Builder:
		return true
	}
	return false
}

// clinicHome makes Home the dashboard on a therapist's connection, so every screen's way back
// leads there.
func (m Model) clinicHome(msg tea.Msg) tea.Msg {
	if _, ok := msg.(nav.Home); ok && m.env.Clinic != nil {
		return nav.Dashboard{}
	}
	return msg
}
