package exercises

import (
	"regexp"
	"slices"
	"testing"
	"time"
)

// TestTempoCuesMatchCards: each tempo cue's format, at the catalog's tempo, is word for word the
// card's cue at its index, so Cue finds the cue to say at another tempo.
func TestTempoCuesMatchCards(t *testing.T) {
	for id, at := range tempoCues {
		e, ok := Lookup(id)
		if !ok {
			t.Errorf("%s: no such exercise", id)
			continue
		}
		if want := tempoCue(at.format, e.Dose.Tempo); at.index >= len(e.Cues) || e.Cues[at.index] != want {
			t.Errorf("%s: cue %d is not %q among %q", id, at.index, want, e.Cues)
		}
	}
}

// statesTempo finds cues that give a rep's seconds ("count of 3", "2 s in").
var statesTempo = regexp.MustCompile(`count of \d|\d+(\.\d+)? ?s (in|out|up|down)\b|down for \d`)

// TestEveryTempoCueFollowsTheDose: a paced exercise's cue that names seconds of a rep is a tempo
// cue, and at another tempo it says that tempo's seconds, never the card's.
func TestEveryTempoCueFollowsTheDose(t *testing.T) {
	other := Tempo{Up: 4 * time.Second, Down: 2500 * time.Millisecond}
	for _, e := range Catalog() {
		if !e.Dose.Tempo.Paced() {
			continue
		}
		for i, c := range e.Cues {
			if !statesTempo.MatchString(c) {
				continue
			}
			if _, ok := tempoCues[e.ID]; !ok {
				t.Errorf("%s: cue %q states a tempo but has no entry in tempoCues", e.ID, c)
				continue
			}
			got := e.Cue(i, other)
			if got == c || !regexp.MustCompile(`\b4\b`).MatchString(got) || !regexp.MustCompile(`2\.5\b`).MatchString(got) {
				t.Errorf("%s at %v: cue %q, want it to say 4 and 2.5", e.ID, other, got)
			}
			if e.Cue(i, Tempo{}) != c || e.Cue(i, e.Dose.Tempo) != c {
				t.Errorf("%s: a tapped dose or the card's own tempo changed cue %q", e.ID, c)
			}
		}
	}
	heel, _ := Lookup("heel-raise")
	if got := heel.CuesFor(Tempo{Up: 3 * time.Second, Down: 3 * time.Second}); !slices.Contains(got, "Up for a slow count of 3, down for 3.") {
		t.Errorf("heel raise at 3s/3s: %q", got)
	}
}
