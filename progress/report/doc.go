// Package report renders the check-up report a person takes to their therapist: one
// self-contained HTML page (inline CSS and SVG charts) or Markdown, from progress's analytics:
// the intake, adherence week by week from the program's start, pain and effort, flags, function
// tests against their norms, and suggestions. Long periods are summarised (older weeks in blocks,
// the last weeks' sessions in full), so a year of daily sessions stays a few pages.
//
// It may import progress, session/record, session/profile and exercises; never the terminal or
// the database, and it writes no files (the caller does).
//
// Invariants:
//   - Every piece of text a person typed or a file carried goes through clean (and esc or md)
//     before it is written: a note must never inject markup, a formula or a terminal escape.
//   - The same Input gives the same bytes: no clock, no map order, no randomness, so a report can be
//     compared and regenerated.
package report
