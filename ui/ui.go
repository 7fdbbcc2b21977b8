package ui

import (
	"reflect"

	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"upright/session/profile"
	"upright/session/record"
	"upright/ui/kit"
	"upright/ui/nav"
)

// Model is the root model: it shows one screen at a time and moves between them when they ask
// (nav messages), and it owns what outlives a screen: the active profile and demonstration
// mode, and a finished record that has not reached the store yet.
type Model struct {
	env    *kit.Env
	st     *state
	screen kit.Screen
	// start is the first screen's command, for Init.
	start         tea.Cmd
	width, height int
	showHelp      bool
	err           string
	scroll        scroll
}

// state is the part of the root that every copy shares: bubbletea copies the model on every
// message, and main asks the model it built, after the program has ended, for what is unsaved.
type state struct {
	active kit.Active
	// unsaved holds a finished or abandoned record that has not reached the store yet; main saves
	// it after the program ends, so a quit or a signal never loses what was done. shown says the
	// screen showing it (the summary) tells how saving went, so the root need not.
	unsaved     *record.Record
	shown       bool
	interrupted bool
	// suspend is Options.Suspend.
	suspend func()
	// help renders the key help. keyLine is the key line as last drawn, with the bindings and the
	// width it was drawn for: it is the same frame after frame until the keys on offer or the
	// width change, and rendering it costs more than a countdown's digits.
	help         help.Model
	keyLine      string
	keyLineFor   []key.Binding
	keyLineWidth int
	// keyLineScrolls is the scroll state the key line was drawn for.
	keyLineScrolls scrollState
}

// New builds the root model on its first screen.
func New(opts Options) Model {
	opts.fillDefaults()
	st := &state{active: kit.Active{Profile: opts.Profile, Data: opts.ProfileData, AgeBand: opts.AgeBand, Demo: opts.Demo}}
	e := opts.env().WithActive(func() kit.Active { return st.active })
	st.help = newHelp(e.Styles)
	st.suspend = opts.Suspend
	m := Model{env: e, st: st, width: 80, height: 24, err: opts.Notice}
	var first tea.Msg = nav.Home{}
	switch {
	case opts.Resume != nil:
		first = nav.OfferResume{Record: opts.Resume.Record, Routine: opts.Resume.Routine, Owner: opts.Resume.Owner}
	case opts.FirstRun:
		first = nav.Welcome{}
	case opts.Routine != nil:
		first = nav.StartCheckin{Routine: *opts.Routine}
	case opts.Clinic != nil:
		first = nav.Dashboard{}
	}
	m.screen, m.start = screens[reflect.TypeOf(first)](e, first)
	return m
}

// Init loads what the first screen shows.
func (m Model) Init() tea.Cmd { return m.start }

// Unsaved returns a session record that still has to be written, after the program has ended.
// It reads the state every copy of the model shares, so the model New returned answers.
func (m Model) Unsaved() *record.Record { return m.st.unsaved }

// Interrupted reports whether the program ended on ctrl+c or a signal rather than a choice to quit.
func (m Model) Interrupted() bool { return m.st.interrupted }

// shutdownMsg is sent by main's signal handler (SIGTERM, SIGHUP, SIGINT).
type shutdownMsg struct{}

// Shutdown is the message main sends when a signal asks upright to stop.
func Shutdown() tea.Msg { return shutdownMsg{} }

// hangupMsg is sent by main's signal handler for SIGHUP and SIGTERM: nobody chose to quit.
type hangupMsg struct{}

// Hangup is the message main sends when the terminal closed (SIGHUP) or the system asks upright
// to stop (SIGTERM): a session under way stays resumable, offered at the next start.
func Hangup() tea.Msg { return hangupMsg{} }

// Update handles what the root owns, opens the screen a nav intent asks for, and passes
// everything else to the screen showing.
func (m Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	msg = kit.CleanKey(msg)
	if keys := presses(msg); keys != nil {
		return m.each(keys)
	}
	if m.env.Locked && offLimits(msg) {
		return m, nav.Go(nav.Home{})
	}
	msg = m.clinicHome(msg)
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.width, m.height = msg.Width, msg.Height
		m.env.Width, m.env.Height = msg.Width, msg.Height
		m.st.help.Width = msg.Width
		return m.keepFocus(), nil
	case shutdownMsg:
		return m.shutdown()
	case hangupMsg:
		if h, ok := m.screen.(kit.Hangup); ok {
			m.st.interrupted = true
			if rec := h.Suspend(); rec != nil {
				m.st.unsaved = rec
			}
			return m, tea.Quit
		}
		return m.shutdown()
	case tea.KeyMsg:
		return m.key(msg)
	case nav.SessionEnded:
		m.err = ""
		return m.keep(msg.Record, true, nav.ShowSummary(msg))
	case nav.CheckinStopped:
		m.err = ""
		return m.keep(msg.Record, false, nav.Home{})
	case nav.SaveAgain:
		if m.st.unsaved == nil {
			return m, nil
		}
		return m, kit.SaveFinished(m.env, *m.st.unsaved)
	case nav.SwitchProfile:
		m.err = ""
		return m.switchTo(msg.Profile, msg.Then)
	}
	m = m.follow(msg)
	if open, ok := screens[reflect.TypeOf(msg)]; ok {
		m.err, m.scroll = "", scroll{}
		var cmd tea.Cmd
		m.screen, cmd = open(m.env, msg)
		return m, cmd
	}
	return m.forward(msg)
}

// follow keeps the root's own state up to date with what a message reports; the screen sees the
// message after.
func (m Model) follow(msg tea.Msg) Model {
	a := &m.st.active
	switch msg := msg.(type) {
	case kit.ErrMsg:
		m.err = msg.Error()
	case kit.SavedMsg:
		if m.st.unsaved != nil && m.st.unsaved.ID == msg.ID {
			m.st.unsaved = nil
		}
	case kit.SaveFailedMsg:
		if !m.st.shown {
			// A save that outlived its screen (the stopped check-in): the record stays here for
			// main to save at exit; say so.
			m.err = msg.Err.Error() + "; it will be saved again when you quit"
		}
	case nav.ToggleDemo:
		// A therapist demonstrating: from here on nothing is saved, and every screen says so.
		a.Demo = !a.Demo
	case kit.ProfileSavedMsg:
		if msg.P.Name == a.Profile {
			a.Data, a.AgeBand = msg.P, msg.P.AgeBand
		}
	case nav.ResumeSession:
		if msg.Owner != nil {
			a.Profile, a.Data, a.AgeBand = msg.Owner.Name, *msg.Owner, msg.Owner.AgeBand
		}
	case nav.ProfileRenamed:
		if msg.From == a.Profile {
			a.Profile, a.Data.Name = msg.To, msg.To
			if a.Data.DisplayName == msg.From {
				a.Data.DisplayName = msg.To
			}
		}
	}
	return m
}

func (m Model) forward(msg tea.Msg) (tea.Model, tea.Cmd) {
	var cmd tea.Cmd
	m.screen, cmd = m.screen.Update(msg)
	if !sameSlice(m.scroll.under, m.screen.Keys().ShortHelp()) {
		m.scroll = scroll{} // a screen that moved on (the next set, the next question) starts at the top
	}
	return m.keepFocus(), cmd
}

// key handles the keys that work on every screen: quit now, and the help.
func (m Model) key(msg tea.KeyMsg) (tea.Model, tea.Cmd) {
	if key.Matches(msg, kit.ForceQuit.Binding()) {
		return m.shutdown()
	}
	if msg.Type == tea.KeyCtrlZ && m.st.suspend != nil {
		return m.suspend()
	}
	if m.showHelp {
		m.showHelp = false
		return m.forward(kit.CoverMsg{On: false})
	}
	if m.screen.Keys().Matches(msg, kit.Help) && !m.screen.Typing() {
		m.showHelp = true
		return m.forward(kit.CoverMsg{On: true})
	}
	if next, ok := m.scrollKey(msg); ok {
		return next, nil
	}
	if !m.focusInView() {
		// The page was scrolled away from the list's highlight (pgdn past a menu's end): the
		// key brings it back first, so enter never picks an entry the person cannot see.
		return m.keepFocus(), nil
	}
	return m.forward(msg)
}

// keep makes rec the record the root holds until the store has it, saves it, and opens next.
// shown says next tells how saving went.
func (m Model) keep(rec record.Record, shown bool, next tea.Msg) (tea.Model, tea.Cmd) {
	var cmd tea.Cmd
	m.screen, cmd = screens[reflect.TypeOf(next)](m.env, next)
	if m.env.SessionWriter() == nil {
		// A demonstration keeps nothing: the record is done with now, not a message later.
		var done tea.Cmd
		m.screen, done = m.screen.Update(kit.SavedMsg{ID: rec.ID})
		return m, tea.Batch(cmd, done)
	}
	m.st.unsaved, m.st.shown = &rec, shown
	return m, tea.Batch(cmd, kit.SaveFinished(m.env, rec))
}

// switchTo makes p the active profile for the rest of the run: what home, history and sessions
// read from now on is p's, and p's first run shows the welcome and the readiness questions.
func (m Model) switchTo(p profile.Profile, then tea.Msg) (tea.Model, tea.Cmd) {
	a := &m.st.active
	a.Profile, a.Data, a.AgeBand = p.Name, p, p.AgeBand
	if then != nil {
		return m, nav.Go(then)
	}
	if !p.FirstRunDone {
		var cmd tea.Cmd
		m.screen, cmd = screens[reflect.TypeOf(nav.Welcome{})](m.env, nav.Welcome{})
		return m, cmd
	}
	return m, nav.Go(nav.Home{})
}

// shutdown ends the program at once, keeping what was done (ctrl+c, SIGTERM, SIGHUP).
func (m Model) shutdown() (tea.Model, tea.Cmd) {
	m.st.interrupted = true
	if e, ok := m.screen.(kit.Ender); ok {
		if rec := e.End(); rec != nil {
			m.st.unsaved = rec
		}
	}
	return m, tea.Quit
}
