package main

import (
	"flag"
	"fmt"
	"strconv"
	"time"

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
	recs, loadErr := sessionsFor(c.sessionOptions)
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
	var t table
	t.add("STARTED", "ROUTINE", "MINUTES", "STATUS", "SETS", "PAIN")
	for _, r := range recs {
		pain := fmt.Sprint(r.Checkin.Pain)
		if r.Checkout != nil {
			pain += " → " + fmt.Sprint(r.Checkout.Pain)
		}
		t.add(r.StartedAt.Local().Format("2006-01-02 15:04"), clip(exercises.CleanText(r.Routine.Name), 24),
			strconv.Itoa(int(r.Duration().Round(time.Minute)/time.Minute)), r.Status, strconv.Itoa(r.SetsDone()), pain)
	}
	if err := t.write(io.out); err != nil {
		return err
	}
	return loadErr
}
