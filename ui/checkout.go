package ui

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/bubbles/cursor"
	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"

	"upright/session/record"
)

// checkoutStep is one question of the check-out.
type checkoutStep int

const (
	checkoutEffort checkoutStep = iota
	checkoutPain
	checkoutAny
	checkoutReports
	checkoutNote
)

// noteLimit bounds the free note; a check-out note is a sentence or two, not a document.
const noteLimit = 500

// checkoutModel asks how the session went, then hands the finished record to the summary.
type checkoutModel struct {
	env     *env
	rec     record.Record
	step    checkoutStep
	effort  rating
	pain    rating
	any     bool
	reports []record.ExerciseReport
	rows    menu
	note    textinput.Model
}

func newCheckoutModel(e *env, rec record.Record) checkoutModel {
	c := checkoutModel{env: e, rec: rec}
	c.pain.value = rec.Checkin.Pain
	for _, ex := range rec.Exercises {
		if len(ex.Sets) == 0 {
			continue
		}
		c.reports = append(c.reports, record.ExerciseReport{Exercise: ex.ID})
		c.rows.items = append(c.rows.items, ex.Name)
	}
	c.note = textinput.New()
	c.note.Placeholder = "anything your therapist should know (optional)"
	c.note.CharLimit = noteLimit
	c.note.Prompt = "› "
	c.note.Cursor.SetMode(cursor.CursorStatic)
	return c
}

// Init has nothing to load; the note's cursor does not blink, so the screen costs nothing idle.
func (c checkoutModel) Init() tea.Cmd { return nil }

func (c checkoutModel) typing() bool { return c.step == checkoutNote }

func (c checkoutModel) keys(k *keyMap) {
	switch c.step {
	case checkoutEffort, checkoutPain:
		k.only(&k.Enter, &k.Digit, &k.Lower, &k.Higher)
	case checkoutAny:
		k.only(&k.Enter, &k.Yes, &k.No)
	case checkoutReports:
		k.only(&k.Enter, &k.Up, &k.Down, &k.Digit)
		relabel(&k.Digit, "1 sharp 2 dizzy 3 balance")
	case checkoutNote:
		k.only(&k.Enter)
		k.Quit.SetEnabled(false)
		k.Help.SetEnabled(false)
	}
	k.Quit.SetEnabled(false) // the check-out is short; ctrl+c still leaves, keeping the session
	relabel(&k.Enter, "confirm")
	if c.step == checkoutNote {
		relabel(&k.Enter, "save")
	}
}

func (c checkoutModel) Update(msg tea.Msg) (checkoutModel, tea.Cmd) {
	km, ok := msg.(tea.KeyMsg)
	if !ok {
		return c, nil
	}
	k := c.env.keys
	if key.Matches(km, k.Enter) {
		return c.advance()
	}
	switch c.step {
	case checkoutEffort:
		c.effort = c.effort.update(k, msg)
	case checkoutPain:
		c.pain = c.pain.update(k, msg)
	case checkoutAny:
		c.any = answer(k, km, c.any)
	case checkoutReports:
		c.rows = c.rows.update(k, msg)
		if key.Matches(km, k.Digit) && len(c.reports) > 0 {
			r := &c.reports[c.rows.cursor]
			switch km.String() {
			case "1":
				r.SharpPain = !r.SharpPain
			case "2":
				r.Dizziness = !r.Dizziness
			case "3":
				r.BalanceLoss = !r.BalanceLoss
			}
		}
	case checkoutNote:
		var cmd tea.Cmd
		c.note, cmd = c.note.Update(msg)
		return c, cmd
	}
	return c, nil
}

func (c checkoutModel) advance() (checkoutModel, tea.Cmd) {
	switch c.step {
	case checkoutEffort:
		c.step = checkoutPain
	case checkoutPain:
		c.step = checkoutAny
	case checkoutAny:
		c.step = checkoutNote
		if c.any && len(c.reports) > 0 {
			c.step = checkoutReports
		}
	case checkoutReports:
		c.step = checkoutNote
	case checkoutNote:
		rec := c.record()
		return c, navigate(navMsg{to: screenSummary, record: &rec})
	}
	if c.step == checkoutNote {
		return c, c.note.Focus()
	}
	return c, nil
}

// record is the session with the check-out answers so far; safe defaults fill the rest.
func (c checkoutModel) record() record.Record {
	rec := c.rec
	co := record.Checkout{Pain: c.pain.value, Effort: c.effort.value, Note: strings.TrimSpace(clean(c.note.Value()))}
	for _, r := range c.reports {
		if c.any && (r.SharpPain || r.Dizziness || r.BalanceLoss) {
			co.Reports = append(co.Reports, r)
		}
	}
	rec.Checkout = &co
	rec.Flags = append(append([]record.Flag{}, rec.Flags...), record.CheckoutFlags(co, rec.EndedAt)...)
	return rec
}

func (c checkoutModel) View(width, height int) string {
	s := c.env.styles
	var question, body string
	switch c.step {
	case checkoutEffort:
		question = "How hard was that session overall?"
		body = c.effort.view(s, width-2, "very easy", "as hard as it gets")
	case checkoutPain:
		question = fmt.Sprintf("How much back pain now? (it was %d before)", c.rec.Checkin.Pain)
		body = c.pain.view(s, width-2, "no pain", "worst imaginable")
	case checkoutAny:
		question = "Did any exercise cause sharp pain, dizziness or a loss of balance?"
		body = yesNoView(s, c.any)
	case checkoutReports:
		question = "Mark what happened: 1 sharp pain, 2 dizziness, 3 loss of balance."
		mn := c.rows
		mn.items = make([]string, len(c.reports))
		for i, r := range c.reports {
			mn.items[i] = fmt.Sprintf("%s %s %s  %s", mark(r.SharpPain, "sharp"), mark(r.Dizziness, "dizzy"),
				mark(r.BalanceLoss, "balance"), c.rows.items[i])
		}
		body = mn.view(s, width-2, max(height-5, 1))
	case checkoutNote:
		question = "A note for your therapist? (optional, enter to save)"
		c.note.Width = max(width-6, 1)
		body = c.note.View()
	}
	return page(s, width, height, "Check-out", paragraph(s.Subtitle, question, width), body)
}

func mark(on bool, label string) string {
	if on {
		return "[" + label + "]"
	}
	return "[" + strings.Repeat(" ", len(label)) + "]"
}
