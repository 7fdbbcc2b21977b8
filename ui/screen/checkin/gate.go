package checkin

import (
	tea "github.com/charmbracelet/bubbletea"

	"upright/exercises"
	"upright/session/profile"
	"upright/ui/kit"
	"upright/ui/nav"
)

// gateModel stands before the check-in of a routine the person may not start as it is: a locked
// exercise ("not for you: …") ends it there; a caution or a go-ahead requirement is acknowledged
// with its own key, so the enter that answers the check-in questions never passes it by accident.
type gateModel struct {
	env     *kit.Env
	next    checkinModel
	locked  string   // the exercise's name and reason when the routine may not start
	notes   []string // cautions and requirements to acknowledge
	routine string
	single  bool // one exercise tried from the catalog: "this exercise", not "this routine"
}

var (
	gateAck        = kit.AddKey("I understand, go on")
	gateHome       = kit.EnterKey("home")
	gateNoteKeys   = kit.On(gateAck, kit.Escape)
	gateLockedKeys = kit.On(gateHome, kit.Escape)
)

// prescribed is r as this person does it: the therapist's doses replace the routine's, whichever
// way it was opened (today's routine, the picker, a routine file, the catalog).
func prescribed(p profile.Profile, r exercises.Routine) exercises.Routine {
	return p.ApplyOverrides(r)
}

// gate returns the screen to show first: c itself when there is nothing to stop or acknowledge.
func gate(e *kit.Env, c checkinModel, single bool) kit.Screen {
	p := e.Active().Data
	g := gateModel{env: e, next: c, routine: kit.Clean(c.routine.Name), single: single}
	if it, a, ok := profile.FirstLocked(p, c.routine); ok {
		g.locked = it.Exercise.Name + " — not for you: " + a.Reason
		return g
	}
	for _, it := range c.routine.Items {
		ex := it.Exercise
		if ex.Status.Flagged() {
			g.notes = append(g.notes, ex.Name+", prescribed by your therapist — "+kit.StatusNote(ex))
		}
		if req := profile.Allows(p, ex).Requirement; req != "" {
			g.notes = append(g.notes, ex.Name+": "+req)
		}
	}
	if len(g.notes) == 0 {
		return c
	}
	return g
}

func (g gateModel) Keys() kit.Keys {
	if g.locked != "" {
		return gateLockedKeys
	}
	return gateNoteKeys
}

func (g gateModel) Typing() bool { return false }

func (g gateModel) Update(msg tea.Msg) (kit.Screen, tea.Cmd) {
	km, ok := msg.(tea.KeyMsg)
	if !ok {
		return g, nil
	}
	k := g.Keys()
	switch {
	case k.Matches(km, gateHome, kit.Escape, kit.Quit):
		return g, nav.Go(nav.Home{})
	case k.Matches(km, gateAck):
		return g.next, nil
	}
	return g, nil
}

func (g gateModel) View(width, height int) string {
	s := g.env.Styles
	if g.locked != "" {
		what := "This routine does not start for you. Ask your therapist, or choose another routine."
		if g.single {
			what = "This exercise does not start for you. Ask your therapist, or choose another exercise."
		}
		return kit.Page(s, width, height, g.routine+" · not for you",
			kit.Paragraph(s.Warn, g.locked, width),
			kit.Paragraph(s.Text, what, width),
			kit.Paragraph(s.Muted, "Press enter or esc to go home.", width))
	}
	blocks := []string{kit.Bullets(s.Caution, g.notes, width)}
	blocks = append(blocks, kit.Paragraph(s.Muted, "Press a to say you have read this and go on to the check-in, or esc to go back.", width))
	return kit.Page(s, width, height, g.routine+" · before you start", blocks...)
}
