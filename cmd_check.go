package main

import (
	"flag"
	"fmt"
)

var checkCommand = command{name: "check", summary: "verify the database and every record",
	new: func() runner { return &checkCmd{} }}

// checkCmd verifies the database; it changes nothing in it, its mode included.
type checkCmd struct{ dbOption }

func (c *checkCmd) flags(fs *flag.FlagSet) { c.dbOption.flags(fs) }

func (c *checkCmd) run(io streams, _ []string) error {
	st, err := openForReading(c.db)
	if err != nil {
		return err
	}
	defer st.Close()
	problems, err := st.Check()
	if err != nil {
		return err
	}
	if len(problems) == 0 {
		fmt.Fprintf(io.out, "%s: ok\n", st.Path())
		return nil
	}
	for _, p := range problems {
		fmt.Fprintf(io.out, "%s: %s\n", p.Where, p.What)
	}
	return fmt.Errorf("%d problem(s) found in %s; nothing was changed — restore a backup copy, or export what is good with `upright export`", len(problems), st.Path())
}
