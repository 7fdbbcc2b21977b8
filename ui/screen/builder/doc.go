// Package builder holds the routine builder: compose a routine from the catalog under the routine-
// file rules, save it (for the clinic's library or the active profile; a saved routine opened
// here is saved over, under its new id when renamed) or export its file.
//
// Imports: kit, nav and the pure packages (session, exercises, progress); never another screen
// package or the root. It reaches the root only by returning nav intents and messages.
//
// Invariant: each screen implements kit.Screen, declares its keys once (keys built per state at
// package level), and is opened by a function the root registers for one nav intent.
package builder
