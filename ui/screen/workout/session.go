package workout

import (
	"fmt"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"upright/exercises"
	"upright/session"
	"upright/ui/kit"
	"upright/ui/nav"
)

// tickMsg wakes the session screen when its display next changes. The tag drops stale ticks:
// every operation bumps it, so a tick scheduled before a pause or a skip is ignored.
// due is when it was asked for: one arriving much later means the process was stopped.
type tickMsg struct {
	tag int
	due time.Time
}

// sessionModel drives the engine through one routine: brief, get-ready, the set, switch, rest,
// and then the check-out, whose answers end the engine. It is the one place a session ends.
type sessionModel struct {
	env         *kit.Env
	eng         *session.Session
	routineTOML []byte
	tag         int
	flashUntil  time.Time
	confirmQuit bool
	pain        painPrompt
	notice      string
	// effort is a small pain rise named normal effort (effortnote.go).
	effort effortNote
	// result is what the last test set scored, shown at once and kept until the next test's.
	result  string
	saveErr string
	// presenterFlip is set by f: it flips the presenter view from its default for the size.
	presenterFlip bool
	// at is the time of the last message, so View draws without reading the clock.
	at time.Time
	// checkout asks how it went once every step has a result; doneAt is that moment, which the
	// record keeps as its end however long the questions take.
	checkout *checkoutModel
	doneAt   time.Time
	// coverPaused says a cover (help, a question) paused the step, and closing it resumes it;
	// helpOpen is the root's help laid over the screen; stop is the stop screen after a pain
	// report stopped an exercise.
	coverPaused bool
	helpOpen    bool
	stop        *stopNotice
	// fig holds the exercise figure drawn for the last frame (see figure.go).
	fig *figureCache
}

// OpenSession starts msg.Routine after its check-in.
func OpenSession(e *kit.Env, msg nav.StartSession) (kit.Screen, tea.Cmd) {
	now := e.Now()
	a := e.Active()
	meta := session.Meta{ID: e.NewID(), Profile: a.Profile, Demo: a.Demo, Checkin: msg.Checkin}
	s := sessionModel{env: e, eng: session.New(session.NewPlan(msg.Routine), meta, now),
		routineTOML: exercises.MarshalRoutine(msg.Routine), at: now, fig: &figureCache{}}
	// The check-in is kept from the start, so a session killed before its first set is still offered.
	return s, kit.SaveCheckpoint(e, s.eng.Record(), s.routineTOML)
}

// OpenResumed goes on with an unfinished session where it stopped.
func OpenResumed(e *kit.Env, msg nav.ResumeSession) (kit.Screen, tea.Cmd) {
	eng, err := session.Resume(session.NewPlan(msg.Routine), msg.Record, e.Now())
	if err != nil {
		return sessionModel{env: e}, tea.Batch(
			func() tea.Msg { return kit.ErrMsg{Err: fmt.Errorf("resume: %w", err)} },
			nav.Go(nav.Home{}))
	}
	s := sessionModel{env: e, eng: eng, routineTOML: exercises.MarshalRoutine(msg.Routine), at: e.Now(), fig: &figureCache{}}
	if eng.Done() {
		return s.toCheckout(s.at), nil
	}
	return s, nil
}

func (s sessionModel) Typing() bool { return s.checkout != nil && s.checkout.typing() }

func (s sessionModel) Update(msg tea.Msg) (kit.Screen, tea.Cmd) {
	s.at = s.env.Now()
	if s.checkout != nil {
		return s.checkoutUpdate(msg)
	}
	switch msg := msg.(type) {
	case tickMsg:
		if msg.tag != s.tag || s.eng == nil {
			return s, nil // stale: an operation has rescheduled since
		}
		now := s.env.Now()
		if res, gap := s.eng.CatchUp(msg.due, now); gap > 0 {
			s, cmd := s.applyScreen(now, res)
			s.notice = awayNotice(gap)
			return s, cmd
		}
		return s.apply(now, s.eng.Tick(now))
	case kit.SuspendMsg:
		if s.eng != nil && !s.eng.Paused() && s.eng.Pause(s.at).OK {
			s.tag++
			s.notice = "Paused while upright was in the background. Press p to go on."
		}
		return s, nil
	case kit.CoverMsg:
		s.helpOpen = msg.On
		if msg.On {
			return s.cover(s.at), nil
		}
		return s.uncover(s.at)
	case kit.CheckpointSavedMsg:
		s.saveErr = ""
	case kit.CheckpointFailedMsg:
		s.saveErr = msg.Err.Error() + " — these sets are not on disk yet; upright tries again after the next set"
	case tea.KeyMsg:
		if s.eng == nil {
			return s, nil
		}
		if s.stop != nil {
			return s.stopKey(msg)
		}
		if s.confirmQuit || s.pain.active {
			return s.promptKey(msg)
		}
		return s.key(msg)
	}
	return s, nil
}

// key turns a key into an engine operation for the phase at hand.
func (s sessionModel) key(km tea.KeyMsg) (kit.Screen, tea.Cmd) {
	k, now, eng := s.Keys(), s.env.Now(), s.eng
	switch {
	case k.Matches(km, kit.Quit):
		s.confirmQuit = true
		return s.cover(now), nil
	case k.Matches(km, kit.Presenter):
		s.presenterFlip = !s.presenterFlip
		return s, nil
	case k.Matches(km, keyStart, keyStartSpace, keyContinue):
		return s.apply(now, eng.Start(now))
	case k.Matches(km, keyStopClock, keyStopTest):
		return s.applyShown(now, eng.StopClock(now))
	case k.Matches(km, keyFailStage):
		return s.applyShown(now, eng.FailStage(now))
	case k.Matches(km, keyCountRep, keyCountStand):
		return s.apply(now, eng.AddRep(now))
	case k.Matches(km, kit.Undo):
		return s.apply(now, eng.UndoRep(now))
	case k.Matches(km, keyResume):
		return s.apply(now, eng.Resume(now))
	case k.Matches(km, keyPause):
		return s.apply(now, eng.Pause(now))
	case k.Matches(km, kit.EndNow):
		return s.applyShown(now, eng.EndSetEarly(now))
	case k.Matches(km, kit.SkipAll):
		return s.apply(now, eng.SkipExercise(now))
	case k.Matches(km, keySkipExercise, keyStartNow, keySkipSet, keySkipRest):
		return s.skip(now)
	case k.Matches(km, kit.Back):
		return s.apply(now, eng.Back(now))
	case k.Matches(km, kit.MoreRest):
		return s.apply(now, eng.AdjustRest(now, 15*time.Second))
	case k.Matches(km, kit.LessRest):
		return s.apply(now, eng.AdjustRest(now, -15*time.Second))
	case k.Matches(km, kit.Pain):
		s.pain = newPainPrompt(eng.Pain())
		return s.cover(now), nil
	}
	return s, nil
}

// skip is "skip ahead": the exercise from its brief, the set while it runs, else the countdown.
func (s sessionModel) skip(now time.Time) (kit.Screen, tea.Cmd) {
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
func (s sessionModel) apply(now time.Time, res session.Result) (kit.Screen, tea.Cmd) {
	return s.applyScreen(now, res)
}

// applyShown is apply for a set ended by hand: what was kept is shown at once.
func (s sessionModel) applyShown(now time.Time, res session.Result) (kit.Screen, tea.Cmd) {
	m, cmd := s.applyScreen(now, res)
	// A test's result is on screen already, whole and with its reading: no second line says it.
	if said := m.resultNow(res); said != "" && res.OK && m.result == "" {
		m.notice = "Kept — " + said
		if m.env.Active().Demo {
			m.notice = said // a demonstration keeps nothing
		}
	}
	return m, cmd
}

// applyScreen is apply returning the session model itself.
func (s sessionModel) applyScreen(now time.Time, res session.Result) (sessionModel, tea.Cmd) {
	s.tag++
	// Reason is why an operation did not apply, or advice that came with one that did (a pain stop).
	s.notice = res.Reason
	var cmds []tea.Cmd
	if res.Saved {
		cmds = append(cmds, kit.SaveCheckpoint(s.env, s.eng.Record(), s.routineTOML))
		s.result = s.testResult(res.Events)
	}
	if p := s.eng.Phase(); p == session.PhaseBrief || p == session.PhaseGetReady || p == session.PhaseActive {
		// A test's result shows through the rest or side switch after it and at the check-out,
		// never on the next exercise's brief or sets.
		s.result = ""
	}
	flash, words := cueFor(res.Events, s.eng.Step())
	if flash {
		s.flashUntil = now.Add(flashLength)
		cmds = append(cmds, ringBell(s.env))
	}
	cmds = append(cmds, speak(s.env, words))
	if s.eng.Done() && s.stop == nil {
		return s.toCheckout(now), tea.Batch(cmds...)
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
	if fig := s.nextFigureChange(now); !fig.IsZero() && (next.IsZero() || fig.Before(next)) {
		next = fig
	}
	if s.flashUntil.After(now) && (next.IsZero() || s.flashUntil.Before(next)) {
		next = s.flashUntil
	}
	if next.IsZero() {
		return nil
	}
	return s.env.After(next.Sub(now), tickMsg{tag: s.tag, due: next})
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
