package ui

import (
	"fmt"
	"time"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"upright/exercises"
	"upright/session"
	"upright/session/record"
)

// tickMsg wakes the session screen when its display next changes. The tag drops stale ticks:
// every operation bumps it, so a tick scheduled before a pause or a skip is ignored.
type tickMsg struct{ tag int }

// sessionModel drives the engine through one routine: brief, get-ready, the set, switch, rest.
type sessionModel struct {
	env         *env
	eng         *session.Session
	routineTOML []byte
	tag         int
	flashUntil  time.Time
	confirmQuit bool
	pain        painPrompt
	notice      string
	saveErr     string
	// presenterFlip is set by f: it flips the presenter view from its default for the size.
	presenterFlip bool
	// at is the time of the last message, so View draws without reading the clock.
	at time.Time
	// final is set once the session has ended and its record handed on.
	final *record.Record
}

func newSessionModel(e *env, r exercises.Routine, ci record.Checkin) (sessionModel, tea.Cmd) {
	now := e.now()
	meta := session.Meta{ID: e.opts.NewID(), Profile: e.opts.Profile, Demo: e.opts.Demo, Checkin: ci}
	s := sessionModel{env: e, eng: session.New(session.NewPlan(r), meta, now), routineTOML: exercises.MarshalRoutine(r), at: now}
	// The check-in is kept from the start, so a session killed before its first set is still offered.
	return s, saveCheckpoint(e, s.eng.Record(), s.routineTOML)
}

func resumeSessionModel(e *env, r *Resumable) (sessionModel, tea.Cmd) {
	eng, err := session.Resume(session.NewPlan(r.Routine), r.Record, e.now())
	if err != nil {
		return sessionModel{}, tea.Batch(
			func() tea.Msg { return errMsg{fmt.Errorf("resume: %w", err)} },
			navigate(navMsg{to: screenHome}))
	}
	s := sessionModel{env: e, eng: eng, routineTOML: exercises.MarshalRoutine(r.Routine), at: e.now()}
	if eng.Done() {
		return s, s.finished()
	}
	return s, nil
}

func (s sessionModel) keys(k *keyMap) {
	if s.confirmQuit || s.pain.active {
		s.pain.keys(k, s.confirmQuit)
		return
	}
	step := s.eng.Step()
	switch s.eng.Phase() {
	case session.PhaseBrief:
		k.only(&k.Enter, &k.Space, &k.Skip, &k.Back, &k.Presenter)
		relabel(&k.Enter, "start")
		relabel(&k.Space, "start")
		relabel(&k.Skip, "skip exercise")
		return
	case session.PhaseGetReady, session.PhaseSwitchSides:
		k.only(&k.Pause, &k.Skip, &k.Back, &k.Presenter)
		relabel(&k.Skip, "start now")
	case session.PhaseActive:
		k.only(&k.Pause, &k.Skip, &k.Back, &k.EndNow, &k.SkipAll, &k.Pain, &k.Presenter)
		relabel(&k.Skip, "skip set")
		switch {
		case step.Tapped():
			k.Space.SetEnabled(true)
			k.Undo.SetEnabled(true)
			relabel(&k.Space, "count rep")
		case step.Measure == exercises.MeasureMaxHold:
			k.Space.SetEnabled(true)
			relabel(&k.Space, "stop clock")
		}
	case session.PhaseRest:
		k.only(&k.Pause, &k.Skip, &k.Back, &k.MoreRest, &k.LessRest, &k.Presenter)
		relabel(&k.Skip, "skip rest")
	case session.PhaseDone:
		k.only(&k.Enter)
	}
	if s.eng.Paused() {
		relabel(&k.Pause, "resume")
	} else {
		relabel(&k.Pause, "pause")
	}
}

func (s sessionModel) Update(msg tea.Msg) (sessionModel, tea.Cmd) {
	s.at = s.env.now()
	switch msg := msg.(type) {
	case tickMsg:
		if msg.tag != s.tag || s.final != nil {
			return s, nil // stale: an operation has rescheduled since
		}
		now := s.env.now()
		return s.apply(now, s.eng.Tick(now))
	case checkpointSavedMsg:
		s.saveErr = ""
	case saveFailedMsg:
		s.saveErr = msg.err.Error() + " — your sets are kept here and saved again after the next set"
	case tea.KeyMsg:
		if s.final != nil {
			return s, nil
		}
		if s.confirmQuit || s.pain.active {
			return s.promptKey(msg)
		}
		return s.key(msg)
	}
	return s, nil
}

// key turns a key into an engine operation for the phase at hand.
func (s sessionModel) key(km tea.KeyMsg) (sessionModel, tea.Cmd) {
	k, now, eng := s.env.keys, s.env.now(), s.eng
	step := eng.Step()
	switch {
	case key.Matches(km, k.Quit):
		s.confirmQuit = true
		return s, nil
	case key.Matches(km, k.Presenter):
		s.presenterFlip = !s.presenterFlip
		return s, nil
	case key.Matches(km, k.Enter), key.Matches(km, k.Space) && eng.Phase() == session.PhaseBrief:
		return s.apply(now, eng.Start(now))
	case key.Matches(km, k.Space) && step.Measure == exercises.MeasureMaxHold:
		return s.apply(now, eng.StopClock(now))
	case key.Matches(km, k.Space):
		return s.apply(now, eng.AddRep(now))
	case key.Matches(km, k.Undo):
		return s.apply(now, eng.UndoRep(now))
	case key.Matches(km, k.Pause) && eng.Paused():
		return s.apply(now, eng.Resume(now))
	case key.Matches(km, k.Pause):
		return s.apply(now, eng.Pause(now))
	case key.Matches(km, k.EndNow):
		return s.apply(now, eng.EndSetEarly(now))
	case key.Matches(km, k.SkipAll):
		return s.apply(now, eng.SkipExercise(now))
	case key.Matches(km, k.Skip):
		return s.skip(now)
	case key.Matches(km, k.Back):
		return s.apply(now, eng.Back(now))
	case key.Matches(km, k.MoreRest):
		return s.apply(now, eng.AdjustRest(now, 15*time.Second))
	case key.Matches(km, k.LessRest):
		return s.apply(now, eng.AdjustRest(now, -15*time.Second))
	case key.Matches(km, k.Pain):
		s.pain = newPainPrompt()
		return s, nil
	}
	return s, nil
}

// skip is "skip ahead": the exercise from its brief, the set while it runs, else the countdown.
func (s sessionModel) skip(now time.Time) (sessionModel, tea.Cmd) {
	switch s.eng.Phase() {
	case session.PhaseBrief:
		return s.apply(now, s.eng.SkipExercise(now))
	case session.PhaseActive:
		return s.apply(now, s.eng.SkipSet(now))
	case session.PhaseGetReady, session.PhaseSwitchSides, session.PhaseRest:
		return s.apply(now, s.eng.SkipRest(now))
	case session.PhaseDone:
	}
	return s, nil
}

// apply reacts to what an engine call did: cues, saving a finished set, the next tick, the end.
func (s sessionModel) apply(now time.Time, res session.Result) (sessionModel, tea.Cmd) {
	s.tag++
	// Reason is why an operation did not apply, or advice that came with one that did (a pain stop).
	s.notice = res.Reason
	var cmds []tea.Cmd
	if res.Saved {
		cmds = append(cmds, saveCheckpoint(s.env, s.eng.Record(), s.routineTOML))
	}
	flash, words := cueFor(res.Events, s.eng.Step())
	if flash {
		s.flashUntil = now.Add(flashLength)
		cmds = append(cmds, ringBell(s.env))
	}
	cmds = append(cmds, speak(s.env, words))
	if s.eng.Done() {
		cmds = append(cmds, s.finished())
		return s, tea.Batch(cmds...)
	}
	cmds = append(cmds, s.schedule(now))
	return s, tea.Batch(cmds...)
}

// schedule asks for a tick at the next moment the display changes, and no sooner: an idle or
// paused screen costs nothing, and a countdown ends on its deadline rather than a tick later.
func (s sessionModel) schedule(now time.Time) tea.Cmd {
	next := s.eng.NextChange(now)
	if cue := s.nextCueChange(now); !cue.IsZero() && (next.IsZero() || cue.Before(next)) {
		next = cue
	}
	if s.flashUntil.After(now) && (next.IsZero() || s.flashUntil.Before(next)) {
		next = s.flashUntil
	}
	if next.IsZero() {
		return nil
	}
	return s.env.opts.After(next.Sub(now), tickMsg{tag: s.tag})
}

// finished hands the ended session to the check-out.
func (s *sessionModel) finished() tea.Cmd {
	rec := s.eng.Finish(s.env.now(), nil)
	s.final = &rec
	return navigate(navMsg{to: screenCheckout, record: &rec})
}

// abandon ends the session where it is, keeping every finished set (q confirmed, ctrl+c, a signal).
func (s *sessionModel) abandon() *record.Record {
	if s.eng == nil {
		return nil
	}
	if s.final != nil {
		return s.final
	}
	rec := s.eng.Abandon(s.env.now())
	s.final = &rec
	return s.final
}

// unsaved is the record the root must make sure is saved: set once the session has ended.
func (s sessionModel) unsaved() *record.Record { return s.final }

// promptKey answers the quit confirmation or the pain report.
func (s sessionModel) promptKey(km tea.KeyMsg) (sessionModel, tea.Cmd) {
	k := s.env.keys
	if s.confirmQuit {
		switch {
		case key.Matches(km, k.Yes), key.Matches(km, k.Quit):
			rec := s.abandon()
			return s, navigate(navMsg{to: screenSummary, record: rec})
		case key.Matches(km, k.No), key.Matches(km, k.Escape), key.Matches(km, k.Enter):
			s.confirmQuit = false
		}
		return s, nil
	}
	var done bool
	s.pain, done = s.pain.update(k, km)
	if !done {
		return s, nil
	}
	if s.pain.cancelled {
		return s, nil
	}
	now := s.env.now()
	return s.apply(now, s.eng.ReportPain(now, s.pain.rating.value, s.pain.sharp))
}

// nextCueChange is when the form cue on screen changes next, in the active phase of a set whose
// exercise has more than one cue; zero otherwise. Cues change on the phase's own whole seconds,
// so the change comes with a countdown's tick rather than waking the program on its own.
func (s sessionModel) nextCueChange(now time.Time) time.Time {
	if s.eng.Phase() != session.PhaseActive || s.eng.Paused() || len(s.eng.Step().Exercise.Cues) < 2 {
		return time.Time{}
	}
	e := s.eng.Elapsed(now)
	return now.Add(e - e%cueEvery + cueEvery - e)
}
