package ui

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"upright/exercises"
	"upright/session/record"
)

// checkinStep is one question of the check-in, in the order EXERCISES.md asks them.
type checkinStep int

const (
	checkinPain checkinStep = iota
	checkinNewPain
	checkinFall
	checkinRedFlags
	checkinRedFlagList
	checkinMorning
)

// checkinModel asks the questions before a session. Every default is the safe answer, so a person
// who is fine gets through with a few presses of enter.
type checkinModel struct {
	env        *env
	routine    exercises.Routine
	askMorning bool
	step       checkinStep
	pain       rating
	newPain    bool
	fall       bool
	anyFlag    bool
	flags      map[string]bool
	flagMenu   menu
	morning    int // 0 better, 1 same, 2 worse
}

var mornings = []record.Morning{record.MorningBetter, record.MorningSame, record.MorningWorse}

func newCheckinModel(e *env, r exercises.Routine, askMorning bool) checkinModel {
	c := checkinModel{env: e, routine: r, askMorning: askMorning, flags: map[string]bool{}, morning: 1}
	for _, f := range record.RedFlags {
		c.flagMenu.items = append(c.flagMenu.items, f.Text)
	}
	return c
}

func (c checkinModel) keys(k *keyMap) {
	switch c.step {
	case checkinPain:
		k.only(&k.Enter, &k.Digit, &k.Lower, &k.Higher, &k.Escape)
	case checkinNewPain, checkinFall, checkinRedFlags:
		k.only(&k.Enter, &k.Yes, &k.No, &k.Escape)
	case checkinRedFlagList:
		k.only(&k.Enter, &k.Space, &k.Up, &k.Down, &k.Escape)
		relabel(&k.Space, "tick")
	case checkinMorning:
		k.only(&k.Enter, &k.Lower, &k.Higher, &k.Escape)
	}
	relabel(&k.Enter, "confirm")
}

func (c checkinModel) Update(msg tea.Msg) (checkinModel, tea.Cmd) {
	km, ok := msg.(tea.KeyMsg)
	if !ok {
		return c, nil
	}
	k := c.env.keys
	if key.Matches(km, k.Escape) || key.Matches(km, k.Quit) {
		return c, navigate(navMsg{to: screenHome})
	}
	if key.Matches(km, k.Enter) {
		return c.advance()
	}
	switch c.step {
	case checkinPain:
		c.pain = c.pain.update(k, msg)
	case checkinNewPain:
		c.newPain = answer(k, km, c.newPain)
	case checkinFall:
		c.fall = answer(k, km, c.fall)
	case checkinRedFlags:
		c.anyFlag = answer(k, km, c.anyFlag)
	case checkinRedFlagList:
		if key.Matches(km, k.Space) {
			id := record.RedFlags[c.flagMenu.cursor].ID
			c.flags[id] = !c.flags[id]
		}
		c.flagMenu = c.flagMenu.update(k, msg)
	case checkinMorning:
		if key.Matches(km, k.Lower) {
			c.morning = max(c.morning-1, 0)
		} else if key.Matches(km, k.Higher) {
			c.morning = min(c.morning+1, 2)
		}
	}
	return c, nil
}

// answer turns y/n into a yes/no answer, leaving it as it was for other keys.
func answer(k keyMap, km tea.KeyMsg, current bool) bool {
	switch {
	case key.Matches(km, k.Yes):
		return true
	case key.Matches(km, k.No):
		return false
	}
	return current
}

func (c checkinModel) advance() (checkinModel, tea.Cmd) {
	switch c.step {
	case checkinPain, checkinNewPain, checkinFall:
		c.step++
		return c, nil
	case checkinRedFlags:
		if c.anyFlag {
			c.step = checkinRedFlagList
			return c, nil
		}
	case checkinRedFlagList:
	case checkinMorning:
		return c, c.finish()
	}
	if c.askMorning && c.step != checkinMorning {
		c.step = checkinMorning
		return c, nil
	}
	return c, c.finish()
}

func (c checkinModel) answers() record.Checkin {
	ci := record.Checkin{Pain: c.pain.value, NewPain: c.newPain, Fall: c.fall}
	for _, f := range record.RedFlags {
		if c.flags[f.ID] {
			ci.RedFlags = append(ci.RedFlags, f.ID)
		}
	}
	if c.askMorning {
		ci.Morning = mornings[c.morning]
	}
	return ci
}

func (c checkinModel) finish() tea.Cmd {
	ci := c.answers()
	advice := record.EvaluateCheckin(ci)
	r := c.routine
	if advice.Stop || len(advice.Lines) > 0 || len(r.Flagged()) > 0 {
		return navigate(navMsg{to: screenAdvice, advice: advice, routine: &r, checkin: ci})
	}
	return navigate(navMsg{to: screenSession, routine: &r, checkin: ci})
}

func (c checkinModel) View(width, height int) string {
	s := c.env.styles
	title := "Check-in · " + clean(c.routine.Name)
	var question, body string
	switch c.step {
	case checkinPain:
		question = "How much back pain do you have right now?"
		body = c.pain.view(s, width-2, "no pain", "worst imaginable")
	case checkinNewPain:
		question = "Is the pain new, sharp, or different from usual?"
		body = yesNoView(s, c.newPain)
	case checkinFall:
		question = "Any fall or near-fall since your last session?"
		body = yesNoView(s, c.fall)
	case checkinRedFlags:
		question = "Do you have any of these right now?"
		var list []string
		for _, f := range record.RedFlags {
			list = append(list, "· "+f.Text)
		}
		body = paragraph(s.Text, strings.Join(list, "\n"), width) + "\n\n" + yesNoView(s, c.anyFlag)
	case checkinRedFlagList:
		question = "Tick each one you have (space), then enter."
		items := make([]string, len(record.RedFlags))
		for i, f := range record.RedFlags {
			mark := "[ ]"
			if c.flags[f.ID] {
				mark = "[x]"
			}
			items[i] = mark + " " + f.Text
		}
		mn := c.flagMenu
		mn.items = items
		body = mn.view(s, width-2, max(height-4, 1))
	case checkinMorning:
		question = "How did the morning after your last session feel?"
		var opts []string
		for i, m := range mornings {
			if i == c.morning {
				opts = append(opts, s.Selected.Render("["+string(m)+"]"))
			} else {
				opts = append(opts, s.Muted.Render(string(m)))
			}
		}
		body = strings.Join(opts, "  ") + "   " + s.Muted.Render("←/→, enter to confirm")
	}
	progress := s.Muted.Render(fmt.Sprintf("Question %d", int(c.step)+1))
	note := "" // the therapist's notes come before every session, under the first question
	if c.step == checkinPain {
		note = therapistNote(c.env, width)
	}
	return page(s, width, height, title, paragraph(s.Subtitle, question, width), body, note, progress)
}
