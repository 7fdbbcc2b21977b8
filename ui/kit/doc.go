// Package kit holds what upright's screens share: the Screen interface every screen
// implements, the Env they read (options fixed at startup, styles, the terminal's size and a
// read-only view of the active profile and demonstration mode), the key table, layout helpers
// (Page, Paragraph, Bullets, Menu, Rating, big digits), text helpers (the words people read
// for a status or a measure), styles, and the storage commands
// more than one screen runs.
//
// Imports: bubbletea, bubbles, lipgloss and the pure packages (session, exercises). Never a
// screen package, the root, nav's users or the database.
//
// Invariants: every key a screen answers to is a Key made here (keys.go is the one key table)
// and declared once by the screen; a Key's label never changes, so no label can pass from one
// screen to the next. A screen returns a Keys value built once per state, because the root
// asks for it on every frame to draw the key line. Storage calls run inside tea.Cmds, never
// in Update or View.
package kit
