package main

import (
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"time"

	"github.com/charmbracelet/x/ansi"

	"upright/exercises"
	"upright/store"
)

var inviteCommand = command{name: "invite", usage: "--profile NAME",
	summary: "a one-time code that enrols a patient's\nSSH key with the clinic server", new: func() runner { return &inviteCmd{} }}

type inviteCmd struct {
	dbOption
	profileOption
}

func (c *inviteCmd) flags(fs *flag.FlagSet) {
	c.dbOption.flags(fs)
	c.profileOption.flags(fs)
}

func (c *inviteCmd) run(io streams, _ []string) error {
	if !c.set {
		// The last profile used is a guess, and a code for the wrong person enrols them as
		// someone else.
		return usagef("needs --profile NAME: whom the code enrols")
	}
	st, err := openExisting(c.db)
	if err != nil {
		return err
	}
	defer st.Close()
	inv, err := st.CreateInvite(c.profile, now())
	if errors.Is(err, store.ErrNotFound) {
		return fmt.Errorf("no profile %q in %s; create it first (upright --profile %s), then make the invite", shownName(c.profile), st.Path(), shownName(c.profile))
	}
	if err != nil {
		return err
	}
	fmt.Fprintf(io.out, "invite code for %s: %s\nvalid once, until %s\n", shownName(inv.Profile), inv.Code,
		inv.Expires.Local().Format("2006-01-02 15:04 MST"))
	return nil
}

// openExisting opens the database for writing, but only one that is there: an invite for a
// profile in a database made on the spot could never be used.
func openExisting(db string) (*store.Store, error) {
	path, err := dbPath(db)
	if err != nil {
		return nil, err
	}
	if _, err := os.Stat(path); errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("no database at %s; check the --db path (nothing was created)", path)
	}
	return store.Open(path, store.Options{Timeout: time.Second})
}

// shownName is a name as it may be printed on someone's terminal: escape sequences and control
// characters removed whole, so a name cannot move the cursor, recolour or clear a screen.
func shownName(name string) string {
	return exercises.CleanText(ansi.Strip(name))
}
