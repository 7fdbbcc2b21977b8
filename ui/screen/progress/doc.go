// Package progress holds progress over a period: trends per exercise, pain and effort, adherence,
// the stance test against its norms, and suggestions. The page is drawn whole, its text wrapped
// (a source name is never cut with "…"): the root scrolls it, with the marks and keys of every
// page taller than the terminal.
//
// Imports: kit, nav and the pure packages (session, exercises, progress); never another screen
// package or the root. It reaches the root only by returning nav intents and messages.
//
// Invariant: each screen implements kit.Screen, declares its keys once (keys built per state at
// package level), and is opened by a function the root registers for one nav intent.
package progress
