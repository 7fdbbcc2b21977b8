package workout

import (
	"runtime"
	"slices"
	"sync"
	"testing"
)

// A slow speech program: while the first cue speaks, two more are asked for; only the newest is
// spoken when the voice is free, the one in between being out of date.
func TestOutOfDateCuesAreDropped(t *testing.T) {
	var q cueQueue
	var mu sync.Mutex
	var spoken []string
	started, release := make(chan struct{}), make(chan struct{})
	speak := func(text string) {
		mu.Lock()
		spoken = append(spoken, text)
		mu.Unlock()
		if text == "set 1" {
			close(started)
			<-release
		}
	}
	var wg sync.WaitGroup
	call := func(text string, want int64) {
		wg.Add(1)
		go func() { defer wg.Done(); q.say(speak, text) }()
		for q.latest.Load() < want {
			runtime.Gosched()
		}
	}
	call("set 1", 1)
	<-started
	call("rest", 2)
	call("set 2", 3)
	close(release)
	wg.Wait()
	if want := []string{"set 1", "set 2"}; !slices.Equal(spoken, want) {
		t.Errorf("spoken %q, want %q (the rest cue was out of date)", spoken, want)
	}
}
