package exercises

import "testing"

// Every paced card names its phases, so no patient is told "up" and "down" for a movement that
// is neither; and the words are the card's, first phase first.
func TestEveryPacedCardNamesItsPhases(t *testing.T) {
	for _, e := range Catalog() {
		if e.Measure != MeasureReps || !e.Dose.Tempo.Paced() {
			continue
		}
		if _, ok := phaseWords[e.ID]; !ok {
			t.Errorf("%s is paced but has no phase words", e.ID)
		}
	}
	for id, want := range map[string][2]string{
		"squat-to-chair": {"lower", "rise"}, "dead-bug": {"reach", "return"}, "mountain-climber": {"knee in", "back"},
	} {
		e, _ := Lookup(id)
		if a, b := e.PhaseWords(); a != want[0] || b != want[1] {
			t.Errorf("%s: %s/%s, want %s/%s", id, a, b, want[0], want[1])
		}
	}
	if a, b := (Exercise{ID: "own"}).PhaseWords(); a != "up" || b != "down" {
		t.Errorf("an exercise of its own: %s/%s, want up/down", a, b)
	}
}
