// Package exercises is upright's clinical content and its routine files: the exercise catalog
// (cards, doses, cautions, sources by name, and the norms of the fall-risk tests), the
// safe-movement cards, the built-in routines (the check-up tests among them), reading, writing and locating routine files,
// the one id resolver (Resolve), who sees which routine in what order (Routine.Seen, Arrange) and the one rule for text a person typed or a file carried
// (UnsafeRune, CleanText). It is plain data and validation: no terminal, no database, no clock.
//
// It may import the standard library, BurntSushi/toml and golang.org/x/text only; every other
// upright package imports it, so it imports none of them.
//
// Invariants:
//   - Sources are shown to people by name ("Too Fit To Fracture, 2014"), never as bracket tags;
//     every card has cues, a safety note and at least one source.
//   - The catalog is never handed out by reference: Catalog, Lookup and the built-ins return
//     copies, so no caller can change the cards another caller reads.
//   - A built-in routine id always means the built-in: the store refuses to save a routine under
//     one, and Resolve looks at the built-ins first. Records and prescriptions rely on ids
//     meaning the same routine everywhere.
package exercises
