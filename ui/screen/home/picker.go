package home

import (
	"fmt"
	"strings"

	tea "github.com/charmbracelet/bubbletea"

	"upright/exercises"
	"upright/session/profile"
	"upright/ui/kit"
	"upright/ui/nav"
)

// pickerModel lists built-in and saved routines with their length, and previews the one selected.
type pickerModel struct {
	env      *kit.Env
	routines []exercises.Routine
	menu     kit.Menu
	// askMorning passes on to the check-in.
	askMorning bool
}

// OpenPicker lists the built-in routines at once, and the saved ones when they are read.
func OpenPicker(e *kit.Env, msg nav.Picker) (kit.Screen, tea.Cmd) {
	p := pickerModel{env: e, askMorning: msg.AskMorning}
	p.setRoutines(exercises.Builtin())
	return p, kit.LoadRoutines(e)
}

// setRoutines lists rs in the one order (exercises.Arrange): the active patient's own, the
// library, the built-ins; other patients' only on a therapist's view, which is any run not
// locked to one patient.
func (p *pickerModel) setRoutines(rs []exercises.Routine) {
	rs = exercises.Arrange(p.env.Active().Profile, rs, !p.env.Locked)
	p.routines = rs
	p.menu.Items = make([]string, len(rs))
	for i, r := range rs {
		p.menu.Items[i] = fmt.Sprintf("%-22s %6s  %s", kit.Clip(kit.Clean(r.Name), 22),
			kit.Minutes(r.EstimatedDuration()), kit.Plural(len(r.Items), "exercise", "exercises"))
		if m := ownerMark(r); m != "" {
			p.menu.Items[i] = fmt.Sprintf("%-44s %s", p.menu.Items[i], m)
		}
	}
	if p.menu.Cursor >= len(rs) {
		p.menu.Cursor = 0
	}
}

var (
	pickerStart = kit.EnterKey("start")
	pickerKeys  = kit.On(pickerStart, kit.Up, kit.Down, kit.PageUp, kit.PageDown, kit.Escape)
	// pickerSavedKeys add editing in the builder, for a saved routine.
	pickerSavedKeys = kit.On(pickerStart, kit.Change, kit.Up, kit.Down, kit.PageUp, kit.PageDown, kit.Escape)
)

func (p pickerModel) Keys() kit.Keys {
	if _, ok := p.savedSelected(); ok {
		return pickerSavedKeys
	}
	return pickerKeys
}

func (p pickerModel) Typing() bool { return false }

// savedSelected is the routine under the cursor when it is one saved in the database: those
// can be changed in the builder; the built-in ones cannot.
func (p pickerModel) savedSelected() (exercises.Routine, bool) {
	if p.menu.Cursor >= len(p.routines) || p.routines[p.menu.Cursor].Source != exercises.SourceSaved {
		return exercises.Routine{}, false
	}
	return p.routines[p.menu.Cursor], true
}

func (p pickerModel) Update(msg tea.Msg) (kit.Screen, tea.Cmd) {
	switch msg := msg.(type) {
	case kit.RoutinesMsg:
		p.setRoutines(append(exercises.Builtin(), msg.Saved...))
	case tea.KeyMsg:
		k := p.Keys()
		switch {
		case k.Matches(msg, kit.Escape, kit.Quit):
			return p, nav.Go(nav.Home{})
		case k.Matches(msg, pickerStart) && len(p.routines) > 0:
			r := p.routines[p.menu.Cursor]
			return p, nav.Go(nav.StartCheckin{Routine: r, AskMorning: p.askMorning})
		case k.Matches(msg, kit.Change):
			if r, ok := p.savedSelected(); ok {
				return p, nav.Go(nav.Builder{Routine: &r})
			}
		default:
			p.menu.Page = p.page()
			p.menu = p.menu.Update(k, msg)
		}
	}
	return p, nil
}

func (p pickerModel) View(width, height int) string {
	s := p.env.Styles
	if width < 50 {
		// Narrow: name and time only, so the name is not cut to make room for the count. A new
		// slice: View must not change the model's items.
		narrow := make([]string, len(p.routines))
		for i, r := range p.routines {
			narrow[i] = kit.Clean(r.Name) + " · " + kit.Minutes(r.EstimatedDuration())
			if m := ownerMark(r); m != "" {
				narrow[i] = m + " · " + narrow[i] // first, where the width cannot cut it off
			}
		}
		p.menu.Items = narrow
	}
	listHeight, cut := p.listRows(height)
	if !cut {
		return kit.Page(s, width, height, "Choose a routine", p.menu.View(s, width, len(p.menu.Items)))
	}
	list := p.menu.View(s, width-2, listHeight)
	preview := p.previewView(p.routines[p.menu.Cursor], width-2, height-listHeight-4)
	return kit.Page(s, width, height, "Choose a routine", list, preview)
}

// listRows is how many rows the list has at this height, and whether it is cut to them to keep
// the preview under it on screen (with marks for the routines out of view); else the list is
// drawn whole, without a preview, for the root to scroll.
func (p pickerModel) listRows(height int) (int, bool) {
	if height < kit.CompactHeight || len(p.routines) == 0 {
		return len(p.routines), false
	}
	return min(len(p.routines), max(height/2-2, 3)), true
}

// page is how far pgup/pgdn move the highlight: the routines one sees between the list's marks.
func (p pickerModel) page() int {
	if rows, cut := p.listRows(p.env.Height - 1); cut { // less the key line
		return max(rows-2, 1)
	}
	return p.env.ListPage()
}

// Focus keeps the highlighted entry in view when the page is taller than the terminal.
func (p pickerModel) Focus(width, height int) (top, bottom int, ok bool) {
	return kit.CursorFocus(p.View(width, height))
}

func (p pickerModel) previewView(r exercises.Routine, width, height int) string {
	s := p.env.Styles
	if height < 1 {
		return ""
	}
	lines := []string{s.Subtitle.Render(kit.Clip(kit.Clean(r.Name), width))}
	switch {
	case r.Owner != "":
		lines = append(lines, s.Accent.Render(kit.Clip("Prescribed for "+kit.Clean(r.Owner), width)))
	case r.Source == exercises.SourceSaved:
		lines = append(lines, s.Muted.Render(kit.Clip("From the clinic's library", width)))
	}
	if r.Description != "" {
		lines = append(lines, s.Muted.Render(kit.Clip(kit.Clean(r.Description), width)))
	}
	who := p.env.Active().Data
	for i, it := range who.ApplyOverrides(r).Items { // the doses this person will do
		ex := it.Exercise
		line := fmt.Sprintf("%d. %s — %s", i+1, ex.Name,
			kit.DoseText(it))
		if _, ok := who.DoseOverrides[ex.ID]; ok {
			line += " (your therapist's dose)"
		}
		st := s.Text
		if ex.Status.Flagged() {
			line += " (" + ex.Status.Words() + ")"
			st = s.Caution
		}
		if a := profile.Allows(who, ex); !a.Open {
			line += " — not for you"
			st = s.Warn
		}
		lines = append(lines, st.Render(kit.Clip(line, width)))
	}
	if len(lines) > height {
		lines = append(lines[:height-1], s.Muted.Render(fmt.Sprintf("… and %d more", len(lines)-height+1)))
	}
	return strings.Join(lines, "\n")
}

// ownerMark says whose a saved routine is when it is someone's ("for Pat"); the library's and
// the built-ins are everyone's and carry no mark.
func ownerMark(r exercises.Routine) string {
	if r.Owner == "" {
		return ""
	}
	return "for " + kit.Clean(r.Owner)
}
