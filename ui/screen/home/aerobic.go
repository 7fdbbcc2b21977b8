package home

import (
	"fmt"

	tea "github.com/charmbracelet/bubbletea"

	sessionprofile "upright/session/profile"
	"upright/ui/kit"
	"upright/ui/nav"
)

// aerobicModel logs today's aerobic minutes (a walk, cycling, swimming) with the profile: the
// minutes are chosen in steps of five, saved, and home shows the week's total against the goal.
type aerobicModel struct {
	env     *kit.Env
	minutes int
	err     string
	saving  bool
}

// aerobicStep is how far ← and → move the minutes; aerobicStart is where they start.
const (
	aerobicStep  = 5
	aerobicStart = 30
)

// OpenAerobic asks how many minutes to log for today.
func OpenAerobic(e *kit.Env, _ nav.LogAerobic) (kit.Screen, tea.Cmd) {
	return aerobicModel{env: e, minutes: aerobicStart}, nil
}

var (
	aerobicLog  = kit.EnterKey("log them")
	aerobicKeys = kit.On(aerobicLog, kit.Adjust, kit.Escape)
)

func (a aerobicModel) Keys() kit.Keys { return aerobicKeys }

func (a aerobicModel) Typing() bool { return false }

func (a aerobicModel) Update(msg tea.Msg) (kit.Screen, tea.Cmd) {
	switch msg := msg.(type) {
	case kit.ProfileSavedMsg:
		if a.saving {
			return a, nav.Go(nav.Home{})
		}
	case kit.ErrMsg:
		a.saving = false
	case tea.KeyMsg:
		if a.saving {
			return a, nil
		}
		k := a.Keys()
		switch {
		case k.Matches(msg, kit.Escape):
			return a, nav.Go(nav.Home{})
		case k.Matches(msg, aerobicLog):
			return a.log()
		case k.Matches(msg, kit.Adjust):
			switch msg.String() {
			case "left", "h", "-":
				a.minutes = max(a.minutes-aerobicStep, aerobicStep)
			default:
				a.minutes = min(a.minutes+aerobicStep, sessionprofile.MaxAerobicMinutes)
			}
			a.err = ""
		}
	}
	return a, nil
}

// log adds the minutes to today's and saves the profile; home opens once it is saved.
func (a aerobicModel) log() (kit.Screen, tea.Cmd) {
	p := a.env.Active().Data
	if err := p.LogAerobic(a.env.Now(), a.minutes); err != nil {
		a.err = err.Error()
		return a, nil
	}
	a.saving = true
	return a, kit.SaveProfile(a.env, p)
}

func (a aerobicModel) View(width, height int) string {
	s := a.env.Styles
	blocks := []string{
		kit.Paragraph(s.Text, "A brisk walk, cycling, swimming or dancing: minutes that leave you a little out of breath but able to talk.", width),
		s.Subtitle.Render(fmt.Sprintf("Today: %d minutes", a.minutes)),
	}
	if a.env.Active().Data.SpineFracture() {
		blocks = append(blocks, kit.Paragraph(s.Caution, "After a spine fracture, keep it moderate: no running or jumping.", width))
	}
	if a.err != "" {
		blocks = append(blocks, kit.Paragraph(s.Error, a.err, width))
	}
	return kit.Page(s, width, height, "Log aerobic minutes", blocks...)
}
