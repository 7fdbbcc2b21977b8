package profiles

import (
	"fmt"

	tea "github.com/charmbracelet/bubbletea"

	"upright/session/profile"
	"upright/ui/kit"
	"upright/ui/nav"
)

// Profile storage calls run here, inside commands, and come back as messages.

// profilesMsg is every profile, for the picker.
type profilesMsg struct{ list []profile.Profile }

// profileDeletedMsg reports a deletion the picker must reload for.
type profileDeletedMsg struct{ name string }

// profileCreatedMsg reports a new profile: the list reloads on it.
type profileCreatedMsg struct{ name string }

func loadProfiles(e *kit.Env) tea.Cmd {
	st := e.Store
	if st == nil {
		only := e.Active().Data // read here, in Update: the command runs on another goroutine
		return func() tea.Msg { return profilesMsg{list: []profile.Profile{only}} }
	}
	return func() tea.Msg {
		list, err := st.Profiles()
		if err != nil {
			return kit.ErrMsg{Err: fmt.Errorf("list profiles: %w", err)}
		}
		return profilesMsg{list: list}
	}
}

func createProfile(e *kit.Env, name string) tea.Cmd {
	st, now := e.Store, e.Now()
	return func() tea.Msg {
		// The new profile is the one the next start opens on (a therapist sets a patient up, then
		// hands over), but this run stays with the profile in use until enter switches to it.
		p, err := st.UseProfile(name, true, now)
		if err != nil {
			return kit.ErrMsg{Err: err} // the store names what it was doing
		}
		return profileCreatedMsg{name: p.Name}
	}
}

func switchProfile(e *kit.Env, p profile.Profile) tea.Cmd {
	st, now := e.Store, e.Now()
	return func() tea.Msg {
		p, err := st.UseProfile(p.Name, false, now)
		if err != nil {
			return kit.ErrMsg{Err: fmt.Errorf("remember the profile: %w", err)}
		}
		return nav.SwitchProfile{Profile: p}
	}
}

func renameProfile(e *kit.Env, from, to string) tea.Cmd {
	st := e.Store
	return func() tea.Msg {
		if err := st.RenameProfile(from, to); err != nil {
			return kit.ErrMsg{Err: err}
		}
		return nav.ProfileRenamed{From: from, To: to}
	}
}

func deleteProfile(e *kit.Env, name string) tea.Cmd {
	st := e.Store
	return func() tea.Msg {
		if err := st.DeleteProfile(name); err != nil {
			return kit.ErrMsg{Err: err}
		}
		return profileDeletedMsg{name: name}
	}
}
