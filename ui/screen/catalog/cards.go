package catalog

import (
	"fmt"
	"strings"

	tea "github.com/charmbracelet/bubbletea"

	"upright/exercises"
	"upright/ui/kit"
	"upright/ui/nav"
)

// cardsModel reads the safe-movement cards one at a time: how to lift, cough, get down to the
// floor and carry without loading the spine. Home offers it once in the program's first week;
// the catalog lists the same cards for any time after.
type cardsModel struct {
	env   *kit.Env
	cards []exercises.Card
	at    int
}

// OpenCards shows the first safe-movement card and records that the cards were shown, so home
// does not offer them again (a demonstration records nothing).
func OpenCards(e *kit.Env, _ nav.SafeMovement) (kit.Screen, tea.Cmd) {
	c := cardsModel{env: e, cards: exercises.SafeMovementCards()}
	a := e.Active()
	if a.Demo || a.Data.Name != a.Profile || !a.Data.SafeMovementSeen.IsZero() {
		return c, nil
	}
	p := a.Data
	p.SafeMovementSeen = e.Now()
	return c, kit.SaveProfile(e, p)
}

var (
	cardNext  = kit.EnterKey("next card")
	cardDone  = kit.EnterKey("done")
	cardFirst = kit.On(cardNext, kit.Escape)
	cardMid   = kit.On(cardNext, kit.PrevItem, kit.Escape)
	cardLast  = kit.On(cardDone, kit.PrevItem, kit.Escape)
)

func (c cardsModel) Keys() kit.Keys {
	switch {
	case c.at == len(c.cards)-1:
		return cardLast
	case c.at == 0:
		return cardFirst
	}
	return cardMid
}

func (c cardsModel) Typing() bool { return false }

func (c cardsModel) Update(msg tea.Msg) (kit.Screen, tea.Cmd) {
	km, ok := msg.(tea.KeyMsg)
	if !ok {
		return c, nil
	}
	k := c.Keys()
	switch {
	case k.Matches(km, cardDone, kit.Escape):
		return c, nav.Go(nav.Home{})
	case k.Matches(km, cardNext):
		c.at++
	case k.Matches(km, kit.PrevItem):
		c.at--
	}
	return c, nil
}

func (c cardsModel) View(width, height int) string {
	s := c.env.Styles
	card := c.cards[c.at]
	title := fmt.Sprintf("Safe movement · %d of %d", c.at+1, len(c.cards))
	blocks := append([]string{kit.Paragraph(s.Subtitle, card.Title, width)}, cardBlocks(s, card, width)...)
	return kit.Page(s, width, height, title, blocks...)
}

// cardBlocks are a card's lines and sources, as both the catalog and the reader show them.
func cardBlocks(s kit.Styles, card exercises.Card, width int) []string {
	blocks := []string{kit.Bullets(s.Text, card.Lines, width)}
	if len(card.Sources) > 0 {
		blocks = append(blocks, kit.Paragraph(s.Muted, "Sources: "+strings.Join(card.Sources, "; "), width))
	}
	return blocks
}
