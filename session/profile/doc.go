// Package profile is one person using upright: who they are, their readiness answers, what their
// therapist prescribed (routines, weekly targets, dose overrides and the log of their changes),
// the first-visit intake and the program's dates, and the rules for reading and writing those on
// one line.
//
// It may import exercises only; the store persists profiles and the screens edit them.
//
// Invariants:
//   - Program dates are calendar days ("2006-01-02") with no time of day or zone, counted in the
//     person's own calendar: never compare them as instants.
//   - Every change of a dose override goes through SetOverrides, which logs it: progression
//     suggestions read that log to offer at most one change a week. The JSON shape is stored data;
//     fields are only ever added, optional.
//   - A name has one spelling, Name (Unicode NFC): the store keys profiles by it, and screens and
//     the command line compare names through it, so accents typed either way are one person.
package profile
