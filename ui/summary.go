package ui

import (
	"fmt"
	"strings"
	"time"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"upright/exercises"
	"upright/session/record"
)

// summaryModel saves the finished session and shows what was done; it says "saved" only once
// the store has confirmed it, and keeps the record to retry while it has not.
type summaryModel struct {
	env    *env
	rec    record.Record
	saved  bool
	failed string
}

func newSummaryModel(e *env, rec record.Record) summaryModel { return summaryModel{env: e, rec: rec} }

func (m summaryModel) keys(k *keyMap) {
	k.only(&k.Enter)
	relabel(&k.Enter, "home")
	if m.failed != "" {
		relabel(&k.Enter, "try saving again")
	}
}

func (m summaryModel) Update(msg tea.Msg) (summaryModel, tea.Cmd) {
	switch msg := msg.(type) {
	case savedMsg:
		m.saved, m.failed = true, ""
	case saveFailedMsg:
		m.failed = msg.err.Error()
	case tea.KeyMsg:
		k := m.env.keys
		switch {
		case key.Matches(msg, k.Enter) && m.failed != "":
			m.failed = ""
			return m, saveFinished(m.env, m.rec)
		case key.Matches(msg, k.Enter) && m.saved:
			return m, navigate(navMsg{to: screenHome})
		case key.Matches(msg, k.Quit) && m.saved:
			return m, tea.Quit
		}
	}
	return m, nil
}

// Saved reports whether the store has the record.
func (m summaryModel) Saved() bool { return m.saved }

func (m summaryModel) View(width, height int) string {
	s := m.env.styles
	title := "Saving…"
	switch {
	case m.failed != "":
		title = "Not saved yet"
	case m.saved && m.env.opts.Store == nil:
		title = "Done (demo: not saved)"
	case m.saved:
		title = "Saved"
	}
	lines := summaryLines(m.rec)
	if height < compactHeight {
		return page(s, width, height, title, s.Text.Render(clip(lines[0], width)))
	}
	var blocks []string
	if m.failed != "" {
		blocks = append(blocks, paragraph(s.Error, m.failed+". Your session is kept here: press enter to try again.", width))
	}
	blocks = append(blocks, paragraph(s.Text, strings.Join(lines, "\n"), width))
	return page(s, width, height, title, blocks...)
}

// summaryLines is the session in a few lines: time, sets, holds against target, reps, pain.
func summaryLines(rec record.Record) []string {
	var sets, reps int
	var held, target float64
	for _, ex := range rec.Exercises {
		for _, st := range ex.Sets {
			if st.Skipped {
				continue
			}
			sets++
			reps += st.Reps
			if st.TargetReps == 0 {
				held += st.HeldSeconds
				target += st.TargetSeconds
			}
		}
	}
	lines := []string{
		fmt.Sprintf("%s · %s · %s", clean(rec.Routine.Name), rec.Status, rec.Duration().Round(time.Second)),
		fmt.Sprintf("Sets done: %d of %d", sets, rec.SetsPlanned()),
	}
	if target > 0 {
		lines = append(lines, fmt.Sprintf("Holds: %s held of %s", exercises.FormatDuration(time.Duration(held)*time.Second),
			exercises.FormatDuration(time.Duration(target)*time.Second)))
	}
	if reps > 0 {
		lines = append(lines, fmt.Sprintf("Reps: %d", reps))
	}
	pain := fmt.Sprintf("Pain: %d before", rec.Checkin.Pain)
	if rec.Checkout != nil {
		pain = fmt.Sprintf("Pain: %d before → %d after · effort %d/10", rec.Checkin.Pain, rec.Checkout.Pain, rec.Checkout.Effort)
	}
	lines = append(lines, pain)
	for _, f := range rec.Flags {
		lines = append(lines, "Flag: "+f.Detail)
	}
	return lines
}
