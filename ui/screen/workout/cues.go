package workout

import (
	"fmt"
	"os/exec"
	"strings"
	"sync"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"upright/exercises"
	"upright/session"
	"upright/ui/kit"
)

// flashLength is how long the screen stays highlighted after a cue.
const flashLength = 400 * time.Millisecond

// cueFor turns engine events into the bell, the flash and the spoken words they call for.
// It returns whether to flash, and the words to say (empty for none).
func cueFor(events []session.Event, step session.Step) (flash bool, words []string) {
	for _, ev := range events {
		switch ev.Kind {
		case session.EventCountdown:
			flash = true
		case session.EventPhaseEnded:
			flash = true
		case session.EventHalfway:
			if ev.Phase == session.PhaseActive {
				words = append(words, "halfway")
			}
		case session.EventSwitchSides:
			flash = true
			words = append(words, "switch sides")
		case session.EventPhaseStarted:
			switch ev.Phase {
			case session.PhaseActive:
				words = append(words, goWords(step))
			case session.PhaseRest:
				words = append(words, "rest")
			case session.PhaseBrief, session.PhaseGetReady, session.PhaseSwitchSides, session.PhaseDone:
			}
		case session.EventStageHeld:
			// The next stance starts on its own: the flash and the words tell the person to change feet.
			flash = true
			words = append(words, "held, next stance")
		case session.EventSessionDone:
			flash = true
			words = append(words, "well done, session complete")
		case session.EventRepCounted, session.EventSetSaved, session.EventExerciseStopped:
		}
	}
	return flash, words
}

// goWords is the spoken start of a set: "Plank, twenty seconds, go".
func goWords(st session.Step) string {
	name := st.Exercise.Name
	if i := strings.IndexAny(name, "("); i > 0 {
		name = strings.TrimSpace(name[:i])
	}
	switch {
	case st.Measure == exercises.MeasureHold:
		return fmt.Sprintf("%s, %d seconds, go", name, int(st.Target/time.Second))
	case st.Reps > 0:
		return fmt.Sprintf("%s, %d reps, go", name, st.Reps)
	default:
		return name + ", go"
	}
}

// ringBell writes the terminal bell; it runs as a command so Update never does I/O.
func ringBell(e *kit.Env) tea.Cmd {
	if e.Quiet {
		return nil
	}
	w := e.Bell
	return func() tea.Msg {
		_, _ = w.Write([]byte("\a"))
		return nil
	}
}

// speak says words through the system's speech program without blocking the screen.
func speak(e *kit.Env, words []string) tea.Cmd {
	if !e.Voice || len(words) == 0 {
		return nil
	}
	text := strings.Join(words, ". ")
	say := e.Speak
	if say == nil {
		say = systemSpeaker()
	}
	if say == nil {
		return nil
	}
	return func() tea.Msg {
		cues.say(say, text)
		return nil
	}
}

var (
	speakerOnce sync.Once
	speakerFunc func(string)
)

// SpeechProgram names the speech program --voice will use, or "" when none is installed.
func SpeechProgram() string {
	for _, p := range []string{"espeak-ng", "spd-say", "say"} {
		if _, err := exec.LookPath(p); err == nil {
			return p
		}
	}
	return ""
}

func systemSpeaker() func(string) {
	speakerOnce.Do(func() {
		prog := SpeechProgram()
		if prog == "" {
			return
		}
		speakerFunc = func(text string) {
			// One voice at a time (the cue queue), so cues never talk over each other; the UI
			// never waits for it.
			_ = exec.Command(prog, text).Run()
		}
	})
	return speakerFunc
}
