// Package home holds the screens a visit starts on: home (the week, today's routine, the menu), the
// first-run welcome, the offer to resume an unfinished session, and the routine picker (the
// active patient's own routines, the library, the built-ins: exercises.Arrange).
//
// Imports: kit, nav and the pure packages (session, exercises, progress); never another screen
// package or the root. It reaches the root only by returning nav intents and messages.
//
// Invariant: each screen implements kit.Screen, declares its keys once (keys built per state at
// package level), and is opened by a function the root registers for one nav intent.
package home
