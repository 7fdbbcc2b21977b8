package ui

import (
	"regexp"
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/muesli/termenv"

	"upright/exercises"
	"upright/exercises/figure"
	"upright/session"
)

// figureRoutine is a paced heel raise (3 s up, 3 s down) and then a plank hold.
func figureRoutine() exercises.Routine {
	return exercises.Routine{ID: "fig", Name: "Figures", GetReady: 3 * time.Second, Items: []exercises.Item{
		{Exercise: mustExercise("heel-raise"), Dose: exercises.Dose{Sets: 1, Reps: 2, Tempo: exercises.Tempo{Up: 3 * time.Second, Down: 3 * time.Second}}},
		{Exercise: mustExercise("plank"), Dose: exercises.Dose{Sets: 1, Hold: 20 * time.Second}},
	}}
}

// figureOf is the figure's dots on a frame: every Braille cell, in order.
func figureOf(view string) string {
	return strings.Map(func(r rune) rune {
		if r >= 0x2800 && r <= 0x28ff {
			return r
		}
		return -1
	}, view)
}

// frame is one tick of a session as a person sees it: when it came and what the figure showed.
type frame struct {
	at    time.Time
	phase session.Phase
	fig   string
	id    string
}

// runFrames delivers every tick of the routine, drawing after each as the program does, until
// the session leaves the screen.
func runFrames(t *testing.T, width, height int) []frame {
	h := startRoutine(t, figureRoutine(), func(o *Options) { o.Demo = true })
	h.deliver(tea.WindowSizeMsg{Width: width, Height: height})
	h.m.View()
	h.send(keyEnter)
	var out []frame
	for i := 0; h.screen() == screenSession && i < 2000; i++ {
		if len(h.ticks) == 0 {
			if h.phase() != session.PhaseBrief {
				break
			}
			h.send(keyEnter) // the next exercise's brief waits for its key
			continue
		}
		h.tick()
		if h.screen() != screenSession {
			break
		}
		out = append(out, frame{at: h.clock.Now(), phase: h.phase(), fig: figureOf(h.m.View()), id: h.eng().Step().Exercise.ID})
	}
	return out
}

// TestPacedFigureFollowsTempo checks that a paced rep's figure moves, no more than
// figure.MaxChangesPerSecond times a second, and that its ticks stop with the paced set: a hold
// after it wakes the program as often as it would with no figure.
func TestPacedFigureFollowsTempo(t *testing.T) {
	frames := runFrames(t, 80, 24)
	var paced, hold []frame
	for _, f := range frames {
		if f.phase != session.PhaseActive {
			continue
		}
		if f.id == "plank" {
			hold = append(hold, f)
		} else {
			paced = append(paced, f)
		}
	}
	if len(paced) == 0 || len(hold) == 0 {
		t.Fatalf("%d paced and %d hold frames", len(paced), len(hold))
	}
	changes := map[int]int{} // whole second of the set → figure changes in it
	for i := 1; i < len(paced); i++ {
		if paced[i].fig == "" {
			t.Fatalf("a paced frame at %v has no figure", paced[i].at.Sub(paced[0].at))
		}
		if paced[i].fig != paced[i-1].fig {
			changes[int(paced[i].at.Sub(paced[0].at)/time.Second)]++
		}
	}
	if len(changes) < 6 {
		t.Errorf("the figure changed in %d of the set's 12 seconds, want it to move throughout: %v", len(changes), changes)
	}
	ticks := map[int]int{} // whole second of the set → frames drawn in it
	for _, f := range paced[1:] {
		ticks[int(f.at.Sub(paced[0].at)/time.Second)]++
	}
	for sec, n := range ticks {
		if n > figure.MaxChangesPerSecond {
			t.Errorf("second %d: %d frames drawn, want at most %d", sec, n, figure.MaxChangesPerSecond)
		}
	}
	// The hold wakes the program exactly as often as it does with no figure, and its figure
	// stands still.
	var small int
	for _, f := range runFrames(t, 40, 12) {
		if f.phase == session.PhaseActive && f.id == "plank" {
			small++
		}
	}
	if small != len(hold) {
		t.Errorf("the hold ticks %d times with its figure, %d without", len(hold), small)
	}
	for _, f := range hold {
		if f.fig == "" || f.fig != hold[0].fig {
			t.Fatal("the held figure is missing or changes during the hold")
		}
	}
}

// TestNoFigureNoTicks checks that a terminal too small for the figure gets no figure and no
// figure ticks: the paced set wakes the program about once a second, not eight times.
func TestNoFigureNoTicks(t *testing.T) {
	count := func(frames []frame) (n int) {
		for _, f := range frames {
			if f.phase == session.PhaseActive && f.id == "heel-raise" {
				n++
			}
		}
		return n
	}
	small := runFrames(t, 40, 12)
	for _, f := range small {
		if f.fig != "" {
			t.Fatalf("a figure at 40x12 (phase %v)", f.phase)
		}
	}
	// 12 s of paced reps: its seconds and a cue flash or two without the figure, about eight
	// ticks a second with it.
	if n := count(small); n > 20 {
		t.Errorf("%d ticks in 12 s of paced reps at 40x12, want about one a second", n)
	}
	if n := count(runFrames(t, 80, 24)); n < 60 {
		t.Errorf("%d ticks in 12 s of paced reps at 80x24, want the figure's steps", n)
	}
}

// TestFigureSameInMonochrome checks that colour changes nothing in the figure: it is plain text,
// the same on a 256-colour terminal as with NO_COLOR, and no escape sequence sits inside it.
func TestFigureSameInMonochrome(t *testing.T) {
	view := func(profile termenv.Profile) string {
		// The styles are built for the terminal's colours when the program starts, as upright does.
		lipgloss.SetColorProfile(profile)
		defer lipgloss.SetColorProfile(termenv.Ascii)
		h := startRoutine(t, figureRoutine(), func(o *Options) { o.Demo = true })
		h.send(keyEnter) // the get-ready shows the starting pose
		return h.m.View()
	}
	plain, colour := view(termenv.Ascii), view(termenv.ANSI256)
	if !strings.Contains(colour, "\x1b[") {
		t.Fatal("the colour view has no colour: the test proves nothing")
	}
	if figureOf(plain) == "" || figureOf(plain) != figureOf(colour) {
		t.Errorf("the figure differs with colour:\n%s\n---\n%s", plain, colour)
	}
	if inside := regexp.MustCompile("[\u2800-\u28ff][^\n]*\x1b"); inside.MatchString(colour) {
		t.Errorf("an escape sequence inside the figure: %q", inside.FindString(colour))
	}
}
