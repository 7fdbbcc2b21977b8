package main

import (
	"flag"

	"upright/store"
	"upright/ui/kit"
)

var auditCommand = command{name: "audit", usage: "[--json]",
	summary: "the clinic server's log: which key opened\nwhich profile, when, and what it ran", new: func() runner { return &auditCmd{} }}

type auditCmd struct {
	dbOption
	jsonOption
}

func (c *auditCmd) flags(fs *flag.FlagSet) {
	c.dbOption.flags(fs)
	c.jsonOption.flags(fs)
}

func (c *auditCmd) run(io streams, _ []string) error {
	st, err := openForReading(c.db)
	if err != nil {
		return err
	}
	defer st.Close()
	log, bad, err := st.AuditLog()
	if err != nil {
		return err
	}
	if c.json {
		if len(bad) > 0 {
			return damagedError(bad) // nothing on standard output rather than a log with holes
		}
		if log == nil {
			log = []store.AuditEntry{}
		}
		return writeJSON(io.out, log)
	}
	var t table
	t.add("WHEN", "KEY", "PROFILE", "ACTION")
	for _, e := range log {
		t.add(e.At.Local().Format("2006-01-02 15:04:05"), e.Key, kit.Clip(shownName(e.Profile), 24), e.Action)
	}
	if err := t.write(io.out); err != nil {
		return err
	}
	return damagedError(bad)
}
