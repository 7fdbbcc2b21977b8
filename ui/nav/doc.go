// Package nav holds the intent messages screens send to move: "start the check-in", "show the
// summary", "go home". A screen never opens or changes another screen; it returns nav.Go(intent)
// and the root opens the screen registered for that intent's type.
//
// Imports: bubbletea and the pure packages only. It is the leaf every screen and the root share.
//
// Invariant: an intent carries everything the next screen needs; nothing is read back from the
// screen that sent it.
package nav
