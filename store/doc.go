// Package store keeps upright's data in one bbolt file: profiles, finished sessions, the session in
// progress (a checkpoint written after every set), saved routines with their owners (a profile,
// or none for the clinic's library), and the clinic server's invite
// codes, enrolled keys and audit log. It is bbolt code only:
// exporting records (session/record) and writing files for people (the command line's outfile.go)
// live elsewhere.
//
// It holds people's health records for months, so it is written like a database: every commit is
// fsync'd, every value carries a version and a checksum over its bucket, key and payload that is
// checked on every read, a damaged record is reported and never used, a database from a newer
// schema is refused and left untouched, and the file and its folder are private to the user.
//
// A Store holds the file only while one operation reads or writes it, so several upright
// processes share one database, each waiting at most about a second for another's transaction.
// The page tree is walked before bbolt trusts it, under the lock, unless the file is in a state
// already found sound (checked.go); a damaged file is refused before anything is written to it.
// The app and the server, which own a database's screens, hold a lock beside it for their whole
// run (applock.go), so only one of them uses a database at a time.
//
// A profile name given to any method is resolved to the key it is kept under (names.go): new
// profiles under the name's NFC spelling, older ones under the spelling they were stored with,
// so no stored profile goes out of reach when names are normalised.
package store
