package catalog

import (
	"strings"

	tea "github.com/charmbracelet/bubbletea"

	"upright/exercises"
	"upright/session/profile"
	"upright/ui/kit"
	"upright/ui/nav"
)

// catalogModel browses the exercise cards.
type catalogModel struct {
	env *kit.Env
	all []exercises.Exercise
	// cards are the safe-movement cards, listed after the exercises.
	cards []exercises.Card
	menu  kit.Menu
	open  bool
	// askMorning passes on to the check-in.
	askMorning bool
}

// Open lists the exercise cards.
func Open(e *kit.Env, msg nav.Catalog) (kit.Screen, tea.Cmd) {
	p := e.Active().Data
	c := catalogModel{env: e, all: p.OfferedCatalog(), askMorning: msg.AskMorning}
	for _, ex := range c.all {
		c.menu.Items = append(c.menu.Items, listItem(p, ex))
	}
	c.addCards()
	return c, nil
}

var (
	catalogTry  = kit.EnterKey("try it")
	catalogOpen = kit.EnterKey("open card")
	cardKeys    = kit.On(catalogTry, kit.Escape)
	listKeys    = kit.On(catalogOpen, kit.Up, kit.Down, kit.PageUp, kit.PageDown, kit.Escape)
)

func (c catalogModel) Keys() kit.Keys {
	if c.open && (c.onCard() || !profile.Allows(c.env.Active().Data, c.all[c.menu.Cursor]).Open) {
		return cardOnlyKeys // a locked exercise offers no try-it: it would not start
	}
	if c.open {
		return cardKeys
	}
	return listKeys
}

func (c catalogModel) Typing() bool { return false }

func (c catalogModel) Update(msg tea.Msg) (kit.Screen, tea.Cmd) {
	km, ok := msg.(tea.KeyMsg)
	if !ok {
		return c, nil
	}
	k := c.Keys()
	switch {
	case c.open && k.Matches(km, kit.Escape, kit.Quit):
		c.open = false
	case k.Matches(km, catalogTry) && !c.onCard():
		return c, c.tryIt()
	case k.Matches(km, kit.Escape, kit.Quit):
		return c, nav.Go(nav.Home{})
	case k.Matches(km, catalogOpen):
		c.open = true
	default:
		c.menu.Page = c.env.ListPage()
		c.menu = c.menu.Update(k, msg)
	}
	return c, nil
}

func (c catalogModel) View(width, height int) string {
	s := c.env.Styles
	if !c.open {
		return kit.Page(s, width, height, "Exercises", c.menu.View(s, width-2, len(c.menu.Items)))
	}
	if c.onCard() {
		return c.cardView(width, height)
	}
	ex := c.all[c.menu.Cursor]
	blocks := c.access(ex, width)
	if ex.Status.Flagged() {
		blocks = append(blocks, kit.Paragraph(s.Caution, kit.Caution(ex), width))
	}
	blocks = append(blocks,
		kit.Paragraph(s.Muted, ex.Category.String()+" · "+kit.MeasureWords(ex.Measure)+" · start: "+ex.DoseNote, width),
		kit.Paragraph(s.Text, ex.Description, width),
		kit.Bullets(s.Text, ex.Cues, width),
		kit.Paragraph(s.Text, "Easier: "+ex.Easier+"\nHarder: "+ex.Harder, width),
		kit.Paragraph(s.Warn, "Safety: "+ex.Safety, width))
	if len(ex.Sources) > 0 {
		blocks = append(blocks, kit.Paragraph(s.Muted, "Sources: "+strings.Join(ex.Sources, "; "), width))
	}
	return withFigure(kit.Page(s, width, height, ex.Name, blocks...), ex.ID, width, height)
}

// Focus keeps the highlighted entry of the list in view; an open card reads from its top.
func (c catalogModel) Focus(width, height int) (top, bottom int, ok bool) {
	if c.open {
		return 0, 0, false
	}
	return kit.CursorFocus(c.View(width, height))
}

// tryIt starts the open exercise on its own — a therapist showing one exercise, or a patient
// practising it. A demonstration goes straight to the exercise; otherwise the check-in comes first.
func (c catalogModel) tryIt() tea.Cmd {
	ex := c.all[c.menu.Cursor]
	r := singleExercise(ex)
	if c.env.Active().Demo {
		return nav.Go(nav.StartSession{Routine: r})
	}
	return nav.Go(nav.StartCheckin{Routine: r, AskMorning: c.askMorning, Single: true})
}

// singleExercise is a routine of one exercise at its catalog dose.
func singleExercise(ex exercises.Exercise) exercises.Routine {
	return exercises.Routine{
		ID: "single-" + ex.ID, Name: ex.Name, Description: "One exercise from the catalog",
		GetReady: exercises.DefaultGetReady, Rest: ex.Dose.Rest, Source: exercises.SourceBuiltin,
		Items: []exercises.Item{{Exercise: ex, Dose: ex.Dose, CautionAcknowledged: ex.Status.Flagged()}},
	}
}
