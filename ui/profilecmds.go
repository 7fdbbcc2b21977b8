package ui

import (
	"fmt"

	tea "github.com/charmbracelet/bubbletea"

	"upright/session/profile"
)

// Profile storage calls run here, inside commands, and come back as messages.

// profilesMsg is every profile, for the picker.
type profilesMsg struct{ list []profile.Profile }

// profileSwitchedMsg makes p the active profile for the rest of the run.
type profileSwitchedMsg struct{ p profile.Profile }

// profileSavedMsg reports that p reached the store; the root keeps it when it is the active one.
type profileSavedMsg struct{ p profile.Profile }

// profileRenamedMsg and profileDeletedMsg report a change the picker must reload for.
type profileRenamedMsg struct{ from, to string }

type profileDeletedMsg struct{ name string }

func loadProfiles(e *env) tea.Cmd {
	st := e.opts.Store
	if st == nil {
		return func() tea.Msg { return profilesMsg{list: []profile.Profile{e.opts.ProfileData}} }
	}
	return func() tea.Msg {
		list, err := st.Profiles()
		if err != nil {
			return errMsg{fmt.Errorf("list profiles: %w", err)}
		}
		return profilesMsg{list: list}
	}
}

func createProfile(e *env, name string) tea.Cmd {
	st, now := e.opts.Store, e.now()
	return func() tea.Msg {
		p, err := st.CreateProfile(name, now)
		if err != nil {
			return errMsg{fmt.Errorf("create profile: %w", err)}
		}
		return profileSwitchedMsg{p: p}
	}
}

func switchProfile(e *env, p profile.Profile) tea.Cmd {
	st := e.opts.Store
	return func() tea.Msg {
		if err := st.SetLastProfile(p.Name); err != nil {
			return errMsg{fmt.Errorf("remember the profile: %w", err)}
		}
		return profileSwitchedMsg{p: p}
	}
}

func renameProfile(e *env, from, to string) tea.Cmd {
	st := e.opts.Store
	return func() tea.Msg {
		if err := st.RenameProfile(from, to); err != nil {
			return errMsg{fmt.Errorf("rename profile: %w", err)}
		}
		return profileRenamedMsg{from: from, to: to}
	}
}

func deleteProfile(e *env, name string) tea.Cmd {
	st := e.opts.Store
	return func() tea.Msg {
		if err := st.DeleteProfile(name); err != nil {
			return errMsg{fmt.Errorf("delete profile: %w", err)}
		}
		return profileDeletedMsg{name: name}
	}
}

// saveProfile writes p; in demo mode nothing is written, and the run carries on with p.
func saveProfile(e *env, p profile.Profile) tea.Cmd {
	st := e.opts.Store
	if st == nil {
		return func() tea.Msg { return profileSavedMsg{p: p} }
	}
	return func() tea.Msg {
		if err := st.SaveProfile(p); err != nil {
			return errMsg{fmt.Errorf("save profile %s: %w", p.Name, err)}
		}
		return profileSavedMsg{p: p}
	}
}
