package workout

import (
	"upright/exercises"
	"upright/session"
	"upright/ui/kit"
)

// The session's keys, one per label: a key that says something else in another phase is another
// Key. Each state's set is built once, here, so the key line costs nothing on a countdown's frame.
var (
	keyStart        = kit.EnterKey("start")
	keyStartSpace   = kit.SpaceKey("start")
	keyContinue     = kit.EnterKey("continue")
	keySkipExercise = kit.SkipKey("skip exercise")
	keyStartNow     = kit.SkipKey("start now")
	keySkipSet      = kit.SkipKey("skip set")
	keySkipRest     = kit.SkipKey("skip rest")
	keyPause        = kit.PauseKey("pause")
	keyResume       = kit.PauseKey("resume")
	keyCountRep     = kit.SpaceKey("count rep")
	keyStopClock    = kit.SpaceKey("stop clock")
	keyConfirm      = kit.EnterKey("confirm")
	keyQuitYes      = kit.YesKey("quit, keep what's done")
	keyQuitNo       = kit.NoKey("carry on")
	// In a demonstration nothing is kept, and no label says it is.
	keyQuitYesDemo = kit.YesKey("quit")

	briefKeys       = kit.On(keyStart, keyStartSpace, keySkipExercise, kit.Back, kit.Presenter)
	confirmKeys     = kit.On(keyQuitYes, keyQuitNo, kit.Escape)
	confirmKeysDemo = kit.On(keyQuitYesDemo, keyQuitNo, kit.Escape)
	painKeys        = kit.On(keyConfirm, kit.Rate, kit.Lower, kit.Higher, kit.Escape)
	sharpKeys       = kit.On(keyConfirm, kit.Yes, kit.No, kit.PrevQuestion)
	doneKeys        = kit.On(keyContinue)
	// The timed phases, running ([0]) and paused ([1]).
	readyKeys = pausable(keyStartNow, kit.Back, kit.Presenter)
	holdKeys  = pausable(keySkipSet, kit.Back, kit.EndNow, kit.SkipAll, kit.Pain, kit.Presenter)
	tapKeys   = pausable(keySkipSet, kit.Back, kit.EndNow, kit.SkipAll, kit.Pain, kit.Presenter, keyCountRep, kit.Undo)
	maxKeys   = pausable(keySkipSet, kit.Back, kit.EndNow, kit.SkipAll, kit.Pain, kit.Presenter, keyStopClock)
	restKeys  = pausable(keySkipRest, kit.Back, kit.MoreRest, kit.LessRest, kit.Presenter)
)

func pausable(keys ...*kit.Key) [2]kit.Keys {
	return [2]kit.Keys{kit.On(append(keys, keyPause)...), kit.On(append(keys, keyResume)...)}
}

// Keys is what the session answers to in its phase.
func (s sessionModel) Keys() kit.Keys {
	switch {
	case s.checkout != nil:
		return s.checkout.keys()
	case s.stop != nil && s.env.Active().Demo:
		return stopKeysDemo
	case s.stop != nil:
		return stopKeys
	case s.confirmQuit && s.env.Active().Demo:
		return confirmKeysDemo
	case s.confirmQuit:
		return confirmKeys
	case s.pain.active && s.pain.askSharp:
		return sharpKeys
	case s.pain.active:
		return painKeys
	case s.eng == nil:
		return doneKeys
	}
	paused := 0
	// A step paused by a cover shows the keys it will have again when the cover closes.
	if s.eng.Paused() && !s.coverPaused {
		paused = 1
	}
	switch s.eng.Phase() {
	case session.PhaseBrief:
		return briefKeys
	case session.PhaseGetReady, session.PhaseSwitchSides:
		return readyKeys[paused]
	case session.PhaseActive:
		if keys, ok := testKeys(s.eng.Step(), paused); ok {
			return keys
		}
		switch step := s.eng.Step(); {
		case step.Tapped():
			return tapKeys[paused]
		case step.Measure == exercises.MeasureMaxHold:
			return maxKeys[paused]
		}
		return holdKeys[paused]
	case session.PhaseRest:
		return restKeys[paused]
	case session.PhaseDone:
	}
	return doneKeys
}
