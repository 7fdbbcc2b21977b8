package home

import (
	"fmt"

	tea "github.com/charmbracelet/bubbletea"

	"upright/ui/kit"
	"upright/ui/nav"
)

// resumeModel offers an unfinished session found at start: resume, keep as interrupted, or discard.
type resumeModel struct {
	env   *kit.Env
	found nav.OfferResume
	menu  kit.Menu
}

const (
	resumeContinue = iota
	resumeKeep
	resumeDiscard
)

// OpenResume offers the unfinished session.
func OpenResume(e *kit.Env, found nav.OfferResume) (kit.Screen, tea.Cmd) {
	return resumeModel{env: e, found: found, menu: kit.Menu{Items: []string{
		"Resume where you stopped",
		"Keep it as interrupted",
		"Discard it",
	}}}, nil
}

var (
	resumeChoose = kit.EnterKey("choose")
	resumeKeys   = kit.On(resumeChoose, kit.Up, kit.Down)
)

func (r resumeModel) Keys() kit.Keys { return resumeKeys }

func (r resumeModel) Typing() bool { return false }

func (r resumeModel) Update(msg tea.Msg) (kit.Screen, tea.Cmd) {
	km, ok := msg.(tea.KeyMsg)
	if !ok {
		return r, nil
	}
	if !resumeKeys.Matches(km, resumeChoose) {
		r.menu = r.menu.Update(resumeKeys, msg)
		return r, nil
	}
	switch r.menu.Cursor {
	case resumeContinue:
		return r, nav.Go(nav.ResumeSession{Record: r.found.Record, Routine: r.found.Routine, Owner: r.found.Owner})
	case resumeKeep:
		return r, resolveCheckpoint(r.env, r.owner(), kit.KeepInterrupted)
	default:
		return r, resolveCheckpoint(r.env, r.owner(), kit.DiscardCheckpoint)
	}
}

// resolveCheckpoint keeps an unfinished session as interrupted, or discards it.
func resolveCheckpoint(e *kit.Env, profile string, fate kit.CheckpointFate) tea.Cmd {
	st, now := e.Store, e.Now()
	if st == nil {
		return nav.Go(nav.Home{})
	}
	return func() tea.Msg {
		if err := st.ResolveCheckpoint(profile, fate, now); err != nil {
			return kit.ErrMsg{Err: fmt.Errorf("resolve the unfinished session: %w", err)}
		}
		return nav.Home{}
	}
}

func (r resumeModel) View(width, height int) string {
	s := r.env.Styles
	rec := r.found.Record
	when := rec.StartedAt.In(r.env.Loc).Format("Mon 2 Jan 15:04")
	what := fmt.Sprintf("%s, started %s: %s done.", kit.Clean(rec.Routine.Name), when, kit.Plural(rec.SetsDone(), "set", "sets"))
	title := "An unfinished session"
	if o := r.found.Owner; o != nil {
		title = kit.Clean(o.Title()) + " has an unfinished session"
	}
	return kit.Page(s, width, height, title,
		kit.Paragraph(s.Text, what, width),
		r.menu.View(s, width-2, 3))
}

// owner is the profile whose session this is: the active one unless the offer names another.
func (r resumeModel) owner() string {
	if r.found.Owner != nil {
		return r.found.Owner.Name
	}
	return r.env.Active().Profile
}
