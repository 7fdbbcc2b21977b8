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
	"upright/ui/kit/kittest"
)

// BenchmarkHoldSecond is the work upright does for each second of a hold at 80x24: the tick's
// update, the view, and the frame of changed cells the display writes. (The rest of a second's
// cost is the timer waking the process and the write itself: bench/countdown.sh measures those.)
func BenchmarkHoldSecond(b *testing.B) {
	hold := exercises.Routine{ID: "bench", Name: "Bench", Items: []exercises.Item{
		{Exercise: mustExercise("plank"), Dose: exercises.Dose{Sets: 1, Hold: 30 * time.Minute}},
	}}
	// Colours as a 256-colour terminal shows them: their escape sequences are part of the cost.
	lipgloss.SetColorProfile(termenv.ANSI256)
	b.Cleanup(func() { lipgloss.SetColorProfile(termenv.Ascii) })
	var h *harness
	var tick tea.Msg
	var screen display.Screen
	start := func() {
		h = startRoutine(b, hold, func(o *Options) { o.Demo = true })
		h.send(keyEnter)
		h.untilPhase(session.PhaseActive)
		tick, h.ticks = h.ticks[0], nil
		screen.Resize(80, 24)
		screen.Frame(h.m.View())
	}
	start()
	bytes := 0
	for b.Loop() {
		next, cmd := h.m.Update(tick)
		h.m = next.(Model)
		tick = nextTick(cmd)
		bytes += len(screen.Frame(h.m.View()))
		if tick == nil {
			b.StopTimer()
			start()
			b.StartTimer()
		}
	}
	b.ReportMetric(float64(bytes)/float64(b.N), "bytes/second")
}

// nextTick runs a hold second's command (the next tick, scheduled by the fake clock at once) and
// returns the tick it produces, or nil when the hold has ended.
func nextTick(cmd tea.Cmd) tea.Msg {
	if cmd == nil {
		return nil
	}
	switch msg := cmd().(type) {
	case kittest.Delayed:
		return msg.Msg
	case tea.BatchMsg:
		for _, c := range msg {
			if t := nextTick(c); t != nil {
				return t
			}
		}
	}
	return nil
}
