// Package checkin holds the questions before a session: the check-in, the advice it leads to (a red
// flag stops the session here), and the one-time readiness questions.
//
// Imports: kit, nav and the pure packages (session, exercises, progress); never another screen
// package or the root. It reaches the root only by returning nav intents and messages.
//
// Invariant: each screen implements kit.Screen, declares its keys once (keys built per state at
// package level), and is opened by a function the root registers for one nav intent.
package checkin
