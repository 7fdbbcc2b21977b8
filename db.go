package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"syscall"
	"time"

	"upright/session/record"
	"upright/store"
)

// dbPath is --db, or the default database in the user's data folder.
func dbPath(db string) (string, error) {
	if db != "" {
		return db, nil
	}
	return store.DefaultPath()
}

// openForWriting opens the database for the app and `routine add`, creating it when missing.
func openForWriting(db string) (*store.Store, error) {
	path, err := dbPath(db)
	if err != nil {
		return nil, err
	}
	return store.Open(path, store.Options{Timeout: time.Second})
}

// openForReading opens the database for a command that only reads it. A missing file is an
// error, and nothing is created: a mistyped --db would otherwise leave an empty database (and
// its folders) behind and report it as having no sessions. The open is read-only, so the file
// keeps every byte and its mode.
func openForReading(db string) (*store.Store, error) {
	path, err := dbPath(db)
	if err != nil {
		return nil, err
	}
	// ENOTDIR: a part of the path is a file ("notes.txt/u.db"); there is no database there either.
	if _, err := os.Stat(path); errors.Is(err, fs.ErrNotExist) || errors.Is(err, syscall.ENOTDIR) {
		if db == "" {
			return nil, fmt.Errorf("no database yet at %s; it is made the first time the app runs (or name one with --db)", path)
		}
		return nil, fmt.Errorf("no database at %s; check the --db path (nothing was created)", path)
	}
	return store.Open(path, store.Options{Timeout: time.Second, ReadOnly: true})
}

// notDatabase refuses an --out that names the database itself (by any path or link), which the
// write would replace with the export.
func (o dbOption) notDatabase(out string) error {
	if out == "" || out == "-" {
		return nil
	}
	path, err := dbPath(o.db)
	if err != nil {
		return nil // no database to protect; opening it will say why
	}
	a, errA := os.Stat(out)
	b, errB := os.Stat(path)
	if errA == nil && errB == nil && os.SameFile(a, b) {
		return fmt.Errorf("--out %s is the database itself; choose another file", out)
	}
	return nil
}

// profileName is --profile, else the last profile used, else "default".
func profileName(o profileOption, st *store.Store) (string, error) {
	if o.set {
		return o.profile, nil
	}
	name, err := st.LastProfile()
	if err != nil || name == "" {
		return "default", err
	}
	return name, nil
}

// knownProfile refuses a --profile that names no profile, rather than reporting it as empty (a
// typo in a name would otherwise look like a patient with no sessions).
func knownProfile(o profileOption, st *store.Store, name string) error {
	if !o.set {
		return nil
	}
	if _, err := st.Profile(name); errors.Is(err, store.ErrNotFound) {
		return fmt.Errorf("no profile %q in %s; a profile is created the first time upright runs with --profile %s", name, st.Path(), name)
	} else if err != nil {
		return err
	}
	return nil
}

// sessionsFor loads a profile's sessions with the --since, --until and --routine filters. The
// records come back with an error when some were damaged and skipped.
func sessionsFor(o sessionOptions) ([]record.Record, error) {
	_, recs, err := profileSessions(o)
	return recs, err
}

// profileSessions is sessionsFor with the name of the profile whose sessions they are, which
// history names above its table.
func profileSessions(o sessionOptions) (string, []record.Record, error) {
	st, err := openForReading(o.db)
	if err != nil {
		return "", nil, err
	}
	defer st.Close()
	profile, err := profileName(o.profileOption, st)
	if err != nil {
		return "", nil, err
	}
	if err := knownProfile(o.profileOption, st, profile); err != nil {
		return "", nil, err
	}
	recs, bad, err := st.Sessions(profile, store.Query{Since: o.since.Time, Until: o.until.Time, Routine: o.routine})
	if err != nil {
		return profile, nil, err
	}
	return profile, recs, damagedError(bad)
}

// damagedError reports records that were skipped because they failed their checks.
func damagedError(bad []store.Damaged) error {
	if len(bad) == 0 {
		return nil
	}
	return fmt.Errorf("%d damaged record(s) skipped (first: %s/%s); run `upright check`", len(bad), bad[0].Bucket, bad[0].Key)
}
