package store

import (
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// TestTwoStoresShareTheFile: the app keeps its Store for the whole run; a report, history or
// routines command opened meanwhile reads and writes without "already open" (issue 16, item 10).
func TestTwoStoresShareTheFile(t *testing.T) {
	path := newDB(t)
	app := mustOpen(t, path)
	if err := app.FinishSession(record("ann", "a1", t0, "core")); err != nil {
		t.Fatal(err)
	}
	cli, err := Open(path, Options{ReadOnly: true})
	if err != nil {
		t.Fatalf("a read-only open while the app runs: %v", err)
	}
	defer cli.Close()
	if recs, _, err := cli.Sessions("ann", Query{}); err != nil || len(recs) != 1 {
		t.Fatalf("read while the app runs: %d, %v", len(recs), err)
	}
	other := mustOpen(t, path)
	if err := other.FinishSession(record("ann", "a2", t0.Add(time.Hour), "core")); err != nil {
		t.Fatalf("a second writer: %v", err)
	}
	if n, err := app.CountSince("ann", t0); err != nil || n != 2 {
		t.Fatalf("the app sees %d sessions, %v; want the other's too", n, err)
	}
}

// TestReaderBesideAWriter: another upright reading while this one saves and compacts waits its
// turn and never takes the file for damaged (issue 16 saw 61 of 144 tries fail).
func TestReaderBesideAWriter(t *testing.T) {
	path := newDB(t)
	w := mustOpen(t, path)
	twoProfiles(t, w)
	stop := make(chan struct{})
	var wg sync.WaitGroup
	var tries, failed atomic.Int64
	var mu sync.Mutex
	var firstErr error
	wg.Add(1)
	go func() {
		defer wg.Done()
		for {
			select {
			case <-stop:
				return
			default:
			}
			r, err := Open(path, Options{ReadOnly: true, Timeout: 5 * time.Second})
			if err == nil {
				_, _, err = r.Sessions("bob", Query{})
				if err == nil {
					var probs []Problem
					probs, err = r.Check()
					if len(probs) > 0 {
						err = fmt.Errorf("check: %v", probs)
					}
				}
				_ = r.Close()
			}
			tries.Add(1)
			if err != nil {
				failed.Add(1)
				mu.Lock()
				firstErr = cmpErr(firstErr, err)
				mu.Unlock()
			}
		}
	}()
	// Write until the reader has tried 30 times beside the writer (and at least 40 saves). The
	// app saves once a set, seconds apart; a writer saving back to back for ever would starve a
	// reader (flock is not fair), so every fifth save waits for the reader to finish a try.
	for i := 0; i < 40 || tries.Load() < 30; i++ {
		if i%5 == 4 {
			for seen := tries.Load(); tries.Load() == seen; {
				runtime.Gosched()
			}
		}
		if err := w.SaveCheckpoint(growing("bob", "live", i+1), nil); err != nil {
			t.Fatal(err)
		}
		if i%10 == 9 {
			name := fmt.Sprintf("tmp%d", i)
			if _, _, err := w.EnsureProfile(name, t0); err != nil {
				t.Fatal(err)
			}
			if err := w.DeleteProfile(name); err != nil { // compaction: the file is replaced
				t.Fatal(err)
			}
		}
	}
	close(stop)
	wg.Wait()
	if failed.Load() > 0 {
		t.Fatalf("%d of %d reads beside the writer failed; first: %v", failed.Load(), tries.Load(), firstErr)
	}
	t.Logf("%d reads beside the writer, none failed", tries.Load())
}

func cmpErr(first, err error) error {
	if first != nil {
		return first
	}
	return err
}
