package home

import (
	"fmt"

	tea "github.com/charmbracelet/bubbletea"

	"upright/session/record"
	"upright/ui/kit"
	"upright/ui/nav"
)

// homeModel is where every visit starts: who, how the week is going, and what to do next.
type homeModel struct {
	env    *kit.Env
	menu   kit.Menu
	loaded bool
	last   *record.Record
	// actions are the home… entries of the menu's items, in order (hometoday.go builds them), and
	// forms each entry's planned forms, longest first (homemenu.go draws the one that fits).
	actions []int
	forms   [][]string
	today   *homeTodayMsg
	// accepting is set while an accepted suggestion is being saved: its ProfileSavedMsg reloads.
	accepting bool
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
	homeCheckup
	homeSafeMovement
	homeAerobic
)

// Open shows home and loads what it shows.
func Open(e *kit.Env, _ nav.Home) (kit.Screen, tea.Cmd) {
	return homeModel{env: e}.withMenu(), tea.Batch(loadLast(e), loadToday(e))
}

var (
	homeChoose    = kit.EnterKey("choose")
	homeKeys      = kit.On(homeChoose, kit.Up, kit.Down, kit.PageUp, kit.PageDown)
	homeKeysAtEnd = kit.On(homeChoose, kit.Up, kit.Down, kit.PageUp)
)

// Keys leaves pgdn to the root on the menu's last entry: on a small terminal the week's lines sit
// under the menu, and paging on from the end scrolls to them.
func (h homeModel) Keys() kit.Keys {
	if n := len(h.menu.Items); n > 0 && h.menu.Cursor == n-1 {
		return homeKeysAtEnd
	}
	return homeKeys
}

func (h homeModel) Typing() bool { return false }

func (h homeModel) Update(msg tea.Msg) (kit.Screen, tea.Cmd) {
	switch msg := msg.(type) {
	case lastMsg:
		h.loaded = true
		if len(msg.recent) > 0 {
			h.last = &msg.recent[0]
		}
	case kit.ProfileSavedMsg:
		if !h.accepting {
			return h, nil
		}
		// The profile now has the new dose (the root has made it the active one): home shows
		// it, and offers what is left to suggest.
		h.accepting = false
		return h, loadToday(h.env)
	case nav.ToggleDemo:
		return h.withMenu(), nil
	case homeTodayMsg:
		if msg.profile == h.env.Active().Profile {
			h.today = &msg
			h = h.withMenu()
		}
	case tea.KeyMsg:
		return h.key(msg)
	}
	return h, nil
}

func (h homeModel) key(msg tea.KeyMsg) (kit.Screen, tea.Cmd) {
	k := h.Keys()
	if k.Matches(msg, kit.Quit) {
		return h, tea.Quit
	}
	if !k.Matches(msg, homeChoose) {
		h.menu.Page = h.env.ListPage()
		h.menu = h.menu.Update(k, msg)
		return h, nil
	}
	if a := h.actions[h.menu.Cursor]; a >= homeAccept {
		h.accepting = true
		return h, h.accept(a - homeAccept)
	}
	askMorning := h.askMorning()
	switch h.actions[h.menu.Cursor] {
	case homeToday:
		return h, h.startToday()
	case homeCheckup:
		return h, startCheckup(askMorning)
	case homeSafeMovement:
		return h, nav.Go(nav.SafeMovement{})
	case homeAerobic:
		return h, nav.Go(nav.LogAerobic{})
	case homeProfiles:
		return h, nav.Go(nav.Profiles{})
	case homeStart:
		return h, nav.Go(nav.Picker{AskMorning: askMorning})
	case homeHistory:
		return h, nav.Go(nav.History{})
	case homeProgress:
		return h, nav.Go(nav.Progress{})
	case homeExercises:
		return h, nav.Go(nav.Catalog{AskMorning: askMorning})
	case homeBuild:
		return h, nav.Go(nav.Builder{})
	case homeDemo:
		// A therapist demonstrating: from here on nothing is saved, and every screen says so.
		return h, nav.Go(nav.ToggleDemo{})
	case homeQuit:
		return h, tea.Quit
	}
	return h, nil
}

func (h homeModel) View(width, height int) string {
	s := h.env.Styles
	title := "upright · " + kit.Clean(h.env.Active().Profile)
	if d := h.env.Active().Data; d.Name == h.env.Active().Profile && d.DisplayName != "" {
		title = "upright · " + kit.Clean(d.DisplayName)
	}
	if height < kit.CompactHeight {
		// A small terminal shows what to do first: the menu under the title, and how the week is
		// going below it, reached by scrolling with the root's mark.
		return kit.Page(s, width, height, title, h.menuView(width), h.todayView(width), h.statusView(width, true))
	}
	return kit.Page(s, width, height, title, h.todayView(width), h.statusView(width, false), h.menuView(width-2))
}

// Focus keeps the highlighted entry, all its lines, in view when the page is taller than the
// terminal.
func (h homeModel) Focus(width, height int) (top, bottom int, ok bool) {
	top, _, ok = kit.CursorFocus(h.View(width, height))
	inner := width - 2
	if height < kit.CompactHeight {
		inner = width
	}
	_, from, to := h.menuLines(inner)
	return top, top + to - from, ok
}

// statusView is the last session and this week's count; menuAbove says the menu is drawn above.
func (h homeModel) statusView(width int, menuAbove bool) string {
	s := h.env.Styles
	if h.env.Store == nil {
		return kit.Paragraph(s.Muted, "Sessions are not kept in this mode.", width)
	}
	if !h.loaded {
		return s.Muted.Render("…")
	}
	last := "No sessions yet: start your first routine below."
	if menuAbove {
		last = "No sessions yet."
	}
	if h.last != nil {
		when := h.last.StartedAt.In(h.env.Loc).Format("Mon 2 Jan")
		outcome := h.last.Status
		if h.last.Status == record.StatusPartial && h.last.SetsDone() == 0 {
			// Quit at its first brief: say so, rather than let "partial" suggest work was done.
			outcome += ", no sets done"
		}
		last = fmt.Sprintf("Last session: %s, %s (%s).", when, kit.Clean(h.last.Routine.Name), outcome)
	}
	thisWeek := 0
	if h.today != nil {
		thisWeek = h.today.week.Sessions
	}
	week := "This week: " + kit.Plural(thisWeek, "session", "sessions")
	return kit.Paragraph(s.Text, last, width) + "\n" + kit.Paragraph(s.Accent, week+".", width)
}

// lastMsg carries the last session, for the status line.
type lastMsg struct{ recent []record.Record }

func loadLast(e *kit.Env) tea.Cmd {
	st, profile := e.Store, e.Active().Profile
	if st == nil {
		return nil
	}
	return func() tea.Msg {
		recent, err := st.Sessions(profile, kit.SessionQuery{Limit: 1})
		if err != nil {
			return kit.ErrMsg{Err: fmt.Errorf("load last session: %w", err)}
		}
		return lastMsg{recent: recent}
	}
}
