package main

import (
	"flag"
	"fmt"
	"time"

	"upright/session/profile"
)

// The options several commands share, each declared by the commands it applies to; a command
// that does not declare one refuses it.

// dbOption is --db, for the commands that open the database.
type dbOption struct{ db string }

func (o *dbOption) flags(fs *flag.FlagSet) {
	fs.StringVar(&o.db, "db", "", "`PATH` another database file\n(default: $XDG_DATA_HOME/upright/upright.db)")
}

// profileOption is --profile; set tells a name given from the last profile used.
type profileOption struct {
	profile string
	set     bool
}

func (o *profileOption) flags(fs *flag.FlagSet) {
	o.flagsSaying(fs, "`NAME` whose sessions these are (default: the last used)")
}

// flagsSaying declares --profile with a command's own help: for routines it names the patient
// a routine is for, not whose sessions are read.
func (o *profileOption) flagsSaying(fs *flag.FlagSet, usage string) {
	fs.Func("profile", usage, func(s string) error {
		o.profile, o.set = profile.Name(s), true // one spelling of the name, as the store keeps it
		return nil
	})
}

// sessionOptions choose the sessions history, export and report read.
type sessionOptions struct {
	dbOption
	profileOption
	filterOptions
}

func (o *sessionOptions) flags(fs *flag.FlagSet) {
	o.dbOption.flags(fs)
	o.profileOption.flags(fs)
	o.filterOptions.flags(fs)
}

// filterOptions are --routine, --since and --until, for the commands that read sessions.
type filterOptions struct {
	routine      string
	since, until day
}

func (o *filterOptions) flags(fs *flag.FlagSet) {
	fs.StringVar(&o.routine, "routine", "", "`ID` only the sessions of this routine")
	fs.Var(&o.since, "since", "`DATE` only sessions from this day on (YYYY-MM-DD)")
	fs.Var(&o.until, "until", "`DATE` only sessions before this day (YYYY-MM-DD)")
}

// check refuses a period that ends before it starts: it could only ever be empty, which would
// read as "no sessions".
func (o *filterOptions) check() error {
	if !o.since.IsZero() && !o.until.IsZero() && !o.since.Before(o.until.Time) {
		return usagef("--since %s is not before --until %s (--until is the first day left out)",
			o.since.Format(time.DateOnly), o.until.Format(time.DateOnly))
	}
	return nil
}

// day is a date flag, the start of that day in local time.
type day struct{ time.Time }

func (d *day) String() string {
	if d == nil || d.IsZero() {
		return ""
	}
	return d.Format(time.DateOnly)
}

func (d *day) Set(s string) error {
	t, err := time.ParseInLocation(time.DateOnly, s, time.Local)
	if err != nil {
		return fmt.Errorf("%q is not a date; use YYYY-MM-DD", s)
	}
	d.Time = t
	return nil
}

// formatOption is --format, with the values a command accepts.
type formatOption struct {
	format string
}

func (o *formatOption) flags(fs *flag.FlagSet, values, usage string) {
	fs.StringVar(&o.format, "format", "", "`"+values+"` "+usage)
}

// outOption is --out: a file, written whole or not at all, or - for standard output.
type outOption struct{ out string }

func (o *outOption) flags(fs *flag.FlagSet) {
	fs.StringVar(&o.out, "out", "", "`FILE` write here, or - for standard output")
}

// jsonOption is --json.
type jsonOption struct{ json bool }

func (o *jsonOption) flags(fs *flag.FlagSet) {
	fs.BoolVar(&o.json, "json", false, "machine-readable output")
}
