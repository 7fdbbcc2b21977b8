package ui

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/bubbles/cursor"
	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"

	"upright/session/profile"
)

// profilesStep is what the profile picker is doing.
type profilesStep int

const (
	profilesList profilesStep = iota
	profilesCreate
	profilesRename
	profilesDeleteAsk     // first question: y/n
	profilesDeleteConfirm // second: type the name
)

// profilesModel lists the profiles: switch to one, create, rename, delete (asked twice), or open
// its intake. The active profile cannot be deleted, so the run never continues under an erased
// profile.
type profilesModel struct {
	env    *env
	step   profilesStep
	list   []profile.Profile
	loaded bool
	menu   menu
	input  textinput.Model
	reason string // why the typed name is refused
}

func newProfilesModel(e *env) profilesModel {
	in := textinput.New()
	in.CharLimit = profile.MaxNameLen
	in.Prompt = "› "
	in.Cursor.SetMode(cursor.CursorStatic)
	return profilesModel{env: e, input: in, menu: menu{items: []string{"…"}}}
}

func (p profilesModel) keys(k *keyMap) {
	switch p.step {
	case profilesList:
		k.only(&k.Enter, &k.Up, &k.Down, &k.Add, &k.Rename, &k.Remove, &k.Edit, &k.Escape)
		relabel(&k.Enter, "switch")
		relabel(&k.Add, "new")
		relabel(&k.Remove, "delete")
	case profilesCreate, profilesRename, profilesDeleteConfirm:
		k.only(&k.Enter, &k.Escape)
		relabel(&k.Enter, "confirm")
	case profilesDeleteAsk:
		k.only(&k.Yes, &k.No, &k.Escape)
	}
}

// typing reports a step where every printable key is text.
func (p profilesModel) typing() bool {
	return p.step == profilesCreate || p.step == profilesRename || p.step == profilesDeleteConfirm
}

// selected is the profile under the cursor; ok is false on the "New profile" line.
func (p profilesModel) selected() (profile.Profile, bool) {
	if p.menu.cursor < len(p.list) {
		return p.list[p.menu.cursor], true
	}
	return profile.Profile{}, false
}

func (p profilesModel) Update(msg tea.Msg) (profilesModel, tea.Cmd) {
	switch msg := msg.(type) {
	case profilesMsg:
		p.list, p.loaded = msg.list, true
		p.menu.items = nil
		for _, pr := range msg.list {
			line := clean(pr.Title())
			if pr.Name == p.env.opts.Profile {
				line += "  (active)"
			}
			p.menu.items = append(p.menu.items, line)
		}
		p.menu.items = append(p.menu.items, "New profile…")
		p.menu.cursor = min(p.menu.cursor, len(p.menu.items)-1)
		return p, nil
	case profileRenamedMsg, profileDeletedMsg:
		p.step = profilesList
		return p, loadProfiles(p.env)
	case tea.KeyMsg:
		if key.Matches(msg, p.env.keys.Escape) {
			if p.step == profilesList {
				return p, navigate(navMsg{to: screenHome})
			}
			p.step, p.reason = profilesList, ""
			return p, nil
		}
		if p.step == profilesList {
			return p.listKey(msg)
		}
		return p.answerKey(msg)
	}
	return p, nil
}

func (p profilesModel) listKey(msg tea.KeyMsg) (profilesModel, tea.Cmd) {
	k := p.env.keys
	sel, ok := p.selected()
	switch {
	case key.Matches(msg, k.Quit):
		return p, navigate(navMsg{to: screenHome})
	case !p.loaded:
	case p.env.opts.Store == nil && !key.Matches(msg, k.Up) && !key.Matches(msg, k.Down):
		p.reason = "Nothing is saved in demo mode: profiles cannot be changed."
	case key.Matches(msg, k.Add) || (key.Matches(msg, k.Enter) && !ok):
		return p.ask(profilesCreate, "")
	case !ok:
	case key.Matches(msg, k.Enter):
		return p, switchProfile(p.env, sel)
	case key.Matches(msg, k.Rename):
		return p.ask(profilesRename, sel.Name)
	case key.Matches(msg, k.Edit):
		return p, navigate(navMsg{to: screenIntake, profile: &sel})
	case key.Matches(msg, k.Remove):
		if sel.Name == p.env.opts.Profile {
			p.reason = "This is the active profile: switch to another one before deleting it."
			return p, nil
		}
		p.step, p.reason = profilesDeleteAsk, ""
	default:
		p.menu = p.menu.update(k, msg)
		p.reason = ""
	}
	return p, nil
}

func (p profilesModel) ask(step profilesStep, value string) (profilesModel, tea.Cmd) {
	p.step, p.reason = step, ""
	p.input.SetValue(value)
	p.input.CursorEnd()
	return p, p.input.Focus()
}

func (p profilesModel) answerKey(msg tea.KeyMsg) (profilesModel, tea.Cmd) {
	k := p.env.keys
	sel, _ := p.selected()
	if p.step == profilesDeleteAsk {
		switch {
		case key.Matches(msg, k.Yes):
			return p.ask(profilesDeleteConfirm, "")
		case key.Matches(msg, k.No), key.Matches(msg, k.Quit):
			p.step = profilesList
		}
		return p, nil
	}
	if !key.Matches(msg, k.Enter) {
		var cmd tea.Cmd
		p.input, cmd = p.input.Update(msg)
		return p, cmd
	}
	name := p.input.Value()
	switch p.step {
	case profilesDeleteConfirm:
		if name != sel.Name {
			p.reason = "The name does not match; nothing was deleted."
			return p, nil
		}
		return p, deleteProfile(p.env, sel.Name)
	case profilesCreate, profilesRename:
		if err := profile.ValidateName(name); err != nil {
			p.reason = err.Error()
			return p, nil
		}
		if p.step == profilesCreate {
			return p, createProfile(p.env, name)
		}
		return p, renameProfile(p.env, sel.Name, name)
	}
	return p, nil
}

func (p profilesModel) View(width, height int) string {
	s := p.env.styles
	sel, _ := p.selected()
	var blocks []string
	title := "Profiles"
	switch p.step {
	case profilesList:
		if p.env.opts.Store == nil {
			blocks = append(blocks, paragraph(s.Muted, "Profiles cannot be changed in this mode.", width))
		}
		blocks = append(blocks, p.menu.view(s, width-2, max(height-6, 1)))
	case profilesCreate:
		title = "New profile"
		blocks = append(blocks, paragraph(s.Text, "Name (up to 40 characters):", width), p.inputView(width))
	case profilesRename:
		title = "Rename " + clean(sel.Name)
		blocks = append(blocks, paragraph(s.Text, "New name:", width), p.inputView(width))
	case profilesDeleteAsk:
		title = "Delete " + clean(sel.Name) + "?"
		blocks = append(blocks, paragraph(s.Warn, fmt.Sprintf("Delete %s and all their sessions and intake? y/n", clean(sel.Name)), width))
	case profilesDeleteConfirm:
		title = "Really erase " + clean(sel.Name) + "?"
		blocks = append(blocks, paragraph(s.Danger, "This cannot be undone. Type the name to confirm:", width), p.inputView(width))
	}
	if p.reason != "" {
		blocks = append(blocks, paragraph(s.Error, clean(p.reason), width))
	}
	return page(s, width, height, title, strings.Join(blocks, "\n"))
}

func (p profilesModel) inputView(width int) string {
	in := p.input
	in.Width = max(width-6, 1)
	return clip(in.View(), max(width-2, 1))
}
