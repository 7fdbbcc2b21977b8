package checkin

import (
	tea "github.com/charmbracelet/bubbletea"

	"upright/ui/nav"
)

// asked is the questions this check-in asks, in order: the red-flag list only after a yes to
// "any of these", the morning question only when there was a session on an earlier day.
func (c checkinModel) asked() []checkinStep {
	steps := []checkinStep{checkinPain, checkinNewPain, checkinFall, checkinRedFlags}
	if c.anyFlag {
		steps = append(steps, checkinRedFlagList)
	}
	if c.askMorning {
		steps = append(steps, checkinMorning)
	}
	return steps
}

// position is "question n of N" for the question on screen.
func (c checkinModel) position() (n, of int) {
	steps := c.asked()
	for i, st := range steps {
		if st == c.step {
			return i + 1, len(steps)
		}
	}
	return len(steps), len(steps)
}

// back goes to the question before, keeping its answer; from the first it leaves the check-in.
func (c checkinModel) back() (checkinModel, tea.Cmd) {
	n, _ := c.position()
	if n <= 1 {
		return c, nav.Go(nav.Home{})
	}
	c.step = c.asked()[n-2]
	return c, nil
}
