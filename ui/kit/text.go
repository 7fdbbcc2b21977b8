package kit

import (
	"fmt"
	"strings"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"

	"upright/exercises"
)

// Clean makes user text safe to draw: escape sequences are removed whole, tabs become spaces and
// exercises.CleanText drops control characters and bidi overrides, so nothing a person typed or a
// file carried can move the cursor or reorder text.
func Clean(s string) string {
	return exercises.CleanText(strings.ReplaceAll(ansi.Strip(s), "\t", " "))
}

// CleanKey drops control and bidi characters from typed and pasted text before any screen sees
// it, so no text input ever holds them: a text input draws its value as it is (issue 7: a note
// typed with U+202E reached the terminal).
func CleanKey(msg tea.Msg) tea.Msg {
	km, ok := msg.(tea.KeyMsg)
	if !ok || km.Type != tea.KeyRunes {
		return msg
	}
	km.Runes = []rune(Clean(string(km.Runes)))
	return km
}

// Clip shortens s to at most width cells, marking the cut with an ellipsis.
func Clip(s string, width int) string {
	if width <= 0 {
		return ""
	}
	if Within(s, width) {
		return s
	}
	return ansi.Truncate(s, width, "…")
}

// Within reports whether s takes at most width cells, measuring exactly only when the cheap
// bound says it may not: a countdown clips each of its lines every second.
func Within(s string, width int) bool { return !tooWide(s, width) }

// Wrap breaks plain text into lines of at most width cells.
func Wrap(s string, width int) []string {
	if width < 1 {
		return nil
	}
	var lines []string
	for _, para := range strings.Split(s, "\n") {
		w := ansi.Wrap(para, width, "")
		lines = append(lines, strings.Split(w, "\n")...)
	}
	for i := range lines {
		lines[i] = Clip(lines[i], width)
	}
	return lines
}

// Clock formats a duration as m:ss, rounded up so 0:00 shows only at the very end.
func Clock(d time.Duration) string {
	if d < 0 {
		d = 0
	}
	secs := int((d + time.Second - 1) / time.Second)
	return fmt.Sprintf("%d:%02d", secs/60, secs%60)
}

// Stopwatch formats elapsed time as m:ss, rounded down: a stopwatch never shows time not yet held.
func Stopwatch(d time.Duration) string {
	if d < 0 {
		d = 0
	}
	secs := int(d / time.Second)
	return fmt.Sprintf("%d:%02d", secs/60, secs%60)
}

// Plural spells a count with the right noun: "1 exercise", "4 exercises".
func Plural(n int, one, many string) string {
	if n == 1 {
		return fmt.Sprintf("%d %s", n, one)
	}
	return fmt.Sprintf("%d %s", n, many)
}

// Minutes spells an estimate such as "about 22 min".
func Minutes(d time.Duration) string {
	m := int((d + 30*time.Second) / time.Minute)
	if m < 1 {
		m = 1
	}
	return fmt.Sprintf("%d min", m)
}

// DoseText describes a prescribed dose the way a therapist says it: "3 sets × 20 s, per side".
func DoseText(it exercises.Item) string {
	sets, hold, reps, tempo := it.Dose.Sets, it.Dose.Hold, it.Dose.Reps, it.Dose.Tempo.String()
	var parts []string
	setWord := "sets"
	if sets == 1 {
		setWord = "set"
	}
	switch it.Exercise.Measure {
	case exercises.MeasureHold:
		parts = append(parts, fmt.Sprintf("%d %s × %s hold", sets, setWord, Seconds(hold)))
	case exercises.MeasureReps:
		s := fmt.Sprintf("%d %s × %d reps", sets, setWord, reps)
		if tempo != "" {
			s += ", paced " + tempo
		}
		parts = append(parts, s)
	case exercises.MeasureHoldReps:
		parts = append(parts, fmt.Sprintf("%d %s × %d reps, each held %s", sets, setWord, reps, Seconds(hold)))
	case exercises.MeasureMaxHold:
		parts = append(parts, fmt.Sprintf("%d %s, as long as you can (up to %s)", sets, setWord, Seconds(hold)))
	case exercises.MeasureStagedHolds:
		parts = append(parts, fmt.Sprintf("%s of %s each, until one is not held",
			exercises.Count(len(it.Exercise.Stages), "stance", "stances"), Seconds(hold)))
	case exercises.MeasureTimedReps:
		parts = append(parts, fmt.Sprintf("as many as you can in %s", Seconds(hold)))
	case exercises.MeasureStopwatch:
		parts = append(parts, fmt.Sprintf("%s (stops at %s)", exercises.Count(sets, "timed try", "timed tries"), Seconds(hold)))
	}
	if it.Exercise.Sided {
		parts = append(parts, "each side")
	}
	return strings.Join(parts, ", ")
}

// Seconds is a duration in the unit a person would say: "45 s", "2 min".
func Seconds(d time.Duration) string {
	if d >= time.Minute && d%time.Minute == 0 {
		return fmt.Sprintf("%d min", int(d/time.Minute))
	}
	if d >= time.Minute {
		return Clock(d)
	}
	return fmt.Sprintf("%d s", int(d/time.Second))
}

// StyleLines styles each line of a block on its own: lipgloss pads a multi-line block to its
// widest line, and those spaces would be written to the terminal on every change.
// Painted in one string, as the digits are styled every second.
func StyleLines(k Ink, block string) string {
	var b strings.Builder
	b.Grow(len(block) + (strings.Count(block, "\n")+1)*(len(k.open)+len(k.close)))
	for {
		l, rest, more := strings.Cut(block, "\n")
		if l != "" { // as Paint: an empty line stays empty
			b.WriteString(k.open)
			b.WriteString(l)
			b.WriteString(k.close)
		}
		if !more {
			return b.String()
		}
		b.WriteByte('\n')
		block = rest
	}
}
