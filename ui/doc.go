// Package ui is upright's terminal interface: a root model that shows one screen at a time and
// moves between them when a screen asks.
//
// The root (this package) owns what outlives a screen: which screen shows, the active profile
// and demonstration mode (changed only on messages: nav.ToggleDemo, nav.SwitchProfile,
// kit.ProfileSavedMsg, nav.ProfileRenamed), and a finished session record that has not reached
// the store yet. It has no per-screen code: screens.go maps each nav intent to the function
// that opens its screen, and everything else is passed to the screen showing. Two runs of the
// clinic server bend it, in clinic.go only: a locked run (Options.Locked, a patient) refuses the
// intents that lead to another profile, and a therapist's run (Options.Clinic) has the dashboard
// where Home was.
//
// Layout: ui/kit holds the pieces screens share (kit.Env, kit.Screen, keys, layout, styles);
// ui/nav the intent messages; ui/screen/<family> the screens; ui/display the terminal writer.
//
// Imports: ui may import kit, nav, the screen packages, and the pure packages (session,
// exercises, progress); never bbolt or store — storage comes in through Options.Store, which
// main adapts from *store.Store. Time comes in through Options.Now.
//
// Invariants: Options are read once, by New; nothing changes them afterwards. Exactly one
// place holds a finished record until the store confirms it — the root's state, which every
// copy of the model shares, so main reads Unsaved from the model it built. A session ends
// only in the session screen (ui/screen/workout), which reaches the root in one message,
// nav.SessionEnded.
package ui
