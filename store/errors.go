package store

import (
	"errors"
	"fmt"
	"io/fs"
	"strings"
	"syscall"

	berrors "go.etcd.io/bbolt/errors"
)

// The errors of the store. Errors returned by the store wrap one of them with detail, and each
// reads as one line that says what to do, so main and the UI can show err.Error() as it is.
var (
	// ErrLocked means another upright holds the database.
	ErrLocked = errors.New("upright is already open in another terminal and kept the database busy; try again in a moment, or close it first")
	// ErrNewerSchema means the database was written by a newer upright; it is left untouched.
	ErrNewerSchema = errors.New("the database was written by a newer version of upright and was left untouched; update upright to open it")
	// ErrNotDatabase means the file at the path is not an upright database at all.
	ErrNotDatabase = errors.New("this file is not an upright database; choose another file with --db, or move this one away")
	// ErrDamaged means the file or a record in it is damaged.
	ErrDamaged = errors.New("the database is damaged; run `upright check` to see what is affected, and restore a backup copy if you have one")
	// ErrNotFound means the profile, session, routine or checkpoint asked for does not exist.
	ErrNotFound = errors.New("not found; check the name (`upright history`, `upright routines`) and try again")
	// ErrReadOnly means the database cannot be written.
	ErrReadOnly = errors.New("the database cannot be written; check the permissions of the file and its folder, or choose another file with --db")
	// ErrDiskFull means a write failed for lack of space; everything saved before it is intact.
	ErrDiskFull = errors.New("the disk is full; free some space and try again (everything saved before this is safe)")
	// ErrNoDatabase means there is no database file at the path: a read-only open creates none,
	// and an operation on a store whose file was moved or deleted (its folder too) fails with it
	// rather than writing into a file no one will find again.
	ErrNoDatabase = errors.New("there is no database there; check the path given with --db, or restore the file if it was moved or deleted")
	// ErrLinked means the database file has another name (a hard link), which deleting a profile
	// would leave holding the deleted records.
	ErrLinked = errors.New("the database file has another name (a hard link, such as a backup made with ln), which would keep the deleted records; remove that link or make it a copy (cp), then try again")
	// errClosed is returned by methods called after Close.
	errClosed = errors.New("the database is closed; restart upright")
)

// classify turns an error from bbolt or the file system into one that wraps a sentinel, keeping
// the original as detail. bbolt formats some file errors with %s, so the text is checked too.
func classify(op string, err error) error {
	if err == nil {
		return nil
	}
	for _, s := range []error{ErrLocked, ErrNewerSchema, ErrNotDatabase, ErrDamaged, ErrNotFound, ErrReadOnly, ErrDiskFull, ErrNoDatabase, ErrLinked, errClosed} {
		if errors.Is(err, s) {
			return fmt.Errorf("%s: %w", op, err)
		}
	}
	var sentinel error
	switch {
	case errors.Is(err, berrors.ErrTimeout):
		return fmt.Errorf("%s: %w", op, ErrLocked)
	case is(err, syscall.ENOSPC), is(err, syscall.EFBIG), is(err, syscall.EDQUOT):
		sentinel = ErrDiskFull
	case is(err, syscall.EROFS), is(err, syscall.EACCES), is(err, syscall.EPERM),
		errors.Is(err, berrors.ErrDatabaseReadOnly):
		sentinel = ErrReadOnly
	case errors.Is(err, berrors.ErrInvalid), errors.Is(err, berrors.ErrVersionMismatch),
		errors.Is(err, berrors.ErrChecksum), errors.Is(err, berrors.ErrInvalidMapping),
		// upright never keeps a plain value under a name it uses for a bucket, or the reverse.
		errors.Is(err, berrors.ErrIncompatibleValue):
		sentinel = ErrDamaged
	case errors.Is(err, berrors.ErrDatabaseNotOpen):
		sentinel = errClosed
	default:
		return fmt.Errorf("%s: %w", op, err)
	}
	if d := pathless(op, err); d != nil {
		err = d
	}
	return fmt.Errorf("%s: %v: %w", op, oneLine(err), sentinel)
}

// pathless is the cause of a file error about the very file op names, without the path again
// ("open X: permission denied", not "open X: stat X: permission denied"); nil for other errors.
func pathless(op string, err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) && pe.Path != "" && strings.HasSuffix(op, " "+pe.Path) {
		return pe.Err
	}
	return nil
}

// is reports whether err is errno, by the chain or by its text.
func is(err error, errno syscall.Errno) bool {
	return errors.Is(err, errno) || strings.Contains(err.Error(), errno.Error())
}

// oneLine keeps an error's text on one line.
func oneLine(v any) string {
	return strings.Join(strings.Fields(fmt.Sprint(v)), " ")
}
