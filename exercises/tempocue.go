package exercises

import (
	"fmt"
	"strconv"
	"time"
)

// tempoCues are the cues that state a rep's tempo: which of the card's cues, and its words as a
// format taking the first and the second phase's seconds. The card's cue is the format at the
// catalog's tempo (a test holds the two together); a routine that sets another tempo gets the cue
// said at its own, so the words never contradict the pace the session keeps.
var tempoCues = map[string]tempoCueAt{
	"heel-raise":       {3, "Up for a slow count of %s, down for %s."},
	"mountain-climber": {3, "About %s s in, %s s out."},
}

// tempoCueAt is one exercise's tempo cue: its index among the card's cues, and its format. The
// index lets the cue line, drawn every second, pass every other cue without formatting anything.
type tempoCueAt struct {
	index  int
	format string
}

// Cue returns e's i-th cue as said for a dose paced at t: the cue that states the tempo says t's
// seconds; every other cue, and every cue of a tapped dose (the zero Tempo, where the person
// keeps the card's pace), is the card's own. This is the one rule for a cue that names a tempo.
func (e Exercise) Cue(i int, t Tempo) string {
	c := e.Cues[i]
	at, ok := tempoCues[e.ID]
	if !ok || i != at.index || !t.Paced() || t == e.Dose.Tempo || c != tempoCue(at.format, e.Dose.Tempo) {
		return c
	}
	return tempoCue(at.format, t)
}

// CuesFor returns all of e's cues as Cue says them for a dose paced at t.
func (e Exercise) CuesFor(t Tempo) []string {
	out := make([]string, len(e.Cues))
	for i := range e.Cues {
		out[i] = e.Cue(i, t)
	}
	return out
}

func tempoCue(format string, t Tempo) string {
	return fmt.Sprintf(format, seconds(t.Up), seconds(t.Down))
}

// seconds spells a phase's length as a plain number of seconds ("3", "2.5").
func seconds(d time.Duration) string { return strconv.FormatFloat(d.Seconds(), 'f', -1, 64) }
