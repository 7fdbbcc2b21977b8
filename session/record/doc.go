// Package record is the stored session record: the sets done, the check-in and check-out, the
// flags a therapist should see, the advice a check-in leads to, and the queries and CSV/JSON export
// over records. The engine (package session) writes records; the store keeps them; progress,
// the report, the screens and the command line read them.
//
// It may import exercises only. It must not import session, which imports it.
//
// Invariants:
//   - The JSON shape of Record is the stored data and the JSON export: never rename or retype a
//     field. A new field is optional (omitempty, zero meaning "not recorded") so that every record
//     already on disk still reads the same, and a new shape bumps RecordVersion.
//   - The zero Checkin is the safe default (pain 0, every answer "no"), and a red flag always stops
//     the session: EvaluateCheckin never says to carry on through one.
package record
