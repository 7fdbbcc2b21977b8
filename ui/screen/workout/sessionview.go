package workout

import (
	"fmt"
	"strings"
	"time"

	"github.com/charmbracelet/lipgloss"

	"upright/exercises"
	analytics "upright/progress"
	"upright/session"
	"upright/ui/kit"
)

// cueEvery is how long each form cue stays on screen before the next one.
const cueEvery = 6 * time.Second

// tinyHeight is the height under which a step's title keeps to one line.
const tinyHeight = 8

// barWidth caps the progress bar: wide enough to see move, narrow enough to cost little to redraw.
const barWidth = 30

// View draws the session screen for its phase. It reads the engine; it changes nothing.
func (s sessionModel) View(width, height int) string {
	if s.checkout != nil {
		return s.checkout.View(width, height)
	}
	st := s.env.Styles
	if s.confirmQuit {
		said := "Every set you finished is kept, and the session is saved as partial."
		switch {
		case s.env.Active().Demo:
			said = "This is a demonstration: nothing from it is stored."
		case s.saveErr != "":
			// The last save failed: nothing may claim the sets are on disk.
			said = "Your last sets could not be saved yet. Quitting tries to save the session once more, and says so if it cannot."
		}
		return kit.Page(st, width, height, "Quit this session?",
			kit.Paragraph(st.Text, said, width), st.MutedInk.Render("y: quit   n: carry on"))
	}
	if s.stop != nil {
		return s.stopView(width, height)
	}
	if s.pain.active {
		return s.pain.View(st, width, height)
	}
	if s.eng == nil {
		return ""
	}
	if s.eng.Phase() == session.PhaseBrief {
		return s.briefWithFigure(width, height)
	}
	if s.presenting(width, height) && width >= kit.CompactWidth && height >= kit.CompactHeight {
		return s.presenterFigure(width, height)
	}
	return s.withFigure(s.timerView(width, height), width, height)
}

// briefParts are the brief's blocks of text, each laid out for a width, and which of them is the
// where-line and dose.
func (s sessionModel) briefParts() (parts []func(w int) string, counted int) {
	st := s.env.Styles
	step := s.eng.Step()
	ex := step.Exercise
	item := s.eng.Plan().Routine.Items[step.Item]
	dose := kit.DoseText(item) + therapistDose(s.env, ex.ID)
	parts = []func(w int) string{func(w int) string { return kit.SpineNote(s.env, ex, w) }}
	if ex.Status.Flagged() {
		parts = append(parts, paragraph(st.Caution, kit.Caution(ex)))
	}
	counted = len(parts)
	parts = append(parts,
		func(w int) string {
			inner := w - 2
			if w < kit.CompactWidth {
				inner = w
			}
			// The same where-line as every step, with the exercise's kind where it fits beside it.
			where := s.where(inner)
			if kind := where + " · " + ex.Category.String(); lipgloss.Width(kind) <= inner {
				where = kind
			}
			return st.Muted.Render(where) + "\n" + kit.Paragraph(st.Accent, dose, w)
		},
		paragraph(st.Text, ex.Description), func(w int) string { return kit.Bullets(st.Text, ex.CuesFor(step.Tempo), w) },
		paragraph(st.Warn, "Safety: "+ex.Safety))
	for _, extra := range []struct {
		st   lipgloss.Style
		text string
	}{{st.Accent, s.result}, {st.Warn, s.notice}, {st.Text, s.effortNow()}, {st.Error, s.saveErr}} {
		if extra.text != "" {
			parts = append(parts, paragraph(extra.st, extra.text))
		}
	}
	return append(parts, paragraph(st.Muted, "Press enter or space when you are in position.")), counted
}

// briefView lays the brief's parts out at width, except the parts from the from-th to before
// the to-th, which are wrapped to narrow: a figure beside them gets the columns that frees.
func (s sessionModel) briefView(parts []func(w int) string, width, height, narrow, from, to int) string {
	blocks := make([]string, len(parts))
	for i, part := range parts {
		if i >= from && i < to {
			blocks[i] = part(narrow)
		} else {
			blocks[i] = part(width)
		}
	}
	return kit.Page(s.env.Styles, width, height, s.eng.Step().Exercise.Name, blocks...)
}

func paragraph(st lipgloss.Style, text string) func(w int) string {
	return func(w int) string { return kit.Paragraph(st, text, w) }
}

// timerView is every timed phase: a big number, its plain-text twin, a bar, and what comes next.
func (s sessionModel) timerView(width, height int) string {
	st := s.env.Styles
	now := s.at
	label, big, plain, fraction := s.display(now)
	if s.eng.Paused() {
		label = "PAUSED — press p to resume"
	}
	labelInk := s.labelInk()
	if height < kit.CompactHeight || width < kit.CompactWidth {
		lines := inkLines(st.MutedInk, s.title(), width)
		if height < tinyHeight {
			// So few rows that the phase and the set's result come before the whole name, which
			// the brief showed whole.
			lines = []string{st.MutedInk.Render(kit.Clip(s.title(), width))}
		}
		lines = append(append(lines, st.MutedInk.Render(s.where(width))), inkLines(labelInk, label, width)...)
		lines = append(lines, s.effortLines(width)...)
		if r := s.resultLine(width); r != "" {
			lines = append(lines, st.AccentInk.Render(kit.Clip(r, width)))
		}
		rest := s
		if s.result != "" {
			// A test's result and what it means come first on a small terminal, in place of the
			// big digits: the countdown's plain line still says the time.
			lines = append(lines, strings.Split(kit.Paragraph(st.Accent, s.result, width), "\n")...)
			rest.result = ""
		} else if kit.BigScaleFor(big, width, height-len(lines)-1) > 0 {
			// Digits only whole: with the plain line under them, in the rows the lines above leave.
			lines = append(lines, kit.StyleLines(st.BigInk, kit.RenderBig(big, 1)))
		}
		plainLines := inkLines(st.BigInk, plain, width)
		lines = append(lines, plainLines...)
		// The bar, cue and what comes next are below; the root scrolls to them on a small terminal.
		lines = append(lines, rest.footLines(plain, fraction, width, st.MutedInk)[len(plainLines):]...)
		return strings.Join(lines, "\n")
	}
	top := inkLines(st.TitleInk, s.title(), width-2)
	top = append(append(top, st.MutedInk.Render(s.where(width-2))), inkLines(labelInk, label, width-2)...)
	top = append(top, s.effortLines(width)...)
	if r := s.resultLine(width - 2); r != "" {
		top = append(top, st.AccentInk.Render(kit.Clip(r, width-2)))
	}
	bottom := s.footLines(plain, fraction, width-2, st.MutedInk)
	// Five-row digits at ordinary sizes; larger only on a large terminal or in the presenter view,
	// since every row of digits that changes is written to the terminal again each second.
	maxScale := 1
	if width >= presenterWidth && height >= presenterHeight {
		maxScale = 2
	}
	middle := s.digits(big, plain, width-2, height-len(top)-len(bottom)-2, maxScale)
	body := append(append(top, "", middle, ""), bottom...)
	return kit.Page(st, width, height, "", strings.Join(body, "\n"))
}

// labelInk highlights the phase label for a moment after a cue.
func (s sessionModel) labelInk() kit.Ink {
	if s.flashUntil.After(s.at) {
		return s.env.Styles.FlashInk
	}
	return s.env.Styles.SubtitleInk
}

// footLines are the lines under the digits: the value in plain text, the bar, the cue, what comes
// next, and any notice or save failure — the same in the ordinary and the presenter view.
func (s sessionModel) footLines(plain string, fraction float64, width int, cueInk kit.Ink) []string {
	st := s.env.Styles
	lines := append(inkLines(st.TextInk, plain, width), s.bar(fraction, width))
	lines = append(lines, inkLines(cueInk, s.cueLine(s.at), width)...)
	lines = append(lines, inkLines(st.MutedInk, s.nextLine(), width)...)
	if s.result != "" {
		// Whole, wrapped: it is the result. One entry a line, so the digits above make room for it.
		lines = append(lines, strings.Split(kit.Paragraph(st.Accent, s.result, width), "\n")...)
	}
	lines = append(lines, inkLines(st.WarnInk, s.notice, width)...)
	return append(lines, inkLines(st.ErrorInk, s.saveErr, width)...)
}

// display is what the big number shows for the phase: a label, the big text, its plain twin,
// and how far through the phase we are (0–1) for the bar.
func (s sessionModel) display(now time.Time) (label, big, plain string, fraction float64) {
	eng := s.eng
	step := eng.Step()
	remaining := eng.Remaining(now)
	length := eng.PhaseLength()
	fraction = done(length-remaining, length)
	switch eng.Phase() {
	case session.PhaseGetReady:
		return "Get ready", kit.Clock(remaining), "Starting in " + kit.Clock(remaining), fraction
	case session.PhaseSwitchSides:
		return "Switch sides — " + step.Side + " side next", kit.Clock(remaining), "Switch sides: " + kit.Clock(remaining), fraction
	case session.PhaseRest:
		return "Rest", kit.Clock(remaining), "Rest " + kit.Clock(remaining) + " left", fraction
	case session.PhaseActive:
		return s.activeDisplay(now)
	case session.PhaseBrief, session.PhaseDone:
	}
	return "", "", "", 0
}

func (s sessionModel) activeDisplay(now time.Time) (label, big, plain string, fraction float64) {
	if label, big, plain, fraction, ok := s.testDisplay(now); ok {
		return label, big, plain, fraction
	}
	eng := s.eng
	step := eng.Step()
	switch {
	case step.Measure == exercises.MeasureHold:
		rem := eng.Remaining(now)
		return "Hold", kit.Clock(rem), fmt.Sprintf("%s left of %s", kit.Clock(rem), kit.Clock(step.Target)), done(step.Target-rem, step.Target)
	case step.Measure == exercises.MeasureMaxHold:
		el := eng.Elapsed(now)
		return "Hold as long as you can — space to stop", kit.Stopwatch(el),
			fmt.Sprintf("%s held (stops at %s)%s", kit.Stopwatch(el), kit.Clock(step.Target), s.normText()), done(el, step.Target)
	case step.Tapped():
		n := eng.Reps()
		return "Tap space for each rep", fmt.Sprintf("%d/%d", n, step.Reps), fmt.Sprintf("%d / %d reps", n, step.Reps),
			float64(n) / float64(max(step.Reps, 1))
	}
	pace := eng.Pace(now)
	n := eng.Reps()
	phase := "Release"
	if step.Measure != exercises.MeasureHoldReps {
		phase = phaseWord(step.Exercise, pace.Up)
	} else if pace.Up {
		phase = "Hold"
	}
	label = fmt.Sprintf("%s  %s  (rep %d of %d)", phase, kit.Clock(pace.PhaseRemaining), pace.Rep, step.Reps)
	return label, fmt.Sprintf("%d/%d", n, step.Reps), fmt.Sprintf("%d / %d reps · %s", n, step.Reps, phase),
		done(pace.PhaseLength-pace.PhaseRemaining, pace.PhaseLength)
}

func done(part, whole time.Duration) float64 {
	if whole <= 0 {
		return 0
	}
	f := float64(part) / float64(whole)
	return min(max(f, 0), 1)
}

// cueLine cycles through the exercise's form cues, one every few seconds.
func (s sessionModel) cueLine(now time.Time) string {
	step := s.eng.Step()
	n := len(step.Exercise.Cues)
	if n == 0 || s.eng.Phase() == session.PhaseRest {
		return ""
	}
	i := int(s.eng.Elapsed(now)/cueEvery) % n
	return "Cue: " + step.Exercise.Cue(i, step.Tempo)
}

func (s sessionModel) normText() string {
	if s.env.Active().AgeBand == "" {
		return ""
	}
	return " · typical for " + s.env.Active().AgeBand + ": " + stanceNorm(s.env.Active().AgeBand)
}

// stanceNorm names the published single-leg stance means for an age band.
func stanceNorm(band string) string {
	age, ok := analytics.ParseAgeBand(band)
	if !ok {
		return "unknown"
	}
	var parts []string
	for _, n := range analytics.StanceNorms(age) {
		parts = append(parts, fmt.Sprintf("%.0f s", n.MeanSeconds))
	}
	if len(parts) == 0 {
		return "no published norm"
	}
	return strings.Join(parts, " to ")
}
