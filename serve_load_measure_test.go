package main

import (
	"fmt"
	"os"
	"runtime"
	"slices"
	"sync"
	"syscall"
	"time"

	"upright/session/record"
)

// What the load test measures, and how.

// saveTimes collects, through the server's save observer, each key's arrival and each set's save.
type saveTimes struct {
	mu    sync.Mutex
	keys  map[string][]time.Time
	sets  map[string]int // sets in the last checkpoint saved, per session
	lat   []time.Duration
	saves int
}

// saved times a checkpoint that added a set: from the key that ended it (the last tap of tapped
// reps) or, for a hold, its deadline (the set's CompletedAt), to now, on disk.
func (s *saveTimes) saved(rec record.Record, at time.Time) {
	s.mu.Lock()
	defer s.mu.Unlock()
	var newest record.SetResult
	count := 0
	for _, ex := range rec.Exercises {
		for _, set := range ex.Sets {
			count++
			if set.CompletedAt.After(newest.CompletedAt) {
				newest = set
			}
		}
	}
	if count <= s.sets[rec.ID] {
		return // the same sets saved again (a check-out note, a pause)
	}
	s.sets[rec.ID] = count
	start := newest.CompletedAt
	if newest.TargetReps > 0 && newest.TargetSeconds == 0 {
		for _, k := range slices.Backward(s.keys[rec.Profile]) {
			if !k.After(newest.CompletedAt) {
				start = k
				break
			}
		}
	}
	s.lat = append(s.lat, at.Sub(start))
	s.saves++
}

func (s *saveTimes) key(profile string, at time.Time) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.keys[profile] = append(s.keys[profile], at)
}

// loadBounds are the smallest N whose p99 save reached loadP99 (hi, 0 if none did) and the
// largest below it that stayed under (lo, 0 if none).
func loadBounds(done map[int]loadResult) (lo, hi int) {
	for n, r := range done {
		if r.p99 >= loadP99 && (hi == 0 || n < hi) {
			hi = n
		}
	}
	for n, r := range done {
		if r.p99 < loadP99 && n > lo && (hi == 0 || n < hi) {
			lo = n
		}
	}
	return lo, hi
}

// loadAverage is the machine's one-minute load average: how busy the neighbours are.
func loadAverage() float64 {
	var l float64
	if b, err := os.ReadFile("/proc/loadavg"); err == nil {
		_, _ = fmt.Sscanf(string(b), "%f", &l)
	}
	return l
}

// heapNow is the heap and stacks in use after a collection, in bytes.
func heapNow() uint64 {
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	return ms.HeapInuse + ms.StackInuse
}

// cpuNow is the process's user and system CPU time so far.
func cpuNow() time.Duration {
	var ru syscall.Rusage
	_ = syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
