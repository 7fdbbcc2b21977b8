package ui

import (
	"fmt"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"upright/session/record"
)

// homeModel is where every visit starts: who, how the week is going, and what to do next.
type homeModel struct {
	env    *env
	menu   menu
	loaded bool
	last   *record.Record
	// actions are the home… entries of the menu's items, in order (hometoday.go builds them).
	actions []int
	today   *homeTodayMsg
}

const (
	homeStart = iota
	homeHistory
	homeProgress
	homeExercises
	homeBuild
	homeToday
	homeProfiles
	homeDemo
	homeQuit
)

func newHomeModel(e *env) homeModel {
	return homeModel{env: e}.withMenu()
}

func (h homeModel) keys(k *keyMap) {
	k.only(&k.Enter, &k.Up, &k.Down)
	relabel(&k.Enter, "choose")
}

func (h homeModel) Update(msg tea.Msg) (homeModel, tea.Cmd) {
	switch msg := msg.(type) {
	case homeDataMsg:
		h.loaded = true
		if len(msg.recent) > 0 {
			h.last = &msg.recent[0]
		}
	case suggestionAcceptedMsg:
		// The profile now has the new dose: home shows it, and offers what is left to suggest.
		h.env.opts.ProfileData = msg.p
		return h, loadToday(h.env)
	case homeTodayMsg:
		if msg.profile == h.env.opts.Profile {
			h.today = &msg
			h = h.withMenu()
		}
	case tea.KeyMsg:
		k := h.env.keys
		if key.Matches(msg, k.Quit) {
			return h, tea.Quit
		}
		if !key.Matches(msg, k.Enter) {
			h.menu = h.menu.update(k, msg)
			return h, nil
		}
		if a := h.actions[h.menu.cursor]; a >= homeAccept {
			return h, h.accept(a - homeAccept)
		}
		switch h.actions[h.menu.cursor] {
		case homeToday:
			return h, h.startToday()
		case homeProfiles:
			return h, navigate(navMsg{to: screenProfiles})
		case homeStart:
			return h, navigate(navMsg{to: screenPicker})
		case homeHistory:
			return h, navigate(navMsg{to: screenHistory})
		case homeProgress:
			return h, navigate(navMsg{to: screenProgress})
		case homeExercises:
			return h, navigate(navMsg{to: screenCatalog})
		case homeBuild:
			return h, navigate(navMsg{to: screenBuilder})
		case homeDemo:
			// A therapist demonstrating: from here on nothing is saved, and every screen says so.
			h.env.opts.Demo = !h.env.opts.Demo
			return h.withMenu(), nil
		case homeQuit:
			return h, tea.Quit
		}
	}
	return h, nil
}

func (h homeModel) View(width, height int) string {
	s := h.env.styles
	title := "upright · " + clean(h.env.opts.Profile)
	if d := h.env.opts.ProfileData; d.Name == h.env.opts.Profile && d.DisplayName != "" {
		title = "upright · " + clean(d.DisplayName)
	}
	if height < compactHeight {
		return page(s, width, height, title, h.menu.view(s, width, len(h.menu.items)))
	}
	return page(s, width, height, title, h.todayView(width), h.statusView(width), h.menu.view(s, width-2, len(h.menu.items)))
}

func (h homeModel) statusView(width int) string {
	s := h.env.styles
	if h.env.opts.Store == nil {
		return paragraph(s.Muted, "Sessions are not kept in this mode.", width)
	}
	if !h.loaded {
		return s.Muted.Render("…")
	}
	last := "No sessions yet: start your first routine below."
	if h.last != nil {
		when := h.last.StartedAt.In(h.env.loc).Format("Mon 2 Jan")
		outcome := h.last.Status
		if h.last.Status == record.StatusPartial && h.last.SetsDone() == 0 {
			// Quit at its first brief: say so, rather than let "partial" suggest work was done.
			outcome += ", no sets done"
		}
		last = fmt.Sprintf("Last session: %s, %s (%s).", when, clean(h.last.Routine.Name), outcome)
	}
	thisWeek := 0
	if h.today != nil {
		thisWeek = h.today.week.Sessions
	}
	week := "This week: " + plural(thisWeek, "session", "sessions")
	return paragraph(s.Text, last, width) + "\n" + paragraph(s.Accent, week+".", width)
}
