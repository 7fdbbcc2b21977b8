package ui

import (
	"testing"
	"time"

	"upright/exercises"
)

// BenchmarkPacedSecond is the work upright does for each second of a paced rep at 80x24 (heel
// raises, 3 s up and 3 s down): every tick's update, view and frame of changed cells, the figure
// moving with the tempo (figure) beside the same exercise under an id with no poses (plain).
// One op is one second of the set.
func BenchmarkPacedSecond(b *testing.B) {
	for _, c := range []struct{ name, id string }{{"figure", "heel-raise"}, {"plain", "heel-raise-no-figure"}} {
		b.Run(c.name, func(b *testing.B) {
			ex := mustExercise("heel-raise")
			ex.ID = c.id
			paced := exercises.Routine{ID: "bench", Name: "Bench", Items: []exercises.Item{{Exercise: ex,
				Dose: exercises.Dose{Sets: 1, Reps: 500, Tempo: exercises.Tempo{Up: 3 * time.Second, Down: 3 * time.Second}}}}}
			run := newBenchRun(b, paced)
			bytes, ticks := 0, 0
			for b.Loop() {
				second := run.h.clock.Now().Truncate(time.Second).Add(time.Second)
				for {
					n, restarted := run.tick()
					bytes, ticks = bytes+n, ticks+1
					if restarted || !run.h.clock.Now().Before(second) {
						break
					}
				}
			}
			b.ReportMetric(float64(bytes)/float64(b.N), "bytes/second")
			b.ReportMetric(float64(ticks)/float64(b.N), "frames/second")
		})
	}
}
