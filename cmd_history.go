package main

import (
	"flag"
	"fmt"
	"strconv"

	"upright/exercises"
	"upright/session/record"
)

var historyCommand = command{name: "history", usage: "[--json]", summary: "past sessions of a profile, newest first",
	new: func() runner { return &historyCmd{} }}

type historyCmd struct {
	sessionOptions
	jsonOption
}

func (c *historyCmd) flags(fs *flag.FlagSet) {
	c.sessionOptions.flags(fs)
	c.jsonOption.flags(fs)
}

func (c *historyCmd) run(io streams, _ []string) error {
	if err := c.check(); err != nil {
		return err
	}
	profile, recs, loadErr := profileSessions(c.sessionOptions)
	if c.json {
		// A script reads standard output whatever the exit code: on any failure it gets nothing,
		// never "[]", which would read as "no sessions", nor a list with records missing.
		if loadErr != nil {
			return loadErr
		}
		if recs == nil {
			recs = []record.Record{}
		}
		return writeJSON(io.out, recs)
	}
	if loadErr != nil && recs == nil {
		return loadErr
	}
	if _, err := fmt.Fprintf(io.out, "Sessions of %s (%s)\n", exercises.CleanText(profile), fmt.Sprintf("%d %s", len(recs), plural(len(recs), "session", "sessions"))); err != nil {
		return err
	}
	var t table
	t.add("STARTED", "ID", "ROUTINE", "TIME", "STATUS", "SETS", "PAIN", "FLAGS")
	for _, r := range recs {
		pain := fmt.Sprint(r.Checkin.Pain)
		if r.Checkout != nil {
			pain += " → " + fmt.Sprint(r.Checkout.Pain)
		}
		t.add(r.StartedAt.Local().Format("2006-01-02 15:04"), r.ID, exercises.CleanText(r.Routine.Name),
			clockTime(r.Duration()), r.Status, strconv.Itoa(r.SetsDone()), pain, flagKinds(r.Flags))
	}
	// The routine's name gives way first, then the flags and the status: the id is what the next
	// command needs.
	if err := t.writeFit(io.out, outWidth(io.out), 2, 7, 4); err != nil {
		return err
	}
	return loadErr
}
