package exercises

import (
	"strconv"
	"strings"
)

// MaxFileErrors is how many problems of one routine file are reported: enough to fix a file in one
// pass, few enough that a hostile file cannot fill a screen.
const MaxFileErrors = 20

// FileErrors is every problem found in a routine file, in line order. Its Error is one line per
// problem, FILE:LINE: message, so "upright routine check" lists them as a compiler would.
// errors.As finds the first as a *FileError.
type FileErrors []*FileError

// Error spells one problem a line.
func (es FileErrors) Error() string {
	lines := make([]string, len(es))
	for i, e := range es {
		lines[i] = e.Error()
	}
	return strings.Join(lines, "\n")
}

// Unwrap gives each problem, so errors.As reaches a *FileError.
func (es FileErrors) Unwrap() []error {
	out := make([]error, len(es))
	for i, e := range es {
		out[i] = e
	}
	return out
}

// fileErrors caps errs, already in line order, at MaxFileErrors, saying how many more there were.
func fileErrors(file string, errs []*FileError) FileErrors {
	if len(errs) <= MaxFileErrors {
		return FileErrors(errs)
	}
	out := append(FileErrors(nil), errs[:MaxFileErrors]...)
	last := errs[MaxFileErrors-1].Line
	n := len(errs) - MaxFileErrors
	more := "1 more problem"
	if n > 1 {
		more = strconv.Itoa(n) + " more problems"
	}
	return append(out, &FileError{File: file, Line: last, Msg: "and " + more + " after this line; fix these first"})
}
