package workout

import (
	"fmt"
	"strings"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"upright/exercises"
	"upright/session"
	"upright/session/record"
	"upright/ui/kit"
	"upright/ui/nav"
)

// summaryModel shows what was done while the root saves it; it says "saved" only once the store
// has confirmed it, and offers to try again while it has not.
type summaryModel struct {
	env    *kit.Env
	rec    record.Record
	saved  bool
	failed string
}

// OpenSummary shows the summary of an ended session.
func OpenSummary(e *kit.Env, msg nav.ShowSummary) (kit.Screen, tea.Cmd) {
	return summaryModel{env: e, rec: msg.Record}, nil
}

var (
	summaryHome  = kit.EnterKey("home")
	summaryRetry = kit.EnterKey("try saving again")
	summaryKeys  = kit.On(summaryHome)
	retryKeys    = kit.On(summaryRetry)
)

func (m summaryModel) Keys() kit.Keys {
	if m.failed != "" {
		return retryKeys
	}
	return summaryKeys
}

func (m summaryModel) Typing() bool { return false }

func (m summaryModel) Update(msg tea.Msg) (kit.Screen, tea.Cmd) {
	switch msg := msg.(type) {
	case kit.SavedMsg:
		if msg.ID == m.rec.ID {
			m.saved, m.failed = true, ""
		}
	case kit.SaveFailedMsg:
		if msg.ID == m.rec.ID {
			m.failed = msg.Err.Error()
		}
	case tea.KeyMsg:
		k := m.Keys()
		switch {
		case k.Matches(msg, summaryRetry):
			m.failed = ""
			return m, nav.Go(nav.SaveAgain{})
		case k.Matches(msg, summaryHome) && m.saved:
			return m, nav.Go(nav.Home{})
		case k.Matches(msg, kit.Quit):
			// Unsaved, the root still holds the record and the program tries once more as it ends,
			// saying in one line if that fails too.
			return m, tea.Quit
		}
	}
	return m, nil
}

func (m summaryModel) View(width, height int) string {
	s := m.env.Styles
	title := "Saving…"
	switch {
	case m.failed != "":
		title = "Not saved yet"
	case m.saved && m.env.Store == nil:
		title = "Done (demo: not saved)"
	case m.saved:
		title = "Saved"
	}
	lines := summaryLines(m.rec)
	var blocks []string
	if m.failed != "" {
		blocks = append(blocks, kit.Paragraph(s.Error, m.failed+". Your session is kept here: press enter to try again.", width))
	}
	blocks = append(blocks, kit.Paragraph(s.Text, strings.Join(lines, "\n"), width))
	return kit.Page(s, width, height, title, blocks...)
}

// summaryLines is the session in a few lines: time, sets, each exercise, the holds against target
// and reps of the exercises (tests left out), pain.
func summaryLines(rec record.Record) []string {
	var sets, reps int
	var held, target float64
	for _, ex := range rec.Exercises {
		for _, st := range ex.Sets {
			if st.Skipped {
				continue
			}
			sets++
			if record.IsTest(ex.ID, st) {
				continue // a test measures: its stances, stands and seconds are no exercise's holds or reps
			}
			reps += st.Reps
			if st.TargetReps == 0 {
				held += st.HeldSeconds
				target += st.TargetSeconds
			}
		}
	}
	lines := []string{
		fmt.Sprintf("%s · %s · %s", kit.Clean(rec.Routine.Name), rec.Status, rec.Duration().Round(time.Second)),
		fmt.Sprintf("Sets done: %d of %d", sets, rec.SetsPlanned()),
	}
	lines = append(lines, exerciseLines(rec)...)
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
	if note := session.CheckoutPainNote(rec); note != "" {
		lines = append(lines, note)
	}
	for _, f := range rec.Flags {
		lines = append(lines, "Flag: "+f.Detail)
	}
	return lines
}
