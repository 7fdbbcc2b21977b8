package session

import (
	"errors"
	"fmt"
	"slices"
	"time"
)

// Advice is what the app tells the user after a check-in or a pain report.
type Advice struct {
	// Stop means do not exercise (any more) today; Urgent means get help now.
	Stop   bool
	Urgent bool
	Title  string
	Lines  []string
}

// The advice texts, from EXERCISES.md. The app never says "work through" back pain.
const (
	titleUrgent   = "Stop and get help now"
	titleCallSoon = "Stop and call your doctor or therapist soon"
	titleReady    = "Ready to start"
	titleCheck    = "Check your answers"
	lineUrgent    = "Do not exercise today. Call your local emergency number, or ask someone to get help for you."
	lineCallSoon  = "Do not exercise today. Call your doctor or physical therapist soon and tell them what you noticed."
	lineFracture  = "Sudden new back pain, especially at one spot and eased by lying down, can be a spine fracture."
	lineFall      = "You had a fall or a near-fall: keep a hand on a counter in balance exercises, and tell your therapist."
	lineMorning   = "The morning after last session felt worse: consider an easier session today."
	lineHighPain  = "Your pain is above 5 out of 10: keep every movement small and gentle, and stop if it rises."
	linePainStop  = "New, sharp or rising back pain: stop this exercise. Call your doctor or physical therapist soon."
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

// EvaluateCheckin turns a check-in into advice: an urgent red flag stops the session with "get
// help now"; another red flag, or new back pain, stops it with "call soon"; a fall, a worse
// morning after or pain above 5 add a caution line.
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
	if c.Fall {
		a.Lines = append(a.Lines, lineFall)
	}
	if c.Morning == MorningWorse {
		a.Lines = append(a.Lines, lineMorning)
	}
	if c.Pain > 5 {
		a.Lines = append(a.Lines, lineHighPain)
	}
	return a
}

// PainAdvice is the advice shown when a pain report stops an exercise.
func PainAdvice() Advice {
	return Advice{Stop: true, Title: titleCallSoon, Lines: []string{linePainStop}}
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
	for _, rep := range co.Reports {
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
	return flags
}

// StoppedRecord is the record of a session stopped at check-in by a red flag: nothing was done.
func StoppedRecord(plan Plan, meta Meta, now time.Time) Record {
	s := New(plan, meta, now)
	s.rec.Status = StatusStopped
	s.rec.EndedAt = now
	s.finished = true
	return s.Record()
}

// ReportPain takes a pain report during the session. Pain 2 or more above the check-in value, or
// sharp pain, stops the exercise under way (in a rest, the one just done): its remaining sets are
// kept marked skipped, the record is flagged, the next exercise's brief follows, and Reason
// carries the call-soon advice. Milder pain changes nothing.
func (s *Session) ReportPain(now time.Time, pain int, sharp bool) Result {
	r := s.prepare(now)
	switch {
	case pain < 0 || pain > 10:
		return r.fail("pain must be 0–10")
	case s.finished:
		return r.fail(s.blocked())
	case pain < s.rec.Checkin.Pain+2 && !sharp:
		return r.done()
	}
	k := s.cursor
	switch s.phase {
	case PhaseRest, PhaseSwitchSides, PhaseDone:
		k--
	case PhaseBrief, PhaseGetReady, PhaseActive:
	}
	if k < 0 {
		return r.done() // nothing was done yet to stop
	}
	st := s.plan.Steps[k]
	flag := Flag{Kind: FlagPainRise, Exercise: st.Exercise.ID, At: now,
		Detail: fmt.Sprintf("pain %d/10 during %s (%d at check-in)", pain, st.Exercise.Name, s.rec.Checkin.Pain)}
	if sharp {
		flag.Kind = FlagSharpPain
		flag.Detail = fmt.Sprintf("sharp pain (%d/10) during %s", pain, st.Exercise.Name)
	}
	s.rec.Flags = append(s.rec.Flags, flag)
	s.stopped[st.Item] = true
	r.emit(Event{Kind: EventExerciseStopped, Phase: s.phase, Step: k})
	if s.paused {
		s.unpause(now)
	}
	switch {
	case s.cursor < len(s.plan.Steps) && s.plan.Steps[s.cursor].Item == st.Item:
		s.skipItem(now, &r)
	case s.phase == PhaseRest:
		s.enterStep(now, &r) // the rest after the stopped exercise's last set gives way to the next brief
	}
	r = r.done()
	r.Reason = linePainStop
	return r
}

// unpause ends a pause at now, accounting for it as Resume does.
func (s *Session) unpause(now time.Time) {
	d := max(now.Sub(s.pausedAt), 0)
	s.phasePaused += d
	if s.phase == PhaseGetReady || s.phase == PhaseSwitchSides || s.phase == PhaseActive {
		s.stepPaused += d
	}
	s.paused = false
}

// Finish ends the session with the check-out answers (nil when skipped) and returns the final
// record: completed when every set was done, none skipped or ended early; partial otherwise.
// A set still under way is not kept. Check-out flags are added to the record.
func (s *Session) Finish(now time.Time, co *Checkout) Record {
	if s.finished {
		return s.Record()
	}
	var r Result
	s.advance(now, &r)
	s.rec.Status = StatusCompleted
	if !s.complete() {
		s.rec.Status = StatusPartial
	}
	if co != nil {
		c := *co
		c.Reports = slices.Clone(c.Reports)
		s.rec.Checkout = &c
		s.rec.Flags = append(s.rec.Flags, CheckoutFlags(c, now)...)
	}
	s.end(now)
	return s.Record()
}

// Abandon ends the session early: what is done is kept, and the record is partial.
func (s *Session) Abandon(now time.Time) Record {
	if s.finished {
		return s.Record()
	}
	var r Result
	s.advance(now, &r)
	s.rec.Status = StatusPartial
	s.end(now)
	return s.Record()
}

func (s *Session) end(now time.Time) {
	s.rec.EndedAt = now
	s.finished = true
	s.paused = false
	s.phase = PhaseDone
}

// complete reports whether every step has a result that was neither skipped nor ended early.
func (s *Session) complete() bool {
	for k := range s.plan.Steps {
		if !s.has[k] || s.results[k].Skipped || s.results[k].EndedEarly {
			return false
		}
	}
	return true
}
