package ui

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"upright/exercises"
)

// pickerModel lists built-in and saved routines with their length, and previews the one selected.
type pickerModel struct {
	env      *env
	routines []exercises.Routine
	menu     menu
}

func newPickerModel(e *env) pickerModel {
	p := pickerModel{env: e}
	p.setRoutines(exercises.Builtin())
	return p
}

func (p *pickerModel) setRoutines(rs []exercises.Routine) {
	p.routines = rs
	p.menu.items = make([]string, len(rs))
	for i, r := range rs {
		p.menu.items[i] = fmt.Sprintf("%-22s %6s  %s", clip(clean(r.Name), 22),
			minutes(r.EstimatedDuration()), plural(len(r.Items), "exercise", "exercises"))
	}
	if p.menu.cursor >= len(rs) {
		p.menu.cursor = 0
	}
}

func (p pickerModel) keys(k *keyMap) {
	if _, ok := p.savedSelected(); ok {
		k.only(&k.Enter, &k.Change, &k.Up, &k.Down, &k.Escape)
	} else {
		k.only(&k.Enter, &k.Up, &k.Down, &k.Escape)
	}
	relabel(&k.Enter, "start")
}

// savedSelected is the routine under the cursor when it is one saved in the database: those
// can be changed in the builder; the built-in ones cannot.
func (p pickerModel) savedSelected() (exercises.Routine, bool) {
	if p.menu.cursor >= len(p.routines) || p.routines[p.menu.cursor].Source != exercises.SourceSaved {
		return exercises.Routine{}, false
	}
	return p.routines[p.menu.cursor], true
}

func (p pickerModel) Update(msg tea.Msg) (pickerModel, tea.Cmd) {
	switch msg := msg.(type) {
	case routinesMsg:
		p.setRoutines(append(exercises.Builtin(), msg.saved...))
	case tea.KeyMsg:
		k := p.env.keys
		switch {
		case key.Matches(msg, k.Escape), key.Matches(msg, k.Quit):
			return p, navigate(navMsg{to: screenHome})
		case key.Matches(msg, k.Enter) && len(p.routines) > 0:
			r := p.routines[p.menu.cursor]
			return p, navigate(navMsg{to: screenCheckin, routine: &r})
		case key.Matches(msg, k.Change):
			if r, ok := p.savedSelected(); ok {
				return p, navigate(navMsg{to: screenBuilder, routine: &r})
			}
		default:
			p.menu = p.menu.update(k, msg)
		}
	}
	return p, nil
}

func (p pickerModel) View(width, height int) string {
	s := p.env.styles
	if width < 50 {
		// Narrow: name and time only, so the name is not cut to make room for the count. A new
		// slice: View must not change the model's items.
		narrow := make([]string, len(p.routines))
		for i, r := range p.routines {
			narrow[i] = clean(r.Name) + " · " + minutes(r.EstimatedDuration())
		}
		p.menu.items = narrow
	}
	if height < compactHeight || len(p.routines) == 0 {
		return page(s, width, height, "Choose a routine", p.menu.view(s, width, max(height-1, 1)))
	}
	listHeight := min(len(p.routines), max(height/2-2, 3))
	list := p.menu.view(s, width-2, listHeight)
	preview := p.previewView(p.routines[p.menu.cursor], width-2, height-listHeight-4)
	return page(s, width, height, "Choose a routine", list, preview)
}

func (p pickerModel) previewView(r exercises.Routine, width, height int) string {
	s := p.env.styles
	if height < 1 {
		return ""
	}
	lines := []string{s.Subtitle.Render(clip(clean(r.Name), width))}
	if r.Description != "" {
		lines = append(lines, s.Muted.Render(clip(clean(r.Description), width)))
	}
	for i, it := range r.Items {
		ex := it.Exercise
		line := fmt.Sprintf("%d. %s — %s", i+1, ex.Name,
			doseText(it))
		st := s.Text
		if ex.Status.Flagged() {
			line += " (" + ex.Status.String() + ")"
			st = s.Caution
		}
		lines = append(lines, st.Render(clip(line, width)))
	}
	if len(lines) > height {
		lines = append(lines[:height-1], s.Muted.Render(fmt.Sprintf("… and %d more", len(lines)-height+1)))
	}
	return strings.Join(lines, "\n")
}
