// Package progress is upright's analytics over stored session records: adherence against weekly
// targets, streaks and the calendar, per-exercise trends, pain and effort series, single-leg stance
// norms, and the one progression policy (Suggestions) that home, the progress screen and the report
// all show. Rendering the printable report is progress/report's job.
//
// It may import exercises, session/record and session/profile; never the engine, the terminal or
// the database.
//
// Invariants:
//   - It reads no clock and no disk: every function that depends on the date takes now and the
//     *time.Location whose calendar days count.
//   - Results never depend on the order records come in, and demo sessions and checkpoints
//     (in-progress records) never count: every function reads records through sortedUsable or
//     the same rule.
package progress
