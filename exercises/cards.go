package exercises

// Card is a safe-movement card: something to read, with no timer.
type Card struct {
	ID      string   `json:"id"`
	Title   string   `json:"title"`
	Lines   []string `json:"lines"`
	Sources []string `json:"sources"`
}

var safeMovement = []Card{
	{ID: "lift-and-reach-low", Title: "Lifting and reaching low", Lines: []string{
		"Hinge at the hips with the spine straight, as in the hip hinge; bend the knees, never round the back.",
		"Keep what you lift close to the body, and turn with your feet, not your spine.",
	}, Sources: []string{SrcBHOF, SrcTFTF2015}},
	{ID: "cough-sneeze", Title: "Coughing and sneezing", Lines: []string{
		"Brace gently and put a hand on your chest, or lean back against a wall, rather than bending forward.",
	}, Sources: []string{SrcBHOF, SrcTFTF2015}},
	{ID: "floor-transfer", Title: "Getting down to the floor and up again", Lines: []string{
		"Hold something solid, go down one knee at a time, then onto your hands; keep the spine neutral.",
		"To get up, roll onto your side, push up onto your hands and knees, and rise one knee at a time holding something solid.",
	}, Sources: []string{SrcTFTF2014, SrcBHOF}},
	{ID: "carrying", Title: "Carrying", Lines: []string{
		"Carry close to the body, split the load between both hands, and make two trips rather than one heavy one.",
	}, Sources: []string{SrcBHOF, SrcTFTF2015}},
	{ID: "height-check", Title: "A yearly height check", Lines: []string{
		"Measure your height once a year. A loss of about 1.5 cm or more in a year, or a growing stoop, can mean a spine fracture that did not hurt: tell your doctor.",
	}, Sources: []string{SrcBHOF, SrcTFTF2015}},
}

// SafeMovementCards returns the safe-movement cards, as copies: shown from the catalog and once in
// a program's first week.
func SafeMovementCards() []Card {
	out := make([]Card, len(safeMovement))
	for i, c := range safeMovement {
		c.Lines = append([]string(nil), c.Lines...)
		c.Sources = append([]string(nil), c.Sources...)
		out[i] = c
	}
	return out
}

// OfferedWith reports whether the exercise may be offered to someone with (spineFracture true) or
// without a spine fracture on record: impact loading such as the heel drop never is after one.
func (e Exercise) OfferedWith(spineFracture bool) bool {
	return !(spineFracture && e.NotWithSpineFracture)
}

// CatalogFor is the catalog as offered to someone with or without a spine fracture on record.
func CatalogFor(spineFracture bool) []Exercise {
	var out []Exercise
	for _, e := range Catalog() {
		if e.OfferedWith(spineFracture) {
			out = append(out, e)
		}
	}
	return out
}
