package workout

import (
	"strings"
	"time"

	"github.com/charmbracelet/lipgloss"

	"upright/exercises"
	"upright/exercises/figure"
	"upright/session"
	"upright/session/record"
	"upright/ui/kit"
)

// Below this size the session screen's text needs every cell, so it shows no figure at all.
const (
	figureMinWidth  = 60
	figureMinHeight = 16
	// figureMaxRows keeps the ordinary view's figure about the height of the digits and the lines
	// around them, so it sits beside them rather than dwarfing them.
	figureMaxRows = 10
)

// figureCache keeps the figure's drawn lines between frames. It is shared by every copy of the
// session model (the screen is a value), and View fills it: a figure is drawn once when its
// step, pose or size changes, and every other frame only joins the lines it already has, so a
// hold's countdown costs no more with the figure than without it.
type figureCache struct {
	key   figureKey
	lines []string
	// place is what the spot was found for: it is kept while the text leaves it clear.
	place figureKey
	spot  kit.Spot
	// set and frame are the step's poses and the one frame they are all drawn in, looked up
	// once a step (setKey names them).
	setKey figureKey
	set    figure.Set
	frame  figure.Frame
	// brief is the brief's layout as last chosen (brieffigure.go).
	brief briefLayout
	// shown is set when the last frame had room for the figure: only then does a paced rep
	// wake the screen for the figure's own steps (and from its first moment, as the frame
	// before it — the get-ready — showed the figure too).
	shown bool
}

// figureKey is everything a figure's drawing depends on.
type figureKey struct {
	id     string
	side   figure.Side
	pair   bool
	layout figure.Layout // a pair's
	t      float64
	w, h   int
}

// figureNow is what the figure shows in this phase: the brief's start and end (pair), or one
// pose a fraction t from start to end, which follows the tempo in a paced rep.
func (s sessionModel) figureNow() (set figure.Set, pair bool, t float64, ok bool) {
	step := s.eng.Step()
	if set, ok = s.fig.poses(step.Exercise.ID, figureSide(step.Side)); !ok {
		return set, false, 0, false
	}
	switch s.eng.Phase() {
	case session.PhaseBrief:
		return set, true, 0, true
	case session.PhaseActive:
		if stage, _, _ := s.eng.Stage(s.at); stage > 0 {
			// A staged test's poses are its stances in order, one a stage.
			return set, false, float64(stage-1) / float64(max(len(set.Between)+1, 1)), true
		}
		if p := s.eng.Pace(s.at); p.Rep > 0 && step.Measure == exercises.MeasureHoldReps {
			if p.Up {
				return set, false, 1, true // a hold-rep's hold: the held pose, still
			}
			return set, false, 0, true
		} else if p.Rep > 0 {
			f := figure.Step(done(p.PhaseLength-p.PhaseRemaining, p.PhaseLength), p.PhaseLength)
			if !p.Up {
				f = 1 - f
			}
			return set, false, f, true
		}
		if step.Measure == exercises.MeasureReps {
			return set, false, 0, true // counted reps: the position to start from
		}
		return set, false, 1, true // the held pose
	case session.PhaseGetReady, session.PhaseSwitchSides, session.PhaseRest:
		return set, false, 0, true // get into position (a rest's step is the next one)
	case session.PhaseDone:
	}
	return set, false, 0, false
}

func figureSide(side string) figure.Side {
	switch side {
	case record.SideLeft:
		return figure.SideLeft
	case record.SideRight:
		return figure.SideRight
	}
	return figure.SideNone
}

// withFigure puts the exercise's figure in the blank space the page's text leaves, if there is
// enough; otherwise it returns the page as it is.
func (s sessionModel) withFigure(page string, width, height int) string {
	if s.fig == nil {
		return page
	}
	s.fig.shown = false
	if width < figureMinWidth || height < figureMinHeight {
		return page
	}
	set, pair, t, ok := s.figureNow()
	if !ok {
		return page
	}
	place := figureKey{id: s.eng.Step().Exercise.ID, side: set.Side, pair: pair, w: width, h: height}
	c := s.fig
	if pair {
		place.layout = c.place.layout // chosen with the spot, below
	}
	if c.place == place {
		if out, ok := kit.Overlay(page, c.draw(set, pair, t, c.spot.W, c.spot.H), c.spot); ok {
			c.shown = true
			return out
		}
	}
	var sp kit.Spot
	found := false
	if pair {
		sp, place.layout, _, found = pairSpot(strings.Split(page, "\n"), c.brief.top, width, figure.FrameOf(set.Start, set.End))
	} else {
		// Sized by the frame's aspect: a lying figure as long as it is, a standing one narrow.
		sp, found = kit.FreeSpot(strings.Split(page, "\n"), width, height, 1, figureMaxRows, func(h int) int { return figure.Width(c.frame, h) })
	}
	if !found {
		c.place = figureKey{}
		return page
	}
	c.place, c.spot, c.shown = place, sp, true
	out, _ := kit.Overlay(page, c.draw(set, pair, t, sp.W, sp.H), sp)
	return out
}

// poses returns the exercise's poses for the side, looking them up only when the step's
// exercise or side changes.
func (c *figureCache) poses(id string, side figure.Side) (figure.Set, bool) {
	key := figureKey{id: id, side: side}
	if c.setKey != key {
		set, ok := figure.For(id)
		if !ok {
			return figure.Set{}, false
		}
		c.setKey, c.set = key, set.For(side)
		c.frame = figure.FrameOf(c.set.Poses()...)
	}
	return c.set, true
}

// draw returns the figure's lines, drawing them only when something they depend on changed.
// Every pose of a set is drawn in the set's one frame, so a moving figure keeps its scale and
// floor from step to step.
func (c *figureCache) draw(set figure.Set, pair bool, t float64, w, h int) []string {
	key := figureKey{id: c.place.id, side: set.Side, pair: pair, layout: c.place.layout, t: t, w: w, h: h}
	if key == c.key && c.lines != nil {
		return c.lines
	}
	if pair {
		c.lines = figure.PairIn(set.Start, set.End, c.place.layout, w, h)
	} else {
		c.lines = figure.RenderIn(set.At(t), c.frame, w, h)
	}
	c.key = key
	return c.lines
}

// nextFigureChange is when a paced rep's figure next takes a new step, while one is on screen;
// zero otherwise, so the figure wakes the program only while it moves.
func (s sessionModel) nextFigureChange(now time.Time) time.Time {
	if s.fig == nil || !s.fig.shown || s.eng.Phase() != session.PhaseActive || s.eng.Paused() {
		return time.Time{}
	}
	if s.eng.Step().Measure != exercises.MeasureReps {
		return time.Time{} // a hold-rep's figure changes only with its phases, on the engine's ticks
	}
	p := s.eng.Pace(now)
	steps := time.Duration(p.PhaseLength.Seconds() * figure.MaxChangesPerSecond)
	if p.Rep == 0 || steps < 1 || p.PhaseRemaining <= 0 {
		return time.Time{}
	}
	// The k-th step starts k/steps of the way through the phase, rounded up to the nanosecond so
	// the tick never comes before figure.Step's answer has changed.
	gone := p.PhaseLength - p.PhaseRemaining
	k := gone*steps/p.PhaseLength + 1
	at := (k*p.PhaseLength + steps - 1) / steps
	return now.Add(at - gone)
}

// presenterFigure is the presenter view with the figure large at its right, a third of the
// width, when the view's text still fits whole in what is left; the digits take a smaller scale
// if they must. Otherwise it is the presenter view alone.
func (s sessionModel) presenterFigure(width, height int) string {
	if s.fig == nil {
		return s.presenterView(width, height)
	}
	s.fig.shown = false
	set, _, t, ok := s.figureNow()
	h := min(height-2, width/3/2)
	w := kit.SingleWidth(h)
	left := width - w - 3
	if !ok || h < figure.MinHeight || s.presenterTextWidth() > left {
		return s.presenterView(width, height)
	}
	sp := kit.Spot{Row: (height - h) / 2, Col: width - w - 1, W: w, H: h}
	s.fig.place = figureKey{id: s.eng.Step().Exercise.ID, side: set.Side, w: width, h: height}
	s.fig.spot, s.fig.shown = sp, true
	out, _ := kit.Overlay(s.presenterView(left, height), s.fig.draw(set, false, t, w, h), sp)
	return out
}

// presenterTextWidth is the widest line of text the presenter view shows, digits aside.
func (s sessionModel) presenterTextWidth() int {
	label, _, plain, _ := s.display(s.at)
	widest := barWidth
	for _, l := range []string{strings.ToUpper(s.title()), s.where(1 << 10), label, plain,
		s.cueLine(s.at), s.nextLine(), s.notice, s.saveErr} {
		widest = max(widest, lipgloss.Width(l))
	}
	return widest
}
