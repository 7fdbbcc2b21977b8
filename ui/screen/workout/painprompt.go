package workout

import (
	tea "github.com/charmbracelet/bubbletea"

	"upright/ui/kit"
)

// painPrompt asks, mid-session, how much pain there is now and whether it is sharp: a rise of 2
// or more over the check-in, or sharp pain, stops the exercise, as the clinical rules for a session say.
type painPrompt struct {
	active    bool
	askSharp  bool
	rating    kit.Rating
	sharp     bool
	cancelled bool
}

// newPainPrompt asks starting from the person's pain as last known, not from 0.
func newPainPrompt(current int) painPrompt {
	return painPrompt{active: true, rating: kit.Rating{Value: current}}
}

// update returns the prompt and whether it is finished (answered or cancelled).
func (p painPrompt) update(k kit.Keys, km tea.KeyMsg) (painPrompt, bool) {
	switch {
	case k.Matches(km, kit.PrevQuestion):
		// Back one question, as in every question of upright: from "is it sharp" to the rating.
		p.askSharp = false
	case k.Matches(km, kit.Escape):
		p.active, p.cancelled = false, true
		return p, true
	case k.Matches(km, keyConfirm) && !p.askSharp:
		p.askSharp = true
	case k.Matches(km, keyConfirm):
		p.active = false
		return p, true
	case p.askSharp && k.Matches(km, kit.Yes, kit.No):
		// y and n answer at once, as every yes/no question does; enter takes the one shown.
		p.sharp = kit.Answer(k, km, p.sharp)
		p.active = false
		return p, true
	default:
		p.rating = p.rating.Update(k, km)
	}
	return p, false
}

func (p painPrompt) View(s kit.Styles, width, height int) string {
	if p.askSharp {
		return kit.Page(s, width, height, "Pain check",
			kit.Paragraph(s.Subtitle, "Is it new, sharp, or different from usual?", width), kit.YesNoView(s, p.sharp))
	}
	return kit.Page(s, width, height, "Pain check",
		kit.Paragraph(s.Subtitle, "How much back pain do you have right now?", width),
		p.rating.View(s, width-2, "no pain", "worst imaginable"))
}

// promptKey answers the quit confirmation or the pain report.
func (s sessionModel) promptKey(km tea.KeyMsg) (kit.Screen, tea.Cmd) {
	k := s.Keys()
	if s.confirmQuit {
		switch {
		case k.Matches(km, keyQuitYes, keyQuitYesDemo, kit.Quit):
			return s.quit()
		case k.Matches(km, keyQuitNo, kit.Escape):
			s.confirmQuit = false
			return s.uncover(s.env.Now())
		}
		return s, nil
	}
	var done bool
	s.pain, done = s.pain.update(k, km)
	if !done {
		return s, nil
	}
	now := s.env.Now()
	if s.pain.cancelled {
		return s.uncover(now)
	}
	checkin := s.eng.Record().Checkin.Pain
	res := s.eng.ReportPain(now, s.pain.rating.Value, s.pain.sharp)
	s.stop = stopFor(res, s.eng.Plan(), s.pain.rating.Value, s.pain.sharp, checkin)
	m, cmd := s.applyScreen(now, res)
	m = m.noteEffort(res)
	if m.stop != nil {
		m.notice = "" // the stop screen says it, and the next brief starts clean
		return m, cmd
	}
	u, ucmd := m.uncover(now)
	return u, tea.Batch(cmd, ucmd)
}
