package session

import (
	"fmt"
	"slices"
	"time"

	"upright/session/record"
)

// The Reasons of pain reports, after the pain-monitoring model (Silbernagel 2007). The app never
// says "work through" back pain; only sharp pain, which can be a fracture, says "call soon".
const (
	SharpPainReason   = "Sharp pain: stop this exercise. Call your doctor or physical therapist soon."
	PainRiseReason    = "Pain rose 2 points or more since check-in: stop this exercise and rest it. Call your doctor or physical therapist if it has not settled by tomorrow."
	PainCeilingReason = "Pain above 5 out of 10: stop this exercise and rest it. Call your doctor or physical therapist if it has not settled by tomorrow."
	NormalEffortNote  = "A small rise in pain is normal effort. Carry on gently; stop if it rises 2 points above your check-in or passes 5 out of 10."
	// AfterEffortNote and AfterRiseNote are said at the end of a session whose check-out pain is
	// above its check-in: a small rise is effort; a larger one waits for the morning after, whose
	// answer decides whether these exercises step back.
	AfterEffortNote = "A small rise in pain after exercise is normal effort; it should settle by tomorrow."
	AfterRiseNote   = "Pain rose 2 points or more, or passed 5 out of 10: rest today. If it has not settled by tomorrow, call your doctor or physical therapist."
)

// CheckoutPainNote is what the pain-monitoring model says about a session's check-out pain
// against its check-in: "" when it did not rise.
func CheckoutPainNote(r record.Record) string {
	if r.Checkout == nil || r.Checkout.Pain <= r.Checkin.Pain {
		return ""
	}
	if r.Checkout.Pain > record.PainCeiling || r.Checkout.Pain >= r.Checkin.Pain+record.PainRiseStop {
		return AfterRiseNote
	}
	return AfterEffortNote
}

// StoppedRecord is the record of a session stopped at check-in by a red flag: nothing was done.
func StoppedRecord(plan Plan, meta Meta, now time.Time) record.Record {
	s := New(plan, meta, now)
	s.rec.Status = record.StatusStopped
	s.rec.EndedAt = now
	s.finished = true
	return s.Record()
}

// ReportPain takes a pain report during the session, by the pain-monitoring model: pain above 5/10,
// pain 2 or more above the check-in value, or sharp pain stops the exercise under way (in a rest,
// the one just done): its remaining sets are kept marked skipped, the record is flagged, the next
// exercise's brief follows, and Reason says what to do. A smaller rise changes nothing and Reason
// names it normal effort; pain at or below the check-in value changes nothing.
func (s *Session) ReportPain(now time.Time, pain int, sharp bool) Result {
	r := s.prepare(now)
	checkin := s.rec.Checkin.Pain
	if pain < 0 || pain > 10 {
		return r.fail("pain must be 0–10")
	}
	if s.finished {
		return r.fail(s.blocked())
	}
	s.lastPain, s.hasPain = pain, true
	if !sharp && pain <= record.PainCeiling && pain < checkin+record.PainRiseStop {
		r = r.done()
		if pain > checkin {
			r.Reason = NormalEffortNote
		}
		return r
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
	flag := record.Flag{Kind: record.FlagPainRise, Exercise: st.Exercise.ID, At: now, Pain: &pain,
		Detail: fmt.Sprintf("pain %d/10 during %s (%d at check-in)", pain, st.Exercise.Name, checkin)}
	reason := PainRiseReason
	switch {
	case sharp:
		flag.Kind = record.FlagSharpPain
		flag.Detail = fmt.Sprintf("sharp pain (%d/10) during %s", pain, st.Exercise.Name)
		reason = SharpPainReason
	case pain > record.PainCeiling && pain < checkin+record.PainRiseStop:
		flag.Detail += ", above 5/10"
		reason = PainCeilingReason
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
	r.Reason = reason
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
func (s *Session) Finish(now time.Time, co *record.Checkout) record.Record {
	if s.finished {
		return s.Record()
	}
	var r Result
	s.advance(now, &r)
	s.rec.Status = record.StatusCompleted
	if !s.complete() {
		s.rec.Status = record.StatusPartial
	}
	if co != nil {
		c := *co
		c.Reports = slices.Clone(c.Reports)
		s.rec.Checkout = &c
		s.rec.Flags = append(s.rec.Flags, record.CheckoutFlags(c, now)...)
	}
	s.end(now)
	return s.Record()
}

// Abandon ends the session early: what is done is kept, and the record is partial.
func (s *Session) Abandon(now time.Time) record.Record {
	if s.finished {
		return s.Record()
	}
	var r Result
	s.advance(now, &r)
	s.rec.Status = record.StatusPartial
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
