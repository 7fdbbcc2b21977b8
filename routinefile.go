package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"syscall"

	"upright/exercises"
)

// maxRoutineFile is more than any routine file needs; the parser names the limit it keeps.
const maxRoutineFile = 1 << 20

// readRoutineFile reads and parses a routine file for `routine check`, `routine add` and
// --routine, returning its source too. Anything but a regular file is refused before it is read:
// opening a named pipe waits for a writer that may never come, and a device can stream forever.
// The file is opened without blocking and looked at again once open, in case it was swapped.
func readRoutineFile(path string) (exercises.Routine, []byte, error) {
	fi, err := os.Stat(path)
	if err != nil {
		return exercises.Routine{}, nil, routineFileError(path, err)
	}
	if !fi.Mode().IsRegular() {
		return exercises.Routine{}, nil, notRoutineFile(path, fi.Mode())
	}
	f, err := os.OpenFile(path, os.O_RDONLY|syscall.O_NONBLOCK, 0)
	if err != nil {
		return exercises.Routine{}, nil, routineFileError(path, err)
	}
	defer f.Close()
	if fi, err = f.Stat(); err != nil {
		return exercises.Routine{}, nil, routineFileError(path, err)
	} else if !fi.Mode().IsRegular() {
		return exercises.Routine{}, nil, notRoutineFile(path, fi.Mode())
	}
	src, err := io.ReadAll(io.LimitReader(f, maxRoutineFile+1))
	if err != nil {
		return exercises.Routine{}, nil, routineFileError(path, err)
	}
	r, err := exercises.ParseRoutine(path, src)
	return r, src, err
}

func notRoutineFile(path string, m fs.FileMode) error {
	return fmt.Errorf("%s: it is %s, not a routine file; give the path of a .toml file", path, fileKind(m))
}

func routineFileError(path string, err error) error {
	if errors.Is(err, fs.ErrNotExist) {
		return fmt.Errorf("%s: no such file; check the path", path)
	}
	var pe *fs.PathError
	if errors.As(err, &pe) {
		err = pe.Err
	}
	return fmt.Errorf("%s: cannot read: %v", path, err)
}
