package checkin

import (
	"fmt"
	"strings"

	tea "github.com/charmbracelet/bubbletea"

	"upright/exercises"
	"upright/session/record"
	"upright/ui/kit"
	"upright/ui/nav"
)

// checkinStep is one question of the check-in, in the clinical order: pain, what changed, red flags.
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
	env        *kit.Env
	routine    exercises.Routine
	askMorning bool
	step       checkinStep
	pain       kit.Rating
	newPain    bool
	fall       bool
	anyFlag    bool
	flags      map[string]bool
	flagMenu   kit.Menu
	morning    int // 0 better, 1 same, 2 worse
}

var mornings = []record.Morning{record.MorningBetter, record.MorningSame, record.MorningWorse}

// OpenCheckin asks the check-in before msg.Routine.
func OpenCheckin(e *kit.Env, msg nav.StartCheckin) (kit.Screen, tea.Cmd) {
	c := checkinModel{env: e, routine: prescribed(e.Active().Data, msg.Routine), askMorning: msg.AskMorning, flags: map[string]bool{}, morning: 1}
	for _, f := range record.RedFlags {
		c.flagMenu.Items = append(c.flagMenu.Items, f.Text)
	}
	return gate(e, c, msg.Single), nil
}

var (
	checkinConfirm = kit.EnterKey("confirm")
	checkinTick    = kit.SpaceKey("tick")
	checkinKeys    = map[checkinStep]kit.Keys{
		checkinPain:        kit.On(checkinConfirm, kit.Rate, kit.Lower, kit.Higher, kit.Escape),
		checkinNewPain:     kit.On(checkinConfirm, kit.Yes, kit.No, kit.PrevQuestion),
		checkinFall:        kit.On(checkinConfirm, kit.Yes, kit.No, kit.PrevQuestion),
		checkinRedFlags:    kit.On(checkinConfirm, kit.Yes, kit.No, kit.PrevQuestion),
		checkinRedFlagList: kit.On(checkinConfirm, checkinTick, kit.Up, kit.Down, kit.PrevQuestion),
		checkinMorning:     kit.On(checkinConfirm, kit.Lower, kit.Higher, kit.Escape),
	}
)

func (c checkinModel) Keys() kit.Keys { return checkinKeys[c.step] }

func (c checkinModel) Typing() bool { return false }

func (c checkinModel) Update(msg tea.Msg) (kit.Screen, tea.Cmd) {
	km, ok := msg.(tea.KeyMsg)
	if !ok {
		return c, nil
	}
	k := c.Keys()
	if k.Matches(km, kit.Quit) {
		return c, nav.Go(nav.Home{})
	}
	if k.Matches(km, kit.Escape, kit.PrevQuestion) {
		return c.back()
	}
	if k.Matches(km, checkinConfirm) {
		return c.advance()
	}
	// y and n answer at once, as in every yes/no question of upright; enter keeps the answer shown.
	yesNo := k.Matches(km, kit.Yes, kit.No)
	switch c.step {
	case checkinPain:
		c.pain = c.pain.Update(k, msg)
	case checkinNewPain:
		c.newPain = kit.Answer(k, km, c.newPain)
	case checkinFall:
		c.fall = kit.Answer(k, km, c.fall)
	case checkinRedFlags:
		c.anyFlag = kit.Answer(k, km, c.anyFlag)
	case checkinRedFlagList:
		if k.Matches(km, checkinTick) {
			id := record.RedFlags[c.flagMenu.Cursor].ID
			c.flags[id] = !c.flags[id]
		}
		c.flagMenu = c.flagMenu.Update(k, msg)
	case checkinMorning:
		if k.Matches(km, kit.Lower) {
			c.morning = max(c.morning-1, 0)
		} else if k.Matches(km, kit.Higher) {
			c.morning = min(c.morning+1, 2)
		}
	}
	if yesNo {
		return c.advance()
	}
	return c, nil
}

func (c checkinModel) advance() (kit.Screen, tea.Cmd) {
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
	ci := record.Checkin{Pain: c.pain.Value, NewPain: c.newPain, Fall: c.fall}
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
	if advice.Stop || len(advice.Lines) > 0 { // flagged exercises were acknowledged at the gate
		return nav.Go(nav.ShowAdvice{Advice: advice, Routine: r, Checkin: ci})
	}
	return nav.Go(nav.StartSession{Routine: r, Checkin: ci})
}

func (c checkinModel) title() string { return "Check-in · " + kit.Clean(c.routine.Name) }

func (c checkinModel) View(width, height int) string {
	s := c.env.Styles
	title := c.title()
	var question, body string
	switch c.step {
	case checkinPain:
		question = "How much back pain do you have right now?"
		body = c.pain.View(s, width-2, "no pain", "worst imaginable")
	case checkinNewPain:
		question = "Is the pain new, sharp, or different from usual?"
		body = kit.YesNoView(s, c.newPain)
	case checkinFall:
		question = "Any fall or near-fall since your last session?"
		body = kit.YesNoView(s, c.fall)
	case checkinRedFlags:
		question = "Do you have any of these right now?"
		var list []string
		for _, f := range record.RedFlags {
			list = append(list, kit.Clean(f.Text))
		}
		body = kit.Bullets(s.Text, list, width) + "\n\n" + kit.YesNoView(s, c.anyFlag)
	case checkinRedFlagList:
		question = flagQuestion(width)
		body, _ = c.flagList(width)
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
	n, of := c.position()
	progress := s.Muted.Render(fmt.Sprintf("Question %d of %d", n, of))
	note := "" // the therapist's notes come before every session, under the first question
	if c.step == checkinPain {
		note = kit.TherapistNote(c.env, width)
	}
	return kit.Page(s, width, height, title, kit.Paragraph(s.Subtitle, question, width), body, note, progress)
}
