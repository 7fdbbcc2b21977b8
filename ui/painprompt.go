package ui

import (
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
)

// painPrompt asks, mid-session, how much pain there is now and whether it is sharp: a rise of 2
// or more over the check-in, or sharp pain, stops the exercise (EXERCISES.md, "During a session").
type painPrompt struct {
	active    bool
	askSharp  bool
	rating    rating
	sharp     bool
	cancelled bool
}

func newPainPrompt() painPrompt { return painPrompt{active: true} }

func (p painPrompt) keys(k *keyMap, confirmQuit bool) {
	switch {
	case confirmQuit:
		k.only(&k.Yes, &k.No, &k.Escape)
		relabel(&k.Yes, "quit, keep what's done")
		relabel(&k.No, "carry on")
	case p.askSharp:
		k.only(&k.Enter, &k.Yes, &k.No, &k.Escape)
	default:
		k.only(&k.Enter, &k.Digit, &k.Lower, &k.Higher, &k.Escape)
	}
	relabel(&k.Enter, "confirm")
}

// update returns the prompt and whether it is finished (answered or cancelled).
func (p painPrompt) update(k keyMap, km tea.KeyMsg) (painPrompt, bool) {
	switch {
	case key.Matches(km, k.Escape):
		p.active, p.cancelled = false, true
		return p, true
	case key.Matches(km, k.Enter) && !p.askSharp:
		p.askSharp = true
	case key.Matches(km, k.Enter):
		p.active = false
		return p, true
	case p.askSharp:
		p.sharp = answer(k, km, p.sharp)
	default:
		p.rating = p.rating.update(k, km)
	}
	return p, false
}

func (p painPrompt) view(s Styles, width, height int) string {
	if p.askSharp {
		return page(s, width, height, "Pain check",
			paragraph(s.Subtitle, "Is it new, sharp, or different from usual?", width), yesNoView(s, p.sharp))
	}
	return page(s, width, height, "Pain check",
		paragraph(s.Subtitle, "How much back pain do you have right now?", width),
		p.rating.view(s, width-2, "no pain", "worst imaginable"))
}
