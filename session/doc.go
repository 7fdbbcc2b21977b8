// Package session is upright's session engine: a plan of steps unrolled from a routine, and a
// state machine that walks through it — phases, deadlines, reps, the test measures (staged holds
// with FailStage, a timed-reps window, a stopwatch with StopClock), pain reports by the
// pain-monitoring model, the end of a session (Finish, Abandon, StoppedRecord). What it produces
// is a record.Record; what is stored and shown about a person lives in session/record and
// session/profile.
//
// It may import exercises and session/record, and nothing of the terminal, the database or
// session/profile.
//
// Invariants:
//   - It never reads the clock: every method that depends on time takes now, so the screens drive
//     it with ticks and the tests with fixed instants. A deadline is computed from the phase's
//     start, its pauses and its length each time, never by counting ticks, so late ticks never add
//     up.
//   - A Result with Saved set means a set result was added or replaced: the caller saves Record()
//     before the next step starts, so a killed process loses at most the set under way. Record()
//     is a deep copy; nothing outside changes the session's state.
package session
