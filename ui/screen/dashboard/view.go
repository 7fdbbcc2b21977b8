package dashboard

import (
	"fmt"
	"strings"
	"time"

	"upright/progress"
	"upright/ui/kit"
)

func (m model) View(width, height int) string {
	s := m.env.Styles
	if m.audit != nil {
		return kit.Page(s, width, height, "Audit log: which key opened which profile", m.auditView(width))
	}
	var blocks []string
	if m.invite != nil {
		blocks = append(blocks, s.Accent.Render(kit.Clip(fmt.Sprintf("Invite code for %s: %s (once, until %s)",
			kit.Clean(m.invite.profile), m.invite.code, m.invite.expires.In(m.env.Loc).Format("Mon 2 Jan 15:04")), width-2)))
	}
	blocks = append(blocks, m.liveView(width), m.tableView(width, height))
	return kit.Page(s, width, height, "upright clinic · every patient", blocks...)
}

// Focus keeps the highlighted patient in view on the table (the audit log has no cursor).
func (m model) Focus(width, height int) (top, bottom int, ok bool) {
	if m.audit != nil {
		return 0, 0, false
	}
	return kit.CursorFocus(m.View(width, height))
}

// liveView lists the sessions in progress, one a line.
func (m model) liveView(width int) string {
	s := m.env.Styles
	if len(m.live) == 0 {
		return s.Muted.Render("No session in progress.")
	}
	now := m.env.Now()
	lines := []string{s.Subtitle.Render(fmt.Sprintf("In progress now (%d)", len(m.live)))}
	for _, l := range m.live {
		where := "check-in"
		if l.exercise != "" {
			where = fmt.Sprintf("%s, set %d", kit.Clean(l.exercise), l.set)
		}
		ago := now.Sub(l.last).Round(time.Minute)
		lines = append(lines, s.Text.Render(kit.Clip(fmt.Sprintf("  %-16s %s · %s · last set %s ago",
			kit.Clip(kit.Clean(l.profile), 16), kit.Clean(l.routine), where, kit.Minutes(ago)), width-2)))
	}
	return strings.Join(lines, "\n")
}

// tableView is every patient, the ones needing attention first.
func (m model) tableView(width, height int) string {
	s := m.env.Styles
	switch {
	case !m.loaded:
		return s.Muted.Render("…")
	case len(m.rows) == 0:
		return s.Muted.Render("No patients yet: make a profile, then an invite (upright invite --profile NAME).")
	}
	items := make([]string, len(m.rows))
	for i, r := range m.rows {
		items[i] = rowText(r)
	}
	head := s.Subtitle.Render(kit.Clip(fmt.Sprintf("  %-16s %5s %9s %7s  %s", "patient", "flags", "last", "week", "pain"), width-2))
	menu := kit.Menu{Items: items, Cursor: m.cursor}
	return head + "\n" + menu.View(s, width-2, len(items))
}

func rowText(r row) string {
	name := r.p.Name
	if r.p.DisplayName != "" {
		name = r.p.DisplayName
	}
	last := "never"
	switch {
	case r.days == 0:
		last = "today"
	case r.days > 0:
		last = fmt.Sprintf("%dd ago", r.days)
	}
	pain := map[string]string{progress.TrendHigher: "rising", progress.TrendLower: "easing", progress.TrendSame: "steady"}[r.pain]
	if pain == "" {
		pain = "—"
	}
	flags := "—"
	if r.flags > 0 {
		flags = fmt.Sprint(r.flags)
	}
	return fmt.Sprintf("%-16s %5s %9s %3d/%-3d  %s", kit.Clip(kit.Clean(name), 16), flags, last, r.met, r.wanted, pain)
}

func (m model) auditView(width int) string {
	s := m.env.Styles
	if len(*m.audit) == 0 {
		return s.Muted.Render("Nothing logged yet.")
	}
	var lines []string
	for _, a := range *m.audit {
		who := kit.Clean(a.Profile)
		if who == "" {
			who = "(therapist)"
		}
		lines = append(lines, s.Text.Render(kit.Clip(fmt.Sprintf("%s  %-8s %-16s %s",
			a.At.In(m.env.Loc).Format("2006-01-02 15:04"), kit.Clean(a.Action), kit.Clip(who, 16), a.Key), width-2)))
	}
	return strings.Join(lines, "\n")
}
