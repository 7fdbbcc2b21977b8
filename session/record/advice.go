package record

import (
	"errors"
	"fmt"
	"time"
)

// Advice is what the app tells the user after a check-in or a pain report.
type Advice struct {
	// Stop means do not exercise (any more) today; Urgent means get help now.
	Stop   bool
	Urgent bool
	// GentleDay advises posture and breathing only, or rest, today (check-in pain 7/10 or more):
	// the screens say so before the first exercise.
	GentleDay bool
	// NoBalanceProgression is set after a fall at check-in: balance and leg progressions are not
	// offered that day (progress.Suggestions reads the fall from the stored check-in).
	NoBalanceProgression bool
	Title                string
	Lines                []string
}

// The advice texts. The app never says "work through" back pain: new or sharp back pain can be a
// spine fracture.
const (
	titleUrgent   = "Stop and get help now"
	titleCallSoon = "Stop and call your doctor or therapist soon"
	titleReady    = "Ready to start"
	titleCheck    = "Check your answers"
	titleGentle   = "Take a gentle day"
	lineUrgent    = "Do not exercise today. Call your local emergency number, or ask someone to get help for you."
	lineCallSoon  = "Do not exercise today. Call your doctor or physical therapist soon and tell them what you noticed."
	lineFracture  = "Sudden new back pain, especially at one spot and eased by lying down, can be a spine fracture."
	lineFall      = "You had a fall or a near-fall: keep a hand on a counter in balance exercises, and tell your therapist. Balance exercises stay at their current level today."
	lineMorning   = "The morning after last session felt worse: consider an easier session today; the exercises of that session are stepped back."
	lineHighPain  = "Your pain is above 5 out of 10: keep every movement small and gentle, and stop if it rises."
	lineGentle    = "Your pain is 7 out of 10 or more: today do only gentle posture and breathing exercises, or rest. If it does not ease, call your doctor or therapist."
)

// ErrOutOfRange is wrapped by the Validate methods.
var ErrOutOfRange = errors.New("out of range")

// Validate checks a check-in: pain 0–10 and known red-flag ids.
func (c Checkin) Validate() error {
	if c.Pain < 0 || c.Pain > 10 {
		return fmt.Errorf("check-in pain %d, want 0–10: %w", c.Pain, ErrOutOfRange)
	}
	for _, id := range c.RedFlags {
		if redFlag(id) == nil {
			return fmt.Errorf("check-in red flag %q is unknown: %w", id, ErrOutOfRange)
		}
	}
	switch c.Morning {
	case MorningNotAsked, MorningBetter, MorningSame, MorningWorse:
	default:
		return fmt.Errorf("check-in morning %q, want better, same or worse: %w", c.Morning, ErrOutOfRange)
	}
	return nil
}

// Validate checks a check-out: pain and effort 0–10, and every report naming an exercise.
func (co Checkout) Validate() error {
	if co.Pain < 0 || co.Pain > 10 {
		return fmt.Errorf("check-out pain %d, want 0–10: %w", co.Pain, ErrOutOfRange)
	}
	if co.Effort < 0 || co.Effort > 10 {
		return fmt.Errorf("check-out effort %d, want 0–10: %w", co.Effort, ErrOutOfRange)
	}
	for _, rep := range co.Reports {
		if rep.Exercise == "" {
			return fmt.Errorf("check-out report without an exercise: %w", ErrOutOfRange)
		}
	}
	return nil
}

func redFlag(id string) *RedFlag {
	for i := range RedFlags {
		if RedFlags[i].ID == id {
			return &RedFlags[i]
		}
	}
	return nil
}

// The pain-monitoring model's numbers (Silbernagel 2007): pain during exercise up to PainCeiling
// is acceptable if it settles; a rise of PainRiseStop over the check-in value stops the exercise;
// check-in pain of GentleDayPain or more advises a gentle day.
const (
	PainCeiling   = 5
	PainRiseStop  = 2
	GentleDayPain = 7
)

// EvaluateCheckin turns a check-in into advice: an urgent red flag stops the session with "get
// help now"; another red flag, or new back pain, stops it with "call soon"; pain of 7/10 or more
// advises a gentle day (posture and breathing only, or rest) before the first exercise; a fall
// adds a caution and blocks balance progressions today; a worse morning after or pain above 5 add
// a caution line.
func EvaluateCheckin(c Checkin) Advice {
	if err := c.Validate(); err != nil {
		return Advice{Stop: true, Title: titleCheck, Lines: []string{err.Error()}}
	}
	var urgent, soon []string
	for _, id := range c.RedFlags {
		f := redFlag(id)
		if f.Urgent {
			urgent = append(urgent, f.Text+".")
		} else {
			soon = append(soon, f.Text+".")
		}
	}
	switch {
	case len(urgent) > 0:
		return Advice{Stop: true, Urgent: true, Title: titleUrgent, Lines: append(append(urgent, soon...), lineUrgent)}
	case len(soon) > 0 || c.NewPain:
		lines := soon
		if c.NewPain {
			lines = append(lines, lineFracture)
		}
		return Advice{Stop: true, Title: titleCallSoon, Lines: append(lines, lineCallSoon)}
	}
	a := Advice{Title: titleReady}
	if c.Pain >= GentleDayPain {
		a.Title, a.GentleDay = titleGentle, true
		a.Lines = append(a.Lines, lineGentle)
	}
	if c.Fall {
		a.NoBalanceProgression = true
		a.Lines = append(a.Lines, lineFall)
	}
	if c.Morning == MorningWorse {
		a.Lines = append(a.Lines, lineMorning)
	}
	if c.Pain > PainCeiling && c.Pain < GentleDayPain {
		a.Lines = append(a.Lines, lineHighPain)
	}
	return a
}

// CheckinFlags are the record flags a check-in raises: one per red flag, and a fall.
func CheckinFlags(c Checkin, now time.Time) []Flag {
	flags := []Flag{}
	for _, id := range c.RedFlags {
		detail := id
		if f := redFlag(id); f != nil {
			detail = f.Text
		}
		flags = append(flags, Flag{Kind: FlagRedFlag, At: now, Detail: detail})
	}
	if c.Fall {
		flags = append(flags, Flag{Kind: FlagFall, At: now, Detail: "a fall or near-fall since the last session"})
	}
	return flags
}

// CheckoutFlags are the record flags a check-out raises: sharp pain, dizziness and loss of
// balance, each with the exercise that caused it.
func CheckoutFlags(co Checkout, now time.Time) []Flag {
	flags := []Flag{}
	marked := false
	for _, rep := range co.Reports {
		marked = marked || rep.SharpPain || rep.Dizziness || rep.BalanceLoss
		if rep.SharpPain {
			flags = append(flags, Flag{Kind: FlagSharpPain, Exercise: rep.Exercise, At: now, Detail: "sharp pain reported at check-out"})
		}
		if rep.Dizziness {
			flags = append(flags, Flag{Kind: FlagDizziness, Exercise: rep.Exercise, At: now, Detail: "dizziness reported at check-out"})
		}
		if rep.BalanceLoss {
			flags = append(flags, Flag{Kind: FlagBalanceLoss, Exercise: rep.Exercise, At: now, Detail: "loss of balance reported at check-out"})
		}
	}
	if co.Problem && !marked {
		flags = append(flags, Flag{Kind: FlagUnspecified, At: now,
			Detail: "sharp pain, dizziness or loss of balance reported at check-out (no exercise marked)"})
	}
	return flags
}
