// Command upright is a terminal coach for physical-therapy sessions for osteoporosis back pain.
// This file is wiring only: flags and subcommands, the data path, the store, the program, exit codes.
package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"upright/exercises"
)

// now is the clock: the one place upright reads the time, so everything else takes it as input.
var now = time.Now

// version is set at build time with -ldflags "-X main.version=…".
var version = "0.1.0-dev"

// Exit codes (DESIGN.md, "Command line").
const (
	exitOK          = 0
	exitError       = 1
	exitUsage       = 2
	exitInterrupted = 130
)

// usageError is bad usage: exit 2 with a pointer to --help.
type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg + " (see upright --help)" }

func usagef(format string, args ...any) error { return usageError{fmt.Sprintf(format, args...)} }

// exitError carries a specific exit code out of a command.
type exitCodeError struct {
	code int
	err  error
}

func (e exitCodeError) Error() string { return e.err.Error() }

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// run is the whole command line, testable without a process.
func run(args []string, stdout, stderr io.Writer) (code int) {
	defer func() {
		// A bug must never dump a stack on a patient: one line, and a non-zero exit.
		if r := recover(); r != nil {
			fmt.Fprintf(stderr, "upright: internal error: %v; your finished sets are kept (please report this)\n", r)
			code = exitError
		}
	}()
	f, err := parseArgs(args)
	if err == nil {
		err = dispatch(f, stdout, stderr)
	}
	if err == nil {
		return exitOK
	}
	msg := strings.ReplaceAll(err.Error(), "\n", " ")
	var fe *exercises.FileError
	if errors.As(err, &fe) {
		// Routine file errors read like a compiler's, FILE:LINE: …, so editors can jump to them.
		fmt.Fprintln(stderr, msg)
		return exitError
	}
	var ue usageError
	var ce exitCodeError
	switch {
	case errors.As(err, &ue):
		fmt.Fprintln(stderr, "upright: "+msg)
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

func dispatch(f flags, stdout, stderr io.Writer) error {
	if f.version {
		fmt.Fprintln(stdout, "upright "+version)
		return nil
	}
	if f.help {
		fmt.Fprint(stdout, helpText)
		return nil
	}
	if len(f.args) == 0 {
		return runApp(f, stderr)
	}
	cmd, rest := f.args[0], f.args[1:]
	switch cmd {
	case "exercises":
		return noArgs(cmd, rest, func() error { return cmdExercises(f, stdout) })
	case "routines":
		return noArgs(cmd, rest, func() error { return cmdRoutines(f, stdout) })
	case "routine":
		return cmdRoutine(f, rest, stdout)
	case "history":
		return noArgs(cmd, rest, func() error { return cmdHistory(f, stdout) })
	case "export":
		return noArgs(cmd, rest, func() error { return cmdExport(f, stdout) })
	case "report":
		return noArgs(cmd, rest, func() error { return cmdReport(f, stdout) })
	case "check":
		return noArgs(cmd, rest, func() error { return cmdCheck(f, stdout) })
	case "help":
		fmt.Fprint(stdout, helpText)
		return nil
	}
	return usagef("unknown command %q", cmd)
}

func noArgs(cmd string, rest []string, fn func() error) error {
	if len(rest) > 0 {
		return usagef("%s takes no arguments, got %q", cmd, strings.Join(rest, " "))
	}
	return fn()
}

const helpText = `upright: a terminal coach for physical-therapy sessions for osteoporosis
back pain.
Talk to your doctor or physical therapist before starting, and especially
after a spine fracture.

Usage:
  upright [flags]                  the app, on the default database
  upright exercises [--json]       the exercise catalog
  upright routines [--json]        built-in and saved routines
  upright routine check FILE       validate a routine file (FILE:LINE: …)
  upright routine add FILE         save a routine file into the database
  upright routine export ID --out FILE.toml
                                   write a routine as a file to hand over
  upright history [--json]         past sessions of a profile, newest first
  upright export --format json|csv [--out FILE]
  upright report --out FILE.html [--format html|md]
                                   a report for a check-up
  upright check                    verify the database and every record

Flags (before or after the command):
  --db PATH          another database file
                     (default: $XDG_DATA_HOME/upright/upright.db)
  --profile NAME     whose sessions these are (created on first use)
  --routine ID|FILE  start straight into this routine;
                     with history, export, report: only this routine
  --since DATE       history, export, report: from this day (YYYY-MM-DD)
  --until DATE       history, export, report: before this day (YYYY-MM-DD)
  --demo             demonstrate: nothing is saved, and the screen says so
  --quiet            no bell
  --voice            speak cues with espeak-ng, spd-say or say
  --json             machine-readable output
  --version, --help

Exit codes: 0 success, 1 error, 2 bad usage, 130 interrupted.
`
