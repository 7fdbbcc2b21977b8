package workout

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/bubbles/cursor"
	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"

	"upright/session/record"
	"upright/ui/kit"
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

// checkoutModel asks how the session went; the session ends its engine with the answers.
type checkoutModel struct {
	env     *kit.Env
	rec     record.Record
	step    checkoutStep
	effort  kit.Rating
	pain    kit.Rating
	any     bool
	reports []record.ExerciseReport
	rows    kit.Menu
	note    textinput.Model
	// last is the result of the session's last set, shown above the first question; lastShort
	// is the same result without the exercise's name, for a narrow terminal.
	last, lastShort string
}

func newCheckoutModel(e *kit.Env, rec record.Record) checkoutModel {
	c := checkoutModel{env: e, rec: rec}
	c.pain.Value = rec.Checkin.Pain
	for _, ex := range rec.Exercises {
		if len(ex.Sets) == 0 {
			continue
		}
		c.reports = append(c.reports, record.ExerciseReport{Exercise: ex.ID})
		c.rows.Items = append(c.rows.Items, ex.Name)
	}
	c.note = textinput.New()
	c.note.Placeholder = "anything your therapist should know (optional)"
	c.note.CharLimit = noteLimit
	c.note.Prompt = "› "
	c.note.Cursor.SetMode(cursor.CursorStatic)
	return c
}

func (c checkoutModel) typing() bool { return c.step == checkoutNote }

var (
	checkoutConfirm = kit.EnterKey("confirm")
	checkoutSave    = kit.EnterKey("save")
	checkoutMark    = kit.DigitKey("1 sharp 2 dizzy 3 balance")
	// The check-out is short: q does nothing here (ctrl+c still leaves, keeping the session), and
	// while the note takes text, ? is a character.
	checkoutKeys = map[checkoutStep]kit.Keys{
		// Back one question as everywhere: esc, and ← where it does not rate or move in the text.
		checkoutEffort:  kit.On(checkoutConfirm, kit.Rate, kit.Lower, kit.Higher).Without(kit.Quit),
		checkoutPain:    kit.On(checkoutConfirm, kit.Rate, kit.Lower, kit.Higher, kit.Escape).Without(kit.Quit),
		checkoutAny:     kit.On(checkoutConfirm, kit.Yes, kit.No, kit.PrevQuestion).Without(kit.Quit),
		checkoutReports: kit.On(checkoutConfirm, kit.Up, kit.Down, kit.PageUp, kit.PageDown, checkoutMark, kit.PrevQuestion).Without(kit.Quit),
		checkoutNote:    kit.On(checkoutSave, kit.Escape).Without(kit.Quit, kit.Help),
	}
)

func (c checkoutModel) keys() kit.Keys { return checkoutKeys[c.step] }

// Update takes a key; done reports the last answer given.
func (c checkoutModel) Update(msg tea.Msg) (_ checkoutModel, _ tea.Cmd, done bool) {
	km, ok := msg.(tea.KeyMsg)
	if !ok {
		return c, nil, false
	}
	k := c.keys()
	if k.Matches(km, checkoutConfirm, checkoutSave) {
		return c.advance()
	}
	if k.Matches(km, kit.Escape, kit.PrevQuestion) {
		return c.back(), nil, false
	}
	switch c.step {
	case checkoutEffort:
		c.effort = c.effort.Update(k, msg)
	case checkoutPain:
		c.pain = c.pain.Update(k, msg)
	case checkoutAny:
		c.any = kit.Answer(k, km, c.any)
		if k.Matches(km, kit.Yes, kit.No) {
			return c.advance() // y and n answer at once, as in every yes/no question
		}
	case checkoutReports:
		// A page is the rows the view shows between its marks (the key line is not the body's).
		c.rows.Page = max(reportRows(c.env.Height-1)-2, 1)
		c.rows = c.rows.Update(k, msg)
		if k.Matches(km, checkoutMark) && len(c.reports) > 0 {
			r := &c.reports[c.rows.Cursor]
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
		return c, cmd, false
	}
	return c, nil, false
}

func (c checkoutModel) advance() (checkoutModel, tea.Cmd, bool) {
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
		return c, nil, true
	}
	if c.step == checkoutNote {
		return c, c.note.Focus(), false
	}
	return c, nil, false
}

// answers are the check-out so far; safe defaults fill the rest. Only the exercises marked
// count, and only when the answer to "did any…" is yes.
func (c checkoutModel) answers() record.Checkout {
	co := record.Checkout{Pain: c.pain.Value, Effort: c.effort.Value, Note: strings.TrimSpace(kit.Clean(c.note.Value()))}
	for _, r := range c.reports {
		if c.any && (r.SharpPain || r.Dizziness || r.BalanceLoss) {
			co.Reports = append(co.Reports, r)
		}
	}
	// A "yes" is kept even when no exercise was marked (or none had sets to mark).
	co.Problem = c.any
	return co
}

// unfinished are the answers of a check-out the program was stopped in: the questions not yet
// confirmed are stored as unanswered, never as the values shown on their scales.
func (c checkoutModel) unfinished() record.Checkout {
	co := c.answers()
	co.Unfinished = true
	if c.step <= checkoutEffort {
		co.Effort = 0
		co.Unanswered = append(co.Unanswered, record.CheckoutEffort)
	}
	if c.step <= checkoutPain {
		co.Pain = 0
		co.Unanswered = append(co.Unanswered, record.CheckoutPain)
	}
	if c.step <= checkoutAny && !c.any {
		co.Unanswered = append(co.Unanswered, record.CheckoutProblem)
	}
	if co.Note == "" {
		co.Unanswered = append(co.Unanswered, record.CheckoutNote)
	}
	return co
}

func (c checkoutModel) View(width, height int) string {
	s := c.env.Styles
	var question, body string
	switch c.step {
	case checkoutEffort:
		question = "How hard was that session overall?"
		body = c.effort.View(s, width-2, "very easy", "as hard as it gets")
	case checkoutPain:
		question = fmt.Sprintf("How much back pain now? (it was %d before)", c.rec.Checkin.Pain)
		body = c.pain.View(s, width-2, "no pain", "worst imaginable")
	case checkoutAny:
		question = "Did any exercise cause sharp pain, dizziness or a loss of balance?"
		body = kit.YesNoView(s, c.any)
	case checkoutReports:
		question = "Mark what happened: 1 sharp pain, 2 dizziness, 3 loss of balance."
		mn := c.rows
		mn.Items = make([]string, len(c.reports))
		for i, r := range c.reports {
			if width < reportColumnsWidth {
				// Too narrow for the three columns and a name: the name first, whole, and only
				// what is marked after it.
				mn.Items[i] = c.rows.Items[i] + marked(r)
				continue
			}
			mn.Items[i] = fmt.Sprintf("%s %s %s  %s", mark(r.SharpPain, "sharp"), mark(r.Dizziness, "dizzy"),
				mark(r.BalanceLoss, "balance"), c.rows.Items[i])
		}
		body = mn.View(s, width-2, reportRows(height))
	case checkoutNote:
		question = "A note for your therapist? (optional, enter to save)"
		body = c.noteView(s, width)
	}
	last := ""
	if c.step == checkoutEffort && c.last != "" {
		text := c.last
		if width < kit.CompactWidth {
			text = c.lastShort
		}
		last = kit.Paragraph(s.Accent, text, width)
	}
	return kit.Page(s, width, height, "Check-out", last, kit.Paragraph(s.Subtitle, question, width), body)
}

// reportRows is how many rows the check-out's exercise list gets in a body height tall: what the
// title, the question and the gaps leave.
func reportRows(height int) int { return max(height-5, 1) }

// reportColumnsWidth is the narrowest screen on which the check-out's three mark columns leave
// room for an exercise's whole name.
const reportColumnsWidth = 60

// marked lists what is marked for one exercise, for the narrow list: " · sharp, dizzy".
func marked(r record.ExerciseReport) string {
	var on []string
	for _, m := range []struct {
		on    bool
		label string
	}{{r.SharpPain, "sharp"}, {r.Dizziness, "dizzy"}, {r.BalanceLoss, "balance"}} {
		if m.on {
			on = append(on, m.label)
		}
	}
	if len(on) == 0 {
		return ""
	}
	return " · " + strings.Join(on, ", ")
}

func mark(on bool, label string) string {
	if on {
		return "[" + label + "]"
	}
	return "[" + strings.Repeat(" ", len(label)) + "]"
}

// back goes to the question before, keeping its answer. The first question has no back: the
// session is over, and the check-out is how it is kept.
func (c checkoutModel) back() checkoutModel {
	switch c.step {
	case checkoutPain:
		c.step = checkoutEffort
	case checkoutAny:
		c.step = checkoutPain
	case checkoutReports:
		c.step = checkoutAny
	case checkoutNote:
		c.note.Blur()
		c.step = checkoutAny
		if c.any && len(c.reports) > 0 {
			c.step = checkoutReports
		}
	case checkoutEffort:
	}
	return c
}

// Focus keeps the check-out list's highlighted exercise in view when the question and the list
// are taller than the terminal; the other steps of a session follow nothing.
func (s sessionModel) Focus(width, height int) (top, bottom int, ok bool) {
	if s.checkout == nil || s.checkout.step != checkoutReports {
		return 0, 0, false
	}
	return kit.CursorFocus(s.View(width, height))
}
