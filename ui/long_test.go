package ui

import (
	"runtime"
	"slices"
	"testing"
	"time"

	"upright/exercises"
	"upright/session"
)

// twoHourRoutine is 12 holds of 10 minutes (one sided exercise among them), rests of 30 s: a bit
// over two hours of session, driven tick by tick.
func twoHourRoutine() exercises.Routine {
	r := exercises.Routine{ID: "long", Name: "Two hours", GetReady: 5 * time.Second, Rest: 30 * time.Second}
	for _, id := range []string{"plank", "wall-sit", "chest-stretch", "calf-stretch"} {
		r.Items = append(r.Items, exercises.Item{Exercise: mustExercise(id),
			Dose: exercises.Dose{Sets: 3, Hold: 10 * time.Minute}})
	}
	return r
}

// TestTwoHourSessionFlatMemoryExactHolds drives a two-hour routine through the root model with
// the fake clock: the heap, sampled after a GC every simulated 10 minutes, must not grow with the
// ticks, and every hold must record exactly its target.
func TestTwoHourSessionFlatMemoryExactHolds(t *testing.T) {
	h := startRoutine(t, twoHourRoutine(), nil)
	start := h.clock.Now()
	var samples []uint64
	nextSample := start.Add(10 * time.Minute)
	ticks := 0
	// Within one 10-minute hold nothing is saved and nothing should be kept: the heap one minute
	// in and one minute before the end show whether a tick leaves anything behind.
	var inHold []int64
	var holdFrom uint64
	measured := false
	for h.screen() == screenSession {
		switch {
		case h.phase() == session.PhaseBrief:
			h.send(keyEnter)
		case len(h.ticks) > 0:
			h.tick()
			ticks++
			if h.screen() != screenSession || h.phase() != session.PhaseActive {
				holdFrom, measured = 0, false
				break
			}
			switch el := h.eng().Elapsed(h.clock.Now()); {
			case el >= time.Minute && holdFrom == 0 && !measured:
				holdFrom = heapAfterGC()
			case el >= 9*time.Minute && holdFrom != 0:
				inHold = append(inHold, int64(heapAfterGC())-int64(holdFrom))
				holdFrom, measured = 0, true
			}
		default:
			t.Fatalf("no tick pending in phase %v at %v", h.phase(), h.clock.Now().Sub(start))
		}
		if now := h.clock.Now(); !now.Before(nextSample) {
			samples = append(samples, heapAfterGC())
			nextSample = nextSample.Add(10 * time.Minute)
		}
		if ticks > 100_000 {
			t.Fatal("the session never ended")
		}
	}
	length := h.clock.Now().Sub(start)
	if length < 2*time.Hour {
		t.Fatalf("the session lasted %v, want at least two hours", length)
	}
	t.Logf("%v simulated, %d ticks, heap every 10 min (KiB): %v", length, ticks, kib(samples))

	t.Logf("heap growth over 8 minutes of each hold (bytes): %v", inHold)
	if len(inHold) != 15 {
		t.Fatalf("measured %d holds, want 15", len(inHold))
	}
	// A leak shows in every hold; a warming cache (or the race detector's own memory) in one or
	// two. Over 480 ticks, a leak of 8 bytes a tick would put the median at 3.8 KiB.
	sorted := slices.Clone(inHold)
	slices.Sort(sorted)
	if median := sorted[len(sorted)/2]; median > 2<<10 {
		t.Errorf("the heap grew by a median %d bytes over 8 minutes of a hold's ticks", median)
	}
	// Across the session the record and the fake store's copies of each checkpoint grow with
	// every set (15 sets); nothing else may: 256 KiB over the 20-minute sample is far above that.
	base := samples[1]
	for i, s := range samples[1:] {
		if s > base+256<<10 {
			t.Errorf("heap at %d min is %d KiB, %d KiB above the 20-minute sample", (i+2)*10, s>>10, (s-base)>>10)
		}
	}

	_, finished := h.store.Snapshot()
	cps, _ := h.store.Snapshot()
	rec := cps[len(cps)-1]
	if len(finished) > 0 {
		rec = finished[len(finished)-1]
	}
	sets := 0
	for _, ex := range rec.Exercises {
		for _, s := range ex.Sets {
			sets++
			if s.HeldSeconds != 600 || s.TargetSeconds != 600 || s.EndedEarly || s.PausedSeconds != 0 {
				t.Errorf("%s set %d %s: held %v of %v (ended early %v, paused %v)", ex.ID, s.Set, s.Side,
					s.HeldSeconds, s.TargetSeconds, s.EndedEarly, s.PausedSeconds)
			}
		}
	}
	if want := 4*3 + 3; sets != want { // calf stretch is sided: three more holds
		t.Errorf("%d holds recorded, want %d", sets, want)
	}
}

func heapAfterGC() uint64 {
	runtime.GC()
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	return ms.HeapAlloc
}

func kib(b []uint64) []uint64 {
	out := make([]uint64, len(b))
	for i, v := range b {
		out[i] = v >> 10
	}
	return out
}
