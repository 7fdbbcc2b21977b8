package exercises

// phaseWords name the two phases of a paced rep the way each card says them, first phase first
// (a Tempo's Up, then its Down): a patient told "lower" and "rise" for a squat to a chair knows
// what to do, where "UP" and "DOWN" would have the squat begin the wrong way.
var phaseWords = map[string][2]string{
	"dead-bug":         {"reach", "return"},
	"mountain-climber": {"knee in", "back"},
	"heel-raise":       {"rise", "lower"},
	"squat-to-chair":   {"lower", "rise"},
	"bosu-squat":       {"lower", "rise"},
	"back-extension":   {"lift chest", "return"},
	"wall-push-up":     {"lower", "push"},
	"band-row":         {"pull", "return"},
	"step-up":          {"step up", "step down"},
	"bridge":           {"lift", "lower"},
	HeelDropID:         {"rise", "drop"},
	"hip-hinge":        {"hinge", "stand"},
}

// PhaseWords names the first and second phase of one paced rep of e, in lower case; an exercise
// whose card names none (one from a file with an id of its own) has "up" and "down".
func (e Exercise) PhaseWords() (first, second string) {
	if w, ok := phaseWords[e.ID]; ok {
		return w[0], w[1]
	}
	return "up", "down"
}
