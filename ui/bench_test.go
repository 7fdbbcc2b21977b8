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
	run := newBenchRun(b, hold)
	bytes := 0
	for b.Loop() {
		n, _ := run.tick()
		bytes += n
	}
	b.ReportMetric(float64(bytes)/float64(b.N), "bytes/second")
}

// benchRun drives a routine's active step at 80x24 the way the program does: each tick's update,
// the view, and the frame of changed cells the display would write. It starts the routine again,
// off the clock, when the step ends.
type benchRun struct {
	b       *testing.B
	routine exercises.Routine
	h       *harness
	next    tea.Msg
	screen  display.Screen
}

func newBenchRun(b *testing.B, r exercises.Routine) *benchRun {
	// Colours as a 256-colour terminal shows them: their escape sequences are part of the cost.
	lipgloss.SetColorProfile(termenv.ANSI256)
	b.Cleanup(func() { lipgloss.SetColorProfile(termenv.Ascii) })
	run := &benchRun{b: b, routine: r}
	run.start()
	return run
}

func (r *benchRun) start() {
	r.h = startRoutine(r.b, r.routine, func(o *Options) { o.Demo = true })
	r.h.send(keyEnter)
	r.h.untilPhase(session.PhaseActive)
	r.next, r.h.ticks = r.h.ticks[0], nil
	r.screen.Resize(80, 24)
	r.screen.Frame(r.h.m.View())
}

// tick handles one tick and returns the bytes its frame wrote, and whether the step ended (and
// the routine was started again).
func (r *benchRun) tick() (bytes int, restarted bool) {
	next, cmd := r.h.m.Update(r.next)
	r.h.m = next.(Model)
	r.next = nextTick(cmd)
	bytes = len(r.screen.Frame(r.h.m.View()))
	if r.next == nil {
		r.b.StopTimer()
		r.start()
		r.b.StartTimer()
		return bytes, true
	}
	return bytes, false
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
