package catalog

import (
	"upright/exercises"
	"upright/session/profile"
	"upright/ui/kit"
)

// cardOnlyKeys are a safe-movement card's and a locked exercise's: there is nothing to try,
// only reading.
var cardOnlyKeys = kit.On(kit.Escape)

// listItem is an exercise's line in the list: its flag, and whether this person may open it.
func listItem(p profile.Profile, ex exercises.Exercise) string {
	item := kit.Flagged(ex)
	if !profile.Allows(p, ex).Open {
		item += " — not for you"
	}
	return item
}

// addCards lists the safe-movement cards after the exercises: how to bend, lift and reach in
// daily life, which matters as much as the exercises for the spine.
func (c *catalogModel) addCards() {
	c.cards = exercises.SafeMovementCards()
	for _, card := range c.cards {
		c.menu.Items = append(c.menu.Items, "Safe movement: "+card.Title)
	}
}

// onCard reports whether the cursor is on a safe-movement card rather than an exercise.
func (c catalogModel) onCard() bool { return c.menu.Cursor >= len(c.all) }

// access is what the card says before the exercise is tried: why it is locked for this person,
// or what starting it requires (a therapist's go-ahead after a spine fracture).
func (c catalogModel) access(ex exercises.Exercise, width int) []string {
	p := c.env.Active().Data
	a := profile.Allows(p, ex)
	switch {
	case !a.Open:
		return []string{kit.Paragraph(c.env.Styles.Warn, "not for you: "+a.Reason, width)}
	case a.Requirement != "":
		return []string{kit.Paragraph(c.env.Styles.Caution, "Before you start: "+a.Requirement, width)}
	}
	if _, ok := p.DoseOverrides[ex.ID]; ok {
		it := p.ApplyOverrides(singleExercise(ex)).Items[0]
		return []string{kit.Paragraph(c.env.Styles.Accent, "Your therapist's dose: "+kit.DoseText(it), width)}
	}
	return nil
}

func (c catalogModel) cardView(width, height int) string {
	card := c.cards[c.menu.Cursor-len(c.all)]
	return kit.Page(c.env.Styles, width, height, "Safe movement: "+card.Title, cardBlocks(c.env.Styles, card, width)...)
}
