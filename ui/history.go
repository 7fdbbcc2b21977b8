package ui

import (
	"fmt"
	"time"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"upright/session"
)

// historyModel lists past sessions, newest first.
type historyModel struct {
	env     *env
	loaded  bool
	records []session.Record
	menu    menu
}

func newHistoryModel(e *env) historyModel { return historyModel{env: e} }

func (h historyModel) keys(k *keyMap) { k.only(&k.Up, &k.Down, &k.Escape) }

func (h historyModel) Update(msg tea.Msg) (historyModel, tea.Cmd) {
	switch msg := msg.(type) {
	case historyMsg:
		h.loaded, h.records = true, msg.records
		h.menu.items = make([]string, len(msg.records))
		for i, r := range msg.records {
			h.menu.items[i] = historyLine(r, h.env.now().Location())
		}
	case tea.KeyMsg:
		k := h.env.keys
		if key.Matches(msg, k.Escape) || key.Matches(msg, k.Quit) {
			return h, navigate(navMsg{to: screenHome})
		}
		h.menu = h.menu.update(k, msg)
	}
	return h, nil
}

// historyLine is one session on one line: when, what, how long, how it ended, pain before → after.
func historyLine(r session.Record, loc *time.Location) string {
	pain := fmt.Sprintf("pain %d", r.Checkin.Pain)
	if r.Checkout != nil {
		pain = fmt.Sprintf("pain %d→%d", r.Checkin.Pain, r.Checkout.Pain)
	}
	flag := ""
	if len(r.Flags) > 0 {
		flag = " !"
	}
	return fmt.Sprintf("%s  %-18s %5s  %-11s %s%s", r.StartedAt.In(loc).Format("2006-01-02 15:04"),
		clip(clean(r.Routine.Name), 18), minutes(r.Duration()), r.Status, pain, flag)
}

func (h historyModel) View(width, height int) string {
	s := h.env.styles
	switch {
	case h.env.opts.Store == nil:
		return page(s, width, height, "History", paragraph(s.Muted, "Nothing is kept in demo mode.", width))
	case !h.loaded:
		return page(s, width, height, "History", s.Muted.Render("Loading…"))
	case len(h.records) == 0:
		return page(s, width, height, "History", paragraph(s.Muted, "No sessions yet.", width))
	}
	return page(s, width, height, "History", h.menu.view(s, width-2, max(height-2, 1)))
}
