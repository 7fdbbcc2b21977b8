package ui

import (
	"fmt"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
)

// resumeModel offers an unfinished session found at start: resume, keep as interrupted, or discard.
type resumeModel struct {
	env   *env
	found *Resumable
	menu  menu
}

const (
	resumeContinue = iota
	resumeKeep
	resumeDiscard
)

func newResumeModel(e *env, r *Resumable) resumeModel {
	return resumeModel{env: e, found: r, menu: menu{items: []string{
		"Resume where you stopped",
		"Keep it as interrupted",
		"Discard it",
	}}}
}

func (r resumeModel) keys(k *keyMap) {
	k.only(&k.Enter, &k.Up, &k.Down)
	relabel(&k.Enter, "choose")
}

func (r resumeModel) Update(msg tea.Msg) (resumeModel, tea.Cmd) {
	km, ok := msg.(tea.KeyMsg)
	if !ok {
		return r, nil
	}
	if !key.Matches(km, r.env.keys.Enter) {
		r.menu = r.menu.update(r.env.keys, msg)
		return r, nil
	}
	switch r.menu.cursor {
	case resumeContinue:
		return r, navigate(navMsg{to: screenSession, resume: r.found})
	case resumeKeep:
		return r, resolveCheckpoint(r.env, true)
	default:
		return r, resolveCheckpoint(r.env, false)
	}
}

func (r resumeModel) View(width, height int) string {
	s := r.env.styles
	rec := r.found.Record
	when := rec.StartedAt.In(r.env.loc).Format("Mon 2 Jan 15:04")
	what := fmt.Sprintf("%s, started %s: %s done.", clean(rec.Routine.Name), when, plural(rec.SetsDone(), "set", "sets"))
	return page(s, width, height, "An unfinished session",
		paragraph(s.Text, what, width),
		r.menu.view(s, width-2, 3))
}
