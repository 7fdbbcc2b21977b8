package main

import (
	"errors"
	"fmt"
	"io"
	"strings"

	"upright/exercises"
)

// Exit codes: what scripts may rely on.
const (
	exitOK          = 0
	exitError       = 1
	exitUsage       = 2
	exitInterrupted = 130
)

// usageError is a command line that upright cannot follow: exit 2, with a pointer to --help.
type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }

func usagef(format string, args ...any) error { return usageError{fmt.Sprintf(format, args...)} }

// exitCodeError carries a specific exit code out of a command; an empty message prints nothing.
type exitCodeError struct {
	code int
	err  error
}

func (e exitCodeError) Error() string { return e.err.Error() }

// streams are where a command writes: results to out, the app's notices to err.
type streams struct{ out, err io.Writer }

// run is the whole command line, testable without a process.
func run(args []string, stdout, stderr io.Writer) (code int) {
	defer func() {
		// A bug must never dump a stack on a patient: one line, and a non-zero exit.
		if r := recover(); r != nil {
			fmt.Fprintf(stderr, "upright: internal error: %v; your finished sets are kept (please report this)\n", r)
			code = exitError
		}
	}()
	inv, err := parse(args)
	if err == nil {
		err = inv.run(streams{out: stdout, err: stderr})
	}
	return exitFor(err, inv.name(), stderr)
}

// exitFor prints err as one line on stderr and returns the exit code it means. Usage errors
// name the command they are about, so the pointer to help is the right one.
func exitFor(err error, command string, stderr io.Writer) int {
	if err == nil {
		return exitOK
	}
	msg := strings.ReplaceAll(err.Error(), "\n", " ")
	var fe *exercises.FileError
	var ue usageError
	var ce exitCodeError
	switch {
	case errors.As(err, &fe):
		// Routine file errors read like a compiler's, FILE:LINE: … a problem a line, every
		// problem of the file in line order, so editors can jump to them and one run shows all.
		fmt.Fprintln(stderr, err.Error())
		return exitError
	case errors.As(err, &ue):
		fmt.Fprintf(stderr, "%s: %s (see %s --help)\n", command, msg, command)
		return exitUsage
	case errors.As(err, &ce):
		if ce.err != nil && ce.err.Error() != "" {
			fmt.Fprintln(stderr, "upright: "+msg)
		}
		return ce.code
	default:
		fmt.Fprintln(stderr, "upright: "+msg)
		return exitError
	}
}
