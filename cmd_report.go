package main

import (
	"errors"
	"flag"
	"strings"
	"time"

	"upright/progress"
	"upright/progress/report"
	"upright/store"
)

var reportCommand = command{name: "report", usage: "--out FILE.html [--format html|md]",
	summary: "a report for a check-up", new: func() runner { return &reportCmd{} }}

type reportCmd struct {
	sessionOptions
	formatOption
	outOption
}

func (c *reportCmd) flags(fs *flag.FlagSet) {
	c.sessionOptions.flags(fs)
	c.formatOption.flags(fs, "html|md", "a page to print, or Markdown\n(default: from the --out name)")
	c.outOption.flags(fs)
}

func (c *reportCmd) run(io streams, _ []string) error {
	if c.format == "" {
		c.format = "html"
		if strings.HasSuffix(c.out, ".md") {
			c.format = "md"
		}
	}
	if c.format != "html" && c.format != "md" {
		return usagef("takes --format html or --format md")
	}
	if c.format == "html" && c.out == "" {
		// A page of HTML is no use on a terminal; --out - still sends it to standard output.
		return usagef("needs --out FILE.html (or --out - for standard output, or --format md)")
	}
	if err := c.check(); err != nil {
		return err
	}
	if err := c.notDatabase(c.out); err != nil {
		return err
	}
	in, bad, err := c.input()
	if err != nil {
		return err
	}
	var out []byte
	if c.format == "md" {
		out = report.Markdown(in)
	} else {
		out = report.HTML(in)
	}
	if err := emit(c.out, out, 0o600, io.out); err != nil {
		return err
	}
	return damagedError(bad)
}

// input reads what the report shows. By default a report covers the time since the last
// check-up (or the program's start).
func (c *reportCmd) input() (report.Input, []store.Damaged, error) {
	st, err := openForReading(c.db)
	if err != nil {
		return report.Input{}, nil, err
	}
	defer st.Close()
	profile, err := profileName(c.profileOption, st)
	if err != nil {
		return report.Input{}, nil, err
	}
	recs, bad, err := st.Sessions(profile, store.Query{Routine: c.routine})
	if err != nil {
		return report.Input{}, nil, err
	}
	p, err := st.Profile(profile)
	if err != nil && !errors.Is(err, store.ErrNotFound) {
		return report.Input{}, nil, err
	}
	since := c.since.Time
	if since.IsZero() {
		since = p.ReportSince(time.Local)
	}
	saved, _, err := st.Routines()
	if err != nil {
		return report.Input{}, nil, err
	}
	in := report.Input{Profile: profile, Person: &p.Profile, AgeBand: p.AgeBand, Sex: p.Sex, Since: since, Until: c.until.Time, Now: now(),
		Loc: time.Local, Records: recs, Targets: progress.TargetsOf(p.Profile),
		Suggestions: progress.Suggestions(p.Profile, recs, saved, now())}
	return in, bad, nil
}
