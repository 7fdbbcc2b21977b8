package workout

import (
	"sync"
	"sync/atomic"
)

// cueQueue lets one cue speak at a time and drops the ones that are out of date: a cue waiting
// behind a slow speech program is skipped when a newer one was asked for meanwhile, so speech
// never announces a set the screen has already left.
type cueQueue struct {
	mu     sync.Mutex
	latest atomic.Int64
}

// say speaks text with speak after the cue speaking now, unless a newer cue comes before its turn.
func (q *cueQueue) say(speak func(string), text string) {
	n := q.latest.Add(1)
	q.mu.Lock()
	defer q.mu.Unlock()
	if q.latest.Load() != n {
		return // out of date: a newer cue waits, or has spoken
	}
	speak(text)
}

// cues is the program's one line of spoken cues: one voice at a time.
var cues cueQueue
