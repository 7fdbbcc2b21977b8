package nav

import (
	tea "github.com/charmbracelet/bubbletea"

	"upright/exercises"
	"upright/session/profile"
	"upright/session/record"
)

// Go is the command that sends an intent to the root.
func Go(intent tea.Msg) tea.Cmd { return func() tea.Msg { return intent } }

// Home opens the home screen: the way back from everywhere.
type Home struct{}

// Welcome opens the first-run welcome and safety line.
type Welcome struct{}

// OfferResume offers an unfinished session found at start: resume, keep or discard it.
type OfferResume struct {
	Record  record.Record
	Routine exercises.Routine
	// Owner is whose session it is when not the active profile's; nil for the active profile.
	Owner *profile.Profile
}

// Picker opens the routine picker. AskMorning carries to the check-in: a person with a session
// behind them is asked how the morning after it felt.
type Picker struct{ AskMorning bool }

// Catalog opens the exercise cards; AskMorning as for Picker.
type Catalog struct{ AskMorning bool }

// SafeMovement shows the safe-movement cards one at a time, from home's offer in the program's
// first week; opening them records that they were shown.
type SafeMovement struct{}

// LogAerobic asks for today's aerobic minutes (a walk, cycling) and logs them with the profile.
type LogAerobic struct{}

// StartCheckin asks the check-in questions before routine. Single says the routine is one
// exercise tried from the catalog, so its screens speak of "this exercise".
type StartCheckin struct {
	Routine    exercises.Routine
	AskMorning bool
	Single     bool
}

// ShowAdvice shows what the check-in found before the session, or why it stops here.
type ShowAdvice struct {
	Advice  record.Advice
	Routine exercises.Routine
	Checkin record.Checkin
}

// StartSession starts routine after its check-in.
type StartSession struct {
	Routine exercises.Routine
	Checkin record.Checkin
}

// ResumeSession goes on with an unfinished session where it stopped.
type ResumeSession struct {
	Record  record.Record
	Routine exercises.Routine
	// Owner, when set, becomes the active profile: the session is theirs.
	Owner *profile.Profile
}

// SessionEnded hands the root a session that has ended, with its check-out when it had one: the
// root holds the record until the store has it, saves it, and shows the summary.
type SessionEnded struct{ Record record.Record }

// ShowSummary opens the summary of an ended session (the root sends it, after SessionEnded).
type ShowSummary struct{ Record record.Record }

// SaveAgain asks the root to try saving the record it holds once more.
type SaveAgain struct{}

// CheckinStopped hands the root the record of a check-in that stopped the session (a red flag),
// to keep for the therapist, and goes home.
type CheckinStopped struct{ Record record.Record }

// History opens the list of past sessions.
type History struct{}

// Progress opens the progress charts.
type Progress struct{}

// Builder opens the routine builder, on a copy of Routine when one is given.
type Builder struct{ Routine *exercises.Routine }

// Profiles opens the profile list, on Focus when it names a profile (else on the active one),
// with Notice saying what was just done ("Saved Pat's intake.").
type Profiles struct{ Focus, Notice string }

// Intake opens the intake form on Profile.
type Intake struct{ Profile profile.Profile }

// Readiness asks the readiness questions, then sends Then.
type Readiness struct{ Then tea.Msg }

// ToggleDemo switches demonstration mode on or off; the root changes it, then passes the message
// on to the screen so it can redraw its choices.
type ToggleDemo struct{}

// SwitchProfile makes Profile the active one for the rest of the run, and opens Then (home when
// nil).
type SwitchProfile struct {
	Profile profile.Profile
	Then    tea.Msg
}

// ProfileRenamed reports a rename that reached the store; the root follows it when the active
// profile was renamed, then passes the message on to the screen.
type ProfileRenamed struct{ From, To string }
