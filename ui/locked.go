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
