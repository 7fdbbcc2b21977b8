package ui

import (
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/muesli/termenv"

	"upright/exercises"
	"upright/session"
	"upright/ui/display"
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
			lipgloss.SetColorProfile(termenv.ANSI256)
			b.Cleanup(func() { lipgloss.SetColorProfile(termenv.Ascii) })
			var h *harness
			var tick tea.Msg
			var screen display.Screen
			start := func() {
				h = startRoutine(b, paced, func(o *Options) { o.Demo = true })
				h.send(keyEnter)
				h.untilPhase(session.PhaseActive)
				tick, h.ticks = h.ticks[0], nil
				screen.Resize(80, 24)
				screen.Frame(h.m.View())
			}
			start()
			bytes, ticks := 0, 0
			for b.Loop() {
				second := h.clock.Now().Truncate(time.Second).Add(time.Second)
				for tick != nil && h.clock.Now().Before(second) {
					next, cmd := h.m.Update(tick)
					h.m = next.(Model)
					tick = nextTick(cmd)
					bytes += len(screen.Frame(h.m.View()))
					ticks++
				}
				if tick == nil {
					b.StopTimer()
					start()
					b.StartTimer()
				}
			}
			b.ReportMetric(float64(bytes)/float64(b.N), "bytes/second")
			b.ReportMetric(float64(ticks)/float64(b.N), "frames/second")
		})
	}
}
