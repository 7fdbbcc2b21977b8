package profiles

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/bubbles/cursor"
	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"

	"upright/exercises"
	"upright/session/profile"
	"upright/ui/kit"
	"upright/ui/nav"
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
	env    *kit.Env
	step   profilesStep
	list   []profile.Profile
	loaded bool
	menu   kit.Menu
	input  textinput.Model
	reason string // why the typed name is refused
	notice string // what was just done, until the next key
	focus  string // the profile the list opens on when it is not the active one
	// saved are the saved routines, so deleting a profile can say what becomes of its own.
	saved []exercises.Routine
}

// Open lists the profiles, and loads them.
func Open(e *kit.Env, msg nav.Profiles) (kit.Screen, tea.Cmd) {
	in := textinput.New()
	in.CharLimit = profile.MaxNameLen
	in.Prompt = "› "
	in.Cursor.SetMode(cursor.CursorStatic)
	return profilesModel{env: e, input: in, menu: kit.Menu{Items: []string{"…"}}, focus: msg.Focus, notice: msg.Notice},
		tea.Batch(loadProfiles(e), kit.LoadRoutines(e))
}

var (
	profilesSwitch  = kit.EnterKey("switch")
	profilesConfirm = kit.EnterKey("confirm")
	profilesNew     = kit.AddKey("new")
	profilesDelete  = kit.RemoveKey("delete")
	profilesKeys    = map[profilesStep]kit.Keys{
		profilesList: kit.On(profilesSwitch, kit.Up, kit.Down, kit.PageUp, kit.PageDown, profilesNew, kit.Rename, profilesDelete, kit.Edit,
			kit.Escape),
		profilesCreate:        kit.On(profilesConfirm, kit.Escape),
		profilesRename:        kit.On(profilesConfirm, kit.Escape),
		profilesDeleteConfirm: kit.On(profilesConfirm, kit.Escape),
		profilesDeleteAsk:     kit.On(kit.Yes, kit.No, kit.Escape),
	}
)

func (p profilesModel) Keys() kit.Keys { return profilesKeys[p.step] }

// Typing reports a step where every printable key is text.
func (p profilesModel) Typing() bool {
	return p.step == profilesCreate || p.step == profilesRename || p.step == profilesDeleteConfirm
}

// selected is the profile under the cursor; ok is false on the "New profile" line.
func (p profilesModel) selected() (profile.Profile, bool) {
	if p.menu.Cursor < len(p.list) {
		return p.list[p.menu.Cursor], true
	}
	return profile.Profile{}, false
}

func (p profilesModel) Update(msg tea.Msg) (kit.Screen, tea.Cmd) {
	switch msg := msg.(type) {
	case profilesMsg:
		first := !p.loaded
		p.list, p.loaded = msg.list, true
		p.menu.Items = nil
		for i, pr := range msg.list {
			line := kit.Clean(pr.Title())
			if profile.SameName(pr.Name, p.env.Active().Profile) {
				line += "  (active)"
				if first && p.focus == "" { // the list opens on the person using the app; a reload keeps the cursor
					p.menu.Cursor = i
				}
			}
			if p.focus != "" && profile.SameName(pr.Name, p.focus) {
				p.menu.Cursor = i // the profile just created or just edited
			}
			p.menu.Items = append(p.menu.Items, line)
		}
		p.focus = ""
		p.menu.Items = append(p.menu.Items, "New profile…")
		p.menu.Cursor = min(p.menu.Cursor, len(p.menu.Items)-1)
		return p, nil
	case kit.RoutinesMsg:
		p.saved = msg.Saved
	case nav.ProfileRenamed, profileDeletedMsg:
		p.step = profilesList
		return p, tea.Batch(loadProfiles(p.env), kit.LoadRoutines(p.env))
	case profileCreatedMsg:
		// A therapist creating a patient comes back here, on the new profile, ready for its
		// intake; its welcome and readiness questions wait until someone uses it (enter).
		p.step, p.focus = profilesList, msg.name
		p.notice = "Created " + kit.Clean(msg.name) + ": i opens the intake, enter uses the profile."
		return p, loadProfiles(p.env)
	case tea.KeyMsg:
		p.notice = ""
		if p.Keys().Matches(msg, kit.Escape) {
			if p.step == profilesList {
				return p, nav.Go(nav.Home{})
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
	k := p.Keys()
	sel, ok := p.selected()
	switch {
	case k.Matches(msg, kit.Quit):
		return p, nav.Go(nav.Home{})
	case !p.loaded:
	case p.env.Store == nil && !k.Matches(msg, kit.Up, kit.Down):
		p.reason = "Nothing is saved in demo mode: profiles cannot be changed."
	case k.Matches(msg, profilesNew) || (k.Matches(msg, profilesSwitch) && !ok):
		return p.ask(profilesCreate, "")
	case !ok && !k.Matches(msg, kit.Up, kit.Down): // the cursor leaves the New-profile line
	case k.Matches(msg, profilesSwitch):
		return p, switchProfile(p.env, sel)
	case k.Matches(msg, kit.Rename):
		return p.ask(profilesRename, sel.Name)
	case k.Matches(msg, kit.Edit):
		return p, nav.Go(nav.Intake{Profile: sel})
	case k.Matches(msg, profilesDelete):
		if profile.SameName(sel.Name, p.env.Active().Profile) {
			p.reason = "This is the active profile: switch to another one before deleting it."
			return p, nil
		}
		p.step, p.reason = profilesDeleteAsk, ""
	default:
		p.menu.Page = p.env.ListPage()
		p.menu = p.menu.Update(k, msg)
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
	k := p.Keys()
	sel, _ := p.selected()
	if p.step == profilesDeleteAsk {
		switch {
		case k.Matches(msg, kit.Yes):
			return p.ask(profilesDeleteConfirm, "")
		case k.Matches(msg, kit.No, kit.Quit):
			p.step = profilesList
		}
		return p, nil
	}
	if !k.Matches(msg, profilesConfirm) {
		var cmd tea.Cmd
		p.input, cmd = p.input.Update(msg)
		return p, cmd
	}
	name := profile.Name(p.input.Value())
	switch p.step {
	case profilesDeleteConfirm:
		if !profile.SameName(name, sel.Name) {
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
	s := p.env.Styles
	sel, _ := p.selected()
	var blocks []string
	title := "Profiles"
	switch p.step {
	case profilesList:
		if p.env.Store == nil {
			blocks = append(blocks, kit.Paragraph(s.Muted, "Profiles cannot be changed in this mode.", width))
		}
		blocks = append(blocks, p.menu.View(s, width-2, len(p.menu.Items)))
	case profilesCreate:
		title = "New profile"
		blocks = append(blocks, kit.Paragraph(s.Text, "Name (up to 40 characters):", width), p.inputView(width))
	case profilesRename:
		title = "Rename " + kit.Clean(sel.Name)
		blocks = append(blocks, kit.Paragraph(s.Text, "New name:", width), p.inputView(width))
	case profilesDeleteAsk:
		title = "Delete " + kit.Clean(sel.Name) + "?"
		blocks = append(blocks, kit.Paragraph(s.Warn, fmt.Sprintf("Delete %s and all their sessions and intake? y/n", kit.Clean(sel.Name)), width))
		if n := p.owned(sel.Name); n > 0 {
			what := fmt.Sprintf("The %d routines prescribed for %s stay", n, kit.Clean(sel.Name))
			if n == 1 {
				what = "The routine prescribed for " + kit.Clean(sel.Name) + " stays"
			}
			blocks = append(blocks, kit.Paragraph(s.Text, what+", in the clinic's library, for you to rename or prescribe again.", width))
		}
	case profilesDeleteConfirm:
		title = "Really erase " + kit.Clean(sel.Name) + "?"
		blocks = append(blocks, kit.Paragraph(s.Danger, "This cannot be undone. Type the name to confirm:", width), p.inputView(width))
	}
	if p.reason != "" {
		blocks = append(blocks, kit.Paragraph(s.Error, kit.Clean(p.reason), width))
	}
	if p.notice != "" && p.step == profilesList {
		blocks = append(blocks, kit.Paragraph(s.Accent, p.notice, width))
	}
	return kit.Page(s, width, height, title, strings.Join(blocks, "\n"))
}

// Focus keeps the highlighted profile in view on the list (the name fields are not a list).
func (p profilesModel) Focus(width, height int) (top, bottom int, ok bool) {
	if p.step != profilesList {
		return 0, 0, false
	}
	return kit.CursorFocus(p.View(width, height))
}

func (p profilesModel) inputView(width int) string {
	in := p.input
	in.Width = max(width-6, 1)
	return kit.Clip(in.View(), max(width-2, 1))
}

// owned is how many saved routines are prescribed for the profile name: deleting it moves them to
// the library rather than erasing a therapist's work with the patient's data.
func (p profilesModel) owned(name string) int {
	n := 0
	for _, r := range p.saved {
		if r.Owner == name {
			n++
		}
	}
	return n
}
