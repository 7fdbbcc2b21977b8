// Package workout holds the session itself: the screen that drives the engine through brief,
// get-ready, set, switch and rest, asks the check-out, and ends the engine with its answers; and
// the summary shown while the root saves the record.
//
// Imports: kit, nav and the pure packages (session, exercises, progress); never another screen
// package or the root. It reaches the root only by returning nav intents and messages.
//
// Invariants: a session ends only here, in sessionend.go: every step done, the check-out's answers
// end the engine (Finish with the check-out, at the moment the last step ended); quit, the engine
// is abandoned; stopped at once, End answers the root. The record leaves in one message,
// nav.SessionEnded. Each screen implements kit.Screen, declares its keys once (keys built per state
// at package level), and is opened by a function the root registers for one nav intent.
package workout
