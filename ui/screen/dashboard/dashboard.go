package dashboard

import (
	"fmt"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"upright/ui/kit"
	"upright/ui/nav"
)

// refresh is how often the sessions in progress are read again while the dashboard shows.
const refresh = 3 * time.Second

// auditLines is how much of the audit log the screen shows.
const auditLines = 200

type (
	rowsMsg struct{ rows []row }
	liveMsg struct {
		gen  string
		live []live
	}
	// tickMsg asks for the sessions in progress again; gen ties it to one opening of the
	// screen, so a dashboard opened twice does not read twice as often.
	tickMsg   struct{ gen string }
	auditMsg  struct{ lines []kit.AuditLine }
	inviteMsg struct {
		profile, code string
		expires       time.Time
	}
)

// model is the dashboard.
type model struct {
	env    *kit.Env
	gen    string
	rows   []row
	loaded bool
	live   []live
	cursor int
	audit  *[]kit.AuditLine // shown instead of the table when set
	invite *inviteMsg
}

// Open shows the dashboard and reads what it shows.
func Open(e *kit.Env, _ nav.Dashboard) (kit.Screen, tea.Cmd) {
	m := model{env: e, gen: e.NewID()}
	return m, tea.Batch(loadRows(e), m.loadLive())
}

var (
	openHistory  = kit.EnterKey("history")
	openProgress = kit.PauseKey("progress")
	showAudit    = kit.AddKey("audit log")
	makeInvite   = kit.InviteKey("invite")
	editIntake   = kit.IntakeKey("intake")
	tableKeys    = kit.On(openHistory, openProgress, makeInvite, editIntake, showAudit, kit.Up, kit.Down, kit.PageUp, kit.PageDown)
	auditKeys    = kit.On(kit.Escape)
)

func (m model) Keys() kit.Keys {
	if m.audit != nil {
		return auditKeys
	}
	return tableKeys
}

func (m model) Typing() bool { return false }

func (m model) Update(msg tea.Msg) (kit.Screen, tea.Cmd) {
	switch msg := msg.(type) {
	case rowsMsg:
		m.rows, m.loaded = msg.rows, true
		m.cursor = min(m.cursor, max(len(m.rows)-1, 0))
	case liveMsg:
		if msg.gen == m.gen {
			m.live = msg.live
			return m, m.env.After(refresh, tickMsg{gen: m.gen})
		}
	case tickMsg:
		if msg.gen == m.gen {
			return m, m.loadLive()
		}
	case auditMsg:
		m.audit = &msg.lines
	case inviteMsg:
		m.invite = &msg
	case tea.KeyMsg:
		return m.key(msg)
	}
	return m, nil
}

func (m model) key(msg tea.KeyMsg) (kit.Screen, tea.Cmd) {
	k := m.Keys()
	switch {
	case k.Matches(msg, kit.Quit):
		return m, tea.Quit
	case m.audit != nil:
		if k.Matches(msg, kit.Escape) {
			m.audit = nil
		}
		return m, nil
	case k.Matches(msg, kit.Up, kit.Down, kit.PageUp, kit.PageDown):
		// The table's highlight moves as every list's does, a page at a time with pgup/pgdn.
		mn := kit.Menu{Items: make([]string, len(m.rows)), Cursor: m.cursor, Page: m.env.ListPage()}
		m.cursor = mn.Update(k, msg).Cursor
	case k.Matches(msg, showAudit):
		return m, loadAudit(m.env)
	case len(m.rows) == 0:
	case k.Matches(msg, openHistory):
		return m, nav.Go(nav.SwitchProfile{Profile: m.rows[m.cursor].p, Then: nav.History{}})
	case k.Matches(msg, openProgress):
		return m, nav.Go(nav.SwitchProfile{Profile: m.rows[m.cursor].p, Then: nav.Progress{}})
	case k.Matches(msg, editIntake):
		return m, nav.Go(nav.Intake{Profile: m.rows[m.cursor].p})
	case k.Matches(msg, makeInvite):
		return m, invite(m.env, m.rows[m.cursor].p.Name)
	}
	return m, nil
}

// loadRows reads every profile and its recent sessions.
func loadRows(e *kit.Env) tea.Cmd {
	st, now := e.Store, e.Now()
	if st == nil {
		return nil
	}
	return func() tea.Msg {
		ps, err := st.Profiles()
		if err != nil {
			return kit.ErrMsg{Err: fmt.Errorf("read the profiles: %w", err)}
		}
		rows := make([]row, 0, len(ps))
		for _, p := range ps {
			recs, err := st.Sessions(p.Name, kit.SessionQuery{Since: now.Add(-window)})
			if err != nil {
				return kit.ErrMsg{Err: fmt.Errorf("read %s's sessions: %w", kit.Clean(p.Name), err)}
			}
			rows = append(rows, rowOf(p, recs, now, e.Loc))
		}
		byAttention(rows)
		return rowsMsg{rows: rows}
	}
}

// loadLive reads the sessions in progress.
func (m model) loadLive() tea.Cmd {
	c, gen := m.env.Clinic, m.gen
	if c == nil {
		return nil
	}
	return func() tea.Msg {
		recs, err := c.InProgress()
		if err != nil {
			return kit.ErrMsg{Err: fmt.Errorf("read the sessions in progress: %w", err)}
		}
		out := make([]live, 0, len(recs))
		for _, r := range recs {
			out = append(out, liveOf(r))
		}
		return liveMsg{gen: gen, live: out}
	}
}

func loadAudit(e *kit.Env) tea.Cmd {
	c := e.Clinic
	if c == nil {
		return nil
	}
	return func() tea.Msg {
		lines, err := c.AuditLog(auditLines)
		if err != nil {
			return kit.ErrMsg{Err: fmt.Errorf("read the audit log: %w", err)}
		}
		return auditMsg{lines: lines}
	}
}

func invite(e *kit.Env, profile string) tea.Cmd {
	c, now := e.Clinic, e.Now()
	if c == nil {
		return nil
	}
	return func() tea.Msg {
		code, expires, err := c.Invite(profile, now)
		if err != nil {
			return kit.ErrMsg{Err: err}
		}
		return inviteMsg{profile: profile, code: code, expires: expires}
	}
}
