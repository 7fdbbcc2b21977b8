package ui

import (
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"upright/exercises"
)

// catalogModel browses the exercise cards.
type catalogModel struct {
	env  *env
	all  []exercises.Exercise
	menu menu
	open bool
}

func newCatalogModel(e *env) catalogModel {
	c := catalogModel{env: e, all: exercises.Catalog()}
	for _, ex := range c.all {
		item := ex.Name
		if ex.Status.Flagged() {
			item += " (" + ex.Status.String() + ")"
		}
		c.menu.items = append(c.menu.items, item)
	}
	return c
}

func (c catalogModel) keys(k *keyMap) {
	if c.open {
		k.only(&k.Enter, &k.Escape)
		relabel(&k.Enter, "try it")
		return
	}
	k.only(&k.Enter, &k.Up, &k.Down, &k.Escape)
	relabel(&k.Enter, "open card")
}

func (c catalogModel) Update(msg tea.Msg) (catalogModel, tea.Cmd) {
	km, ok := msg.(tea.KeyMsg)
	if !ok {
		return c, nil
	}
	k := c.env.keys
	switch {
	case c.open && (key.Matches(km, k.Escape) || key.Matches(km, k.Quit)):
		c.open = false
	case c.open && key.Matches(km, k.Enter):
		return c, c.tryIt()
	case key.Matches(km, k.Escape), key.Matches(km, k.Quit):
		return c, navigate(navMsg{to: screenHome})
	case key.Matches(km, k.Enter):
		c.open = true
	default:
		c.menu = c.menu.update(k, msg)
	}
	return c, nil
}

func (c catalogModel) View(width, height int) string {
	s := c.env.styles
	if !c.open {
		return page(s, width, height, "Exercises", c.menu.view(s, width-2, max(height-2, 1)))
	}
	ex := c.all[c.menu.cursor]
	var blocks []string
	if ex.Status.Flagged() {
		blocks = append(blocks, paragraph(s.Caution, "Caution — "+ex.Status.String()+": "+ex.StatusReason, width))
	}
	var cues []string
	for _, cue := range ex.Cues {
		cues = append(cues, "· "+cue)
	}
	blocks = append(blocks,
		paragraph(s.Muted, ex.Category.String()+" · "+ex.Measure.String()+" · start: "+ex.DoseNote, width),
		paragraph(s.Text, ex.Description, width),
		paragraph(s.Text, strings.Join(cues, "\n"), width),
		paragraph(s.Text, "Easier: "+ex.Easier+"\nHarder: "+ex.Harder, width),
		paragraph(s.Warn, "Safety: "+ex.Safety, width))
	return page(s, width, height, ex.Name, blocks...)
}

// tryIt starts the open exercise on its own — a therapist showing one exercise, or a patient
// practising it. A demonstration goes straight to the exercise; otherwise the check-in comes first.
func (c catalogModel) tryIt() tea.Cmd {
	ex := c.all[c.menu.cursor]
	r := singleExercise(ex)
	if c.env.opts.Demo {
		return navigate(navMsg{to: screenSession, routine: &r})
	}
	return navigate(navMsg{to: screenCheckin, routine: &r})
}

// singleExercise is a routine of one exercise at its catalog dose.
func singleExercise(ex exercises.Exercise) exercises.Routine {
	return exercises.Routine{
		ID: "single-" + ex.ID, Name: ex.Name, Description: "One exercise from the catalog",
		GetReady: exercises.DefaultGetReady, Rest: ex.Dose.Rest, Source: exercises.SourceBuiltin,
		Items: []exercises.Item{{Exercise: ex, Dose: ex.Dose, CautionAcknowledged: ex.Status.Flagged()}},
	}
}
