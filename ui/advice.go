package ui

import (
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"upright/exercises"
	"upright/session"
	"upright/session/record"
)

// adviceModel shows what the check-in found: a red flag stops the session here; cautions and
// flagged exercises are shown before the session starts.
type adviceModel struct {
	env     *env
	advice  record.Advice
	routine exercises.Routine
	checkin record.Checkin
}

func newAdviceModel(e *env, a record.Advice, r *exercises.Routine, ci record.Checkin) adviceModel {
	return adviceModel{env: e, advice: a, routine: *r, checkin: ci}
}

func (a adviceModel) keys(k *keyMap) {
	if a.advice.Stop {
		k.only(&k.Enter)
		relabel(&k.Enter, "home")
		return
	}
	k.only(&k.Enter, &k.Escape)
	relabel(&k.Enter, "start")
}

func (a adviceModel) Update(msg tea.Msg) (adviceModel, tea.Cmd) {
	km, ok := msg.(tea.KeyMsg)
	if !ok {
		return a, nil
	}
	k := a.env.keys
	switch {
	case key.Matches(km, k.Enter) && a.advice.Stop:
		rec := a.stoppedRecord()
		return a, navigate(navMsg{to: screenHome, save: &rec})
	case key.Matches(km, k.Enter):
		r := a.routine
		return a, navigate(navMsg{to: screenSession, routine: &r, checkin: a.checkin})
	case key.Matches(km, k.Escape), key.Matches(km, k.Quit):
		return a, navigate(navMsg{to: screenHome})
	}
	return a, nil
}

// stoppedRecord keeps the check-in that stopped a session, so a therapist sees the red flag.
func (a adviceModel) stoppedRecord() record.Record {
	meta := session.Meta{ID: a.env.opts.NewID(), Profile: a.env.opts.Profile, Demo: a.env.opts.Demo, Checkin: a.checkin}
	return session.StoppedRecord(session.NewPlan(a.routine), meta, a.env.now())
}

func (a adviceModel) View(width, height int) string {
	s := a.env.styles
	var blocks []string
	titleStyle := s.Warn
	if a.advice.Urgent {
		titleStyle = s.Danger
	}
	if a.advice.Title != "" {
		blocks = append(blocks, paragraph(titleStyle, a.advice.Title, width))
	}
	if len(a.advice.Lines) > 0 {
		blocks = append(blocks, paragraph(s.Text, strings.Join(a.advice.Lines, "\n"), width))
	}
	if a.advice.Stop {
		blocks = append(blocks, paragraph(s.Muted, "Today's session will not start. Press enter to go home.", width))
		return page(s, width, height, "Please stop here", blocks...)
	}
	for _, it := range a.routine.Flagged() {
		ex := it.Exercise
		blocks = append(blocks, paragraph(s.Caution, ex.Name+" ("+ex.Status.String()+"): "+ex.StatusReason, width))
	}
	blocks = append(blocks, paragraph(s.Muted, "Press enter to start, or esc to go back.", width))
	return page(s, width, height, "Before you start", blocks...)
}
