package main

import (
	"fmt"
	"io"
	"slices"
	"strings"
)

// The command line over SSH: `ssh -p 2222 clinic history --profile ann --json` runs the same
// command table inside the server, which owns the database, with the same flags and exit codes.
// What differs is who may ask for what: the database is always the server's, output always
// comes back over the connection (never a file on the server), and a patient's key reads only
// its own profile.

// role is who a key is.
type role int

const (
	unknownKey   role = iota // not enrolled: may only enrol
	patientKey               // enrolled for one profile
	therapistKey             // listed in --therapists
)

// remoteCommands are the commands each role may run over SSH. Patients get what reads their own
// sessions; `routines` lists other patients' prescribed routines, so it is not theirs (their
// routine picker shows them the library and their own).
var remoteCommands = map[role][]string{
	therapistKey: {"history", "export", "report", "exercises", "routines", "check", "invite", "audit"},
	patientKey:   {"history", "export", "report", "exercises"},
}

// The options a remote command's runner may have, reached through the embedded option structs.
type (
	hasDB      interface{ database() *dbOption }
	hasOut     interface{ output() *outOption }
	hasProfile interface{ who() *profileOption }
)

func (o *dbOption) database() *dbOption      { return o }
func (o *outOption) output() *outOption      { return o }
func (o *profileOption) who() *profileOption { return o }

// remoteInvocation parses args as sent over SSH and fixes them for the server: the server's
// database, output to the connection, and for a patient their own profile. What a key may not
// do is an error saying so.
func remoteInvocation(args []string, r role, ownProfile, dbFile string) (invocation, error) {
	inv, err := parse(args)
	if err != nil {
		return inv, err
	}
	if inv.help {
		return inv, nil
	}
	if inv.cmd.name == "" || !slices.Contains(remoteCommands[r], inv.cmd.name) {
		return inv, usagef("over SSH this key can run: %s", strings.Join(remoteCommands[r], ", "))
	}
	if d, ok := inv.r.(hasDB); ok {
		if d.database().db != "" {
			return inv, usagef("over SSH the server's own database is used; leave out --db")
		}
		d.database().db = dbFile
	}
	if o, ok := inv.r.(hasOut); ok {
		switch o.output().out {
		case "", "-":
			o.output().out = "-"
		default:
			return inv, usagef("over SSH the output comes back on standard output; leave out --out and redirect it: ssh … > FILE")
		}
	}
	if p, ok := inv.r.(hasProfile); ok && r == patientKey {
		who := p.who()
		if who.set && who.profile != ownProfile {
			return inv, exitCodeError{code: exitError, err: fmt.Errorf("this key reads only its own profile; leave out --profile")}
		}
		who.profile, who.set = ownProfile, true
	}
	return inv, nil
}

// runRemote runs a command sent over SSH and returns its exit code; a panic in it is one line
// and exit 1, as on the command line, and never reaches the server. started hears of each
// command allowed to run, with the profile it reads ("" for the last used or none), for the
// audit log.
func runRemote(args []string, r role, ownProfile, dbFile string, stdout, stderr io.Writer, started func(command, profile string)) (code int) {
	defer func() {
		if p := recover(); p != nil {
			fmt.Fprintf(stderr, "upright: internal error: %v (please report this)\n", p)
			code = exitError
		}
	}()
	inv, err := remoteInvocation(args, r, ownProfile, dbFile)
	if err == nil {
		profile := ""
		if p, ok := inv.r.(hasProfile); ok {
			profile = p.who().profile
		}
		if !inv.help {
			started(inv.cmd.name, profile)
		}
		err = inv.run(streams{out: stdout, err: stderr})
	}
	return exitFor(err, inv.name(), stderr)
}
