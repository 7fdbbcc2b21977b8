package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"syscall"
)

// emit writes data to the --out path, or to w for "-" or no --out.
func emit(out string, data []byte, perm os.FileMode, w io.Writer) error {
	if out == "" || out == "-" {
		_, err := w.Write(data)
		return err
	}
	return writeFileAtomic(out, data, perm)
}

// writeFileAtomic writes data to path through a temporary file in the same folder that is synced
// and renamed over path, and then syncs the folder: a killed write leaves the old file or the
// new one, never half a file.
//
// It writes only to a new path or over a regular file. Renaming over anything else would put a
// plain file in its place: a symbolic link (a report kept in a synced folder) would stop pointing
// there, a named pipe a reader waits on would vanish, and a device such as /dev/null would be
// replaced for every program on the machine. Those are refused, and left as they were.
func writeFileAtomic(path string, data []byte, perm os.FileMode) (err error) {
	op := "write " + path
	if fi, err := os.Lstat(path); err == nil && !fi.Mode().IsRegular() {
		return fmt.Errorf("%s: it is %s; upright writes only to a regular file or a new path, and left it as it was", op, fileKind(fi.Mode()))
	} else if err != nil && !errors.Is(err, fs.ErrNotExist) {
		return fileError(op, err)
	}
	dir, base := filepath.Split(path)
	if dir == "" {
		dir = "."
	}
	if fi, err := os.Stat(dir); errors.Is(err, fs.ErrNotExist) {
		return fmt.Errorf("%s: there is no folder %s; make it first, or choose another path", op, dir)
	} else if err == nil && !fi.IsDir() {
		return fmt.Errorf("%s: %s is not a folder", op, dir)
	}
	f, err := os.CreateTemp(dir, "."+base+".tmp-*")
	if err != nil {
		return fileError(op, err)
	}
	tmp := f.Name()
	defer func() {
		if err != nil {
			_ = f.Close()
			_ = os.Remove(tmp)
		}
	}()
	if _, err = f.Write(data); err != nil {
		return fileError(op, err)
	}
	if err = f.Chmod(perm); err != nil {
		return fileError(op, err)
	}
	if err = f.Sync(); err != nil {
		return fileError(op, err)
	}
	if err = f.Close(); err != nil {
		return fileError(op, err)
	}
	if err = os.Rename(tmp, path); err != nil {
		return fileError(op, err)
	}
	return fileError(op, syncDir(dir))
}

func syncDir(dir string) error {
	d, err := os.Open(dir)
	if err != nil {
		return err
	}
	err = d.Sync()
	if cerr := d.Close(); err == nil {
		err = cerr
	}
	return err
}

// fileError is op's one-line error: the cause without the path again (the temporary file's
// name means nothing to the person), and what to do for the common causes.
func fileError(op string, err error) error {
	if err == nil {
		return nil
	}
	cause := err
	var pe *fs.PathError
	if errors.As(err, &pe) {
		cause = pe.Err
	}
	var le *os.LinkError
	if errors.As(err, &le) {
		cause = le.Err
	}
	switch {
	case errors.Is(err, syscall.ENOSPC), errors.Is(err, syscall.EDQUOT), errors.Is(err, syscall.EFBIG):
		return fmt.Errorf("%s: the disk is full; free some space and try again", op)
	case errors.Is(err, fs.ErrPermission), errors.Is(err, syscall.EROFS):
		return fmt.Errorf("%s: %v; choose a folder you can write to", op, cause)
	}
	return fmt.Errorf("%s: %v", op, cause)
}

// fileKind names what a file that is not a regular one is, for messages.
func fileKind(m fs.FileMode) string {
	switch {
	case m&fs.ModeSymlink != 0:
		return "a symbolic link"
	case m.IsDir():
		return "a folder"
	case m&fs.ModeNamedPipe != 0:
		return "a named pipe"
	case m&fs.ModeDevice != 0:
		return "a device"
	case m&fs.ModeSocket != 0:
		return "a socket"
	}
	return "not a regular file"
}
