package main

import (
	"bytes"
	"flag"

	"upright/session/record"
)

var exportCommand = command{name: "export", usage: "--format json|csv [--out FILE]",
	summary: "sessions set by set, for a spreadsheet", new: func() runner { return &exportCmd{} }}

type exportCmd struct {
	sessionOptions
	formatOption
	outOption
}

func (c *exportCmd) flags(fs *flag.FlagSet) {
	c.sessionOptions.flags(fs)
	c.formatOption.flags(fs, "json|csv", "the records, or one row a set")
	c.outOption.flags(fs)
}

func (c *exportCmd) run(io streams, _ []string) error {
	if c.format != "json" && c.format != "csv" {
		return usagef("needs --format json or --format csv")
	}
	if err := c.check(); err != nil {
		return err
	}
	if err := c.notDatabase(c.out); err != nil {
		return err
	}
	// The records that pass their checks are exported even when others were damaged: this is
	// how a person saves what is good (`upright check` says so); the exit is 1 all the same.
	recs, loadErr := sessionsFor(c.sessionOptions)
	if loadErr != nil && recs == nil {
		return loadErr
	}
	var buf bytes.Buffer
	var err error
	if c.format == "json" {
		err = record.ExportJSON(&buf, recs)
	} else {
		err = record.ExportCSV(&buf, recs)
	}
	if err != nil {
		return err
	}
	if err := emit(c.out, buf.Bytes(), 0o600, io.out); err != nil {
		return err
	}
	return loadErr
}
