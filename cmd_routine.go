package main

import (
	"errors"
	"flag"
	"fmt"

	"upright/exercises"
	"upright/store"
)

// The routine commands: check a routine file, save one into the database, write one out to hand
// over.

var routineCheckCommand = command{name: "routine check", args: "FILE",
	summary: "validate a routine file (FILE:LINE: …)", new: func() runner { return &routineCheckCmd{} }}

// routineCheckCmd reads only the file; it takes no --db.
type routineCheckCmd struct{}

func (c *routineCheckCmd) flags(*flag.FlagSet) {}

func (c *routineCheckCmd) run(io streams, args []string) error {
	r, _, err := readRoutineFile(args[0])
	if err != nil {
		return err
	}
	fmt.Fprintf(io.out, "%s: ok — %q, %s, about %s\n", args[0], exercises.CleanText(r.Name),
		exercises.Count(len(r.Items), "exercise", "exercises"), roundMinutes(r.EstimatedDuration()))
	for _, it := range r.Flagged() {
		fmt.Fprintf(io.out, "  caution: %s is %s; the session shows the caution before it\n", it.Exercise.ID, it.Exercise.Status)
	}
	return nil
}

var routineAddCommand = command{name: "routine add", args: "FILE",
	summary: "save a routine file into the database",
	new:     func() runner { return &routineAddCmd{} }}

// routineAddCmd saves a file's routine. The file never says whose it is: a file handed over
// between clinics or patients must not carry a name from another database, so whoever adds it
// chooses, with --profile.
type routineAddCmd struct {
	dbOption
	profileOption
}

func (c *routineAddCmd) flags(fs *flag.FlagSet) {
	c.dbOption.flags(fs)
	c.profileOption.flagsSaying(fs, "`NAME` the patient it is prescribed for\n(default: the clinic's library, for everyone)")
}

func (c *routineAddCmd) run(io streams, args []string) error {
	// The file is read and checked before the database is opened, so a bad file leaves no trace.
	_, src, err := readRoutineFile(args[0])
	if err != nil {
		return err
	}
	st, err := openForWriting(c.db)
	if err != nil {
		return err
	}
	defer st.Close()
	if c.set && c.profile == "" {
		return usagef("--profile needs a name; leave it out to save the routine in the library")
	}
	r, err := st.SaveRoutine(src, store.RoutineSave{File: args[0], Owner: c.profile})
	if err != nil {
		return err
	}
	if r.Owner == "" {
		fmt.Fprintf(io.out, "saved routine %q in the library as %s; start it with: upright --routine %s\n",
			exercises.CleanText(r.Name), r.ID, r.ID)
		return nil
	}
	fmt.Fprintf(io.out, "saved routine %q for %s as %s; start it with: upright --profile %q --routine %s\n",
		exercises.CleanText(r.Name), exercises.CleanText(r.Owner), r.ID, r.Owner, r.ID)
	return nil
}

var routineExportCommand = command{name: "routine export", args: "ID", usage: "--out FILE.toml",
	summary: "write a routine as a file to hand over", new: func() runner { return &routineExportCmd{} }}

type routineExportCmd struct {
	dbOption
	outOption
}

func (c *routineExportCmd) flags(fs *flag.FlagSet) {
	c.dbOption.flags(fs)
	c.outOption.flags(fs)
}

func (c *routineExportCmd) run(io streams, args []string) error {
	if c.out == "" {
		return usagef("needs --out FILE.toml (or --out - for standard output)")
	}
	if err := c.notDatabase(c.out); err != nil {
		return err
	}
	src, err := c.source(args[0])
	if err != nil {
		return err
	}
	if err := emit(c.out, src, 0o644, io.out); err != nil {
		return err
	}
	if c.out != "-" {
		fmt.Fprintf(io.out, "wrote %s; load it with: upright routine add %s\n", c.out, c.out)
	}
	return nil
}

// source is the TOML of a built-in or saved routine; a built-in needs no database.
func (c *routineExportCmd) source(id string) ([]byte, error) {
	if r, ok := exercises.BuiltinRoutine(id); ok {
		return exercises.MarshalRoutine(r), nil
	}
	st, err := openForReading(c.db)
	if err != nil {
		return nil, err
	}
	defer st.Close()
	src, err := st.RoutineSource(id)
	if errors.Is(err, store.ErrNotFound) {
		return nil, fmt.Errorf("no routine %q; see `upright routines`", id)
	}
	return src, err
}
