package ui

import (
	"time"

	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"upright/session/record"
)

// screenID names the screens the root model routes between.
type screenID int

const (
	screenWelcome screenID = iota
	screenResume
	screenHome
	screenPicker
	screenCheckin
	screenAdvice
	screenSession
	screenCheckout
	screenSummary
	screenHistory
	screenCatalog
	screenBuilder
	screenProgress
	screenProfiles
	screenIntake
	screenReadiness
)

// Compact layouts start below this size: the countdown and the key line at least.
const (
	compactWidth  = 40
	compactHeight = 12
)

// A terminal this large is across-the-room territory: digits grow.
const (
	presenterWidth  = 100
	presenterHeight = 30
)

// env is what every screen shares: options, styles and keys.
type env struct {
	opts   Options
	styles Styles
	keys   keyMap
	// width and height are the terminal's last size, for screens that scroll by a page.
	width, height int
	// loc is the person's time zone, read once, so views show local times without reading the clock.
	loc *time.Location
	// keyLine is the short help line as last drawn, with what it was drawn for: it is the same
	// frame after frame until the keys on offer or the width change, and rendering it costs more
	// than a countdown's digits.
	keyLine, keyLineFor string
	// help renders the key help; kept here rather than in each copy of the root model, which
	// bubbletea copies on every message.
	help help.Model
}

func (e *env) now() time.Time { return e.opts.Now() }

// Model is the root model: it owns the screens and moves between them when they ask.
type Model struct {
	env    *env
	screen screenID
	width  int
	height int

	showHelp bool
	err      string

	welcome  welcomeModel
	resume   resumeModel
	home     homeModel
	picker   pickerModel
	checkin  checkinModel
	advice   adviceModel
	session  sessionModel
	checkout *checkoutModel
	summary  summaryModel
	history  historyModel
	catalog  catalogModel
	builder  *builderModel
	progress progressModel
	// profiles, intake and readiness are routed in profileroute.go.
	profiles  *profilesModel
	intake    *intakeModel
	readiness readinessModel

	// unsaved holds a finished or abandoned record that has not reached the store yet; main saves
	// it after the program ends, so a quit or a signal never loses what was done.
	unsaved     *record.Record
	interrupted bool
}

// The screens that hold text inputs are large (a few kilobytes each) and bubbletea copies the root
// model on every message, a tick included; the root keeps them behind pointers, and a new one for
// each update, so a copy of the root stays small and an old copy still sees its own screen.

// box returns a pointer to a screen model.
func box[T any](screen T) *T { return &screen }

// boxed is box for a screen's Update.
func boxed[T any](screen T, cmd tea.Cmd) (*T, tea.Cmd) { return &screen, cmd }

// New builds the root model.
func New(opts Options) Model {
	opts.fillDefaults()
	e := &env{opts: opts, styles: DefaultStyles(), keys: defaultKeyMap(), loc: opts.Now().Location()}
	e.help = help.New()
	e.help.Styles.ShortKey, e.help.Styles.FullKey = e.styles.Accent, e.styles.Accent
	e.help.Styles.ShortDesc, e.help.Styles.FullDesc = e.styles.Help, e.styles.Help
	e.help.Styles.ShortSeparator, e.help.Styles.FullSeparator = e.styles.Help, e.styles.Help
	e.help.Styles.Ellipsis = e.styles.Help
	m := Model{env: e, width: 80, height: 24}
	switch {
	case opts.Resume != nil:
		m.screen = screenResume
		m.resume = newResumeModel(e, opts.Resume)
	case opts.FirstRun:
		m.screen = screenWelcome
		m.welcome = newWelcomeModel(e)
	default:
		m.screen, m.home = screenHome, newHomeModel(e)
		if opts.Routine != nil {
			m.screen = screenCheckin
			m.checkin = newCheckinModel(e, *opts.Routine, false)
		}
	}
	m.err = opts.Notice
	m.enableKeys()
	return m
}

// Init loads what the first screen shows.
func (m Model) Init() tea.Cmd {
	if m.screen == screenHome {
		return loadHome(m.env)
	}
	return nil
}

// Unsaved returns a session record that still has to be written, after the program has ended.
func (m Model) Unsaved() *record.Record { return m.unsaved }

// Update routes a message, then enables the keys of whatever screen is now showing.
func (m Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	next, cmd := m.route(cleanKey(msg))
	nm := next.(Model)
	nm.enableKeys()
	return nm, cmd
}

// route handles global keys and navigation here, and passes everything else to the screen.
func (m Model) route(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.width, m.height = msg.Width, msg.Height
		m.env.width, m.env.height = msg.Width, msg.Height
		m.env.help.Width = msg.Width
		return m, nil
	case shutdownMsg:
		return m.shutdown()
	case errMsg:
		m.err = msg.Error()
		return m, nil
	case savedMsg:
		if m.unsaved != nil && m.unsaved.ID == msg.id {
			m.unsaved = nil
		}
	case saveFailedMsg:
		if m.screen != screenSession && m.screen != screenSummary {
			// A save that outlived its screen (the stopped check-in): keep the record for main to
			// save at exit, and say what happened.
			rec := msg.rec
			m.unsaved, m.err = &rec, msg.err.Error()+"; it will be saved again when you quit"
			return m, nil
		}
	case profileSwitchedMsg:
		m.err = ""
		return m.switchTo(msg.p)
	case profileSavedMsg, profileRenamedMsg:
		m = m.adoptProfile(msg)
	case navMsg:
		m.err = ""
		return m.navigate(msg)
	case tea.KeyMsg:
		if key.Matches(msg, m.env.keys.ForceQuit) {
			return m.shutdown()
		}
		if m.showHelp {
			m.showHelp = false
			return m, nil
		}
		if key.Matches(msg, m.env.keys.Help) && !m.typing() {
			m.showHelp = true
			return m, nil
		}
	}
	return m.updateScreen(msg)
}

// typing reports whether the screen takes free text, where every printable key is input.
func (m Model) typing() bool {
	return (m.screen == screenCheckout && m.checkout.typing()) ||
		(m.screen == screenBuilder && m.builder.isTyping()) || m.profileTyping()
}

func (m Model) updateScreen(msg tea.Msg) (tea.Model, tea.Cmd) {
	var cmd tea.Cmd
	switch m.screen {
	case screenWelcome:
		m.welcome, cmd = m.welcome.Update(msg)
	case screenResume:
		m.resume, cmd = m.resume.Update(msg)
	case screenHome:
		m.home, cmd = m.home.Update(msg)
	case screenPicker:
		m.picker, cmd = m.picker.Update(msg)
	case screenCheckin:
		m.checkin, cmd = m.checkin.Update(msg)
	case screenAdvice:
		m.advice, cmd = m.advice.Update(msg)
	case screenSession:
		m.session, cmd = m.session.Update(msg)
		if rec := m.session.unsaved(); rec != nil {
			m.unsaved = rec
		}
	case screenCheckout:
		m.checkout, cmd = boxed(m.checkout.Update(msg))
	case screenSummary:
		m.summary, cmd = m.summary.Update(msg)
	case screenHistory:
		m.history, cmd = m.history.Update(msg)
	case screenCatalog:
		m.catalog, cmd = m.catalog.Update(msg)
	case screenBuilder:
		m.builder, cmd = boxed(m.builder.Update(msg))
	case screenProgress:
		m.progress, cmd = m.progress.Update(msg)
	case screenProfiles, screenIntake, screenReadiness:
		m, cmd = m.updateProfileScreens(msg)
	}
	return m, cmd
}

// shutdown ends the program at once, keeping what was done (ctrl+c, SIGTERM, SIGHUP).
func (m Model) shutdown() (tea.Model, tea.Cmd) {
	m.interrupted = true
	if m.screen == screenSession {
		if rec := m.session.abandon(); rec != nil {
			m.unsaved = rec
		}
	}
	if m.screen == screenCheckout {
		rec := m.checkout.record()
		m.unsaved = &rec
	}
	return m, tea.Quit
}

// navigate moves to the screen a navMsg asks for.
func (m Model) navigate(msg navMsg) (tea.Model, tea.Cmd) {
	if msg.save != nil {
		m.unsaved = msg.save
		msg.save = nil
		next, cmd := m.navigate(msg)
		return next, tea.Batch(cmd, saveFinished(m.env, *m.unsaved))
	}
	e := m.env
	switch msg.to {
	case screenHome:
		m.screen, m.home = screenHome, newHomeModel(e)
		return m, loadHome(e)
	case screenPicker:
		m.screen, m.picker = screenPicker, newPickerModel(e)
		return m, loadRoutines(e)
	case screenCheckin:
		m.screen, m.checkin = screenCheckin, newCheckinModel(e, *msg.routine, m.home.last != nil)
	case screenAdvice:
		m.screen, m.advice = screenAdvice, newAdviceModel(e, msg.advice, msg.routine, msg.checkin)
	case screenSession:
		var cmd tea.Cmd
		m.screen = screenSession
		if msg.resume != nil {
			m.session, cmd = resumeSessionModel(e, msg.resume)
		} else {
			m.session, cmd = newSessionModel(e, *msg.routine, msg.checkin)
		}
		return m, cmd
	case screenCheckout:
		m.unsaved = msg.record
		m.screen, m.checkout = screenCheckout, box(newCheckoutModel(e, *msg.record))
		return m, m.checkout.Init()
	case screenSummary:
		m.unsaved = msg.record
		m.screen, m.summary = screenSummary, newSummaryModel(e, *msg.record)
		return m, saveFinished(e, *msg.record)
	case screenHistory:
		m.screen, m.history = screenHistory, newHistoryModel(e)
		return m, loadHistory(e)
	case screenCatalog:
		m.screen, m.catalog = screenCatalog, newCatalogModel(e)
	case screenBuilder:
		m.screen, m.builder = screenBuilder, box(newBuilderModel(e, msg.routine))
	case screenProgress:
		m.screen, m.progress = screenProgress, newProgressModel(e)
		return m, m.progress.Init()
	case screenProfiles, screenIntake, screenReadiness:
		return m.navigateProfiles(msg)
	case screenWelcome, screenResume:
		// Entered only at start.
	}
	return m, nil
}

// enableKeys turns on the bindings of the current screen, so the help line matches it.
func (m Model) enableKeys() {
	k := &m.env.keys
	switch m.screen {
	case screenWelcome:
		m.welcome.keys(k)
	case screenResume:
		m.resume.keys(k)
	case screenHome:
		m.home.keys(k)
	case screenPicker:
		m.picker.keys(k)
	case screenCheckin:
		m.checkin.keys(k)
	case screenAdvice:
		m.advice.keys(k)
	case screenSession:
		m.session.keys(k)
	case screenCheckout:
		m.checkout.keys(k)
	case screenSummary:
		m.summary.keys(k)
	case screenHistory:
		m.history.keys(k)
	case screenCatalog:
		m.catalog.keys(k)
	case screenBuilder:
		m.builder.keys(k)
	case screenProgress:
		m.progress.keys(k)
	case screenProfiles, screenIntake, screenReadiness:
		m.profileScreenKeys(k)
	}
}

// Interrupted reports whether the program ended on ctrl+c or a signal rather than a choice to quit.
func (m Model) Interrupted() bool { return m.interrupted }
