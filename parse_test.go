package main

import (
	"errors"
	"reflect"
	"testing"
)

// TestParseFindsTheCommandWhereverTheFlagsAre: flags before, between and after the words of a
// command all reach that command's options, and "--" ends them only after the command.
func TestParseFindsTheCommandWhereverTheFlagsAre(t *testing.T) {
	for _, c := range []struct {
		args     []string
		cmd, db  string
		rest     []string
		wantJSON bool
	}{
		{[]string{"--db", "X", "routine", "add", "F"}, "routine add", "X", []string{"F"}, false},
		{[]string{"routine", "--db=X", "add", "F"}, "routine add", "X", []string{"F"}, false},
		{[]string{"routine", "add", "F", "--db", "X"}, "routine add", "X", []string{"F"}, false},
		{[]string{"routine", "check", "--", "-odd.toml"}, "routine check", "", []string{"-odd.toml"}, false},
		{[]string{"routine", "--", "check", "-odd.toml"}, "routine check", "", []string{"-odd.toml"}, false},
		{[]string{"--", "history", "--json"}, "history", "", nil, true},
		{[]string{"-json", "history", "-db", "X"}, "history", "X", nil, true},
		{[]string{"--db", "-", "history"}, "history", "-", nil, false},
	} {
		inv, err := parse(c.args)
		if err != nil {
			t.Errorf("%q: %v", c.args, err)
			continue
		}
		if inv.cmd.name != c.cmd || !reflect.DeepEqual(inv.args, c.rest) {
			t.Errorf("%q: command %q with %q, want %q with %q", c.args, inv.cmd.name, inv.args, c.cmd, c.rest)
		}
		var db string
		var json bool
		switch r := inv.r.(type) {
		case *routineAddCmd:
			db = r.db
		case *historyCmd:
			db, json = r.db, r.json
		}
		if db != c.db || json != c.wantJSON {
			t.Errorf("%q: --db %q --json %v, want %q %v", c.args, db, json, c.db, c.wantJSON)
		}
	}
}

func TestParseRefusesWhatTheCommandDoesNotTake(t *testing.T) {
	for _, args := range [][]string{
		{"check", "--json"}, {"history", "--format", "csv"}, {"exercises", "--db", "X"}, {"history", "--json=yes"},
		{"history", "--db"}, {"history", "--db="}, {"history", "--since", "2026-11-02", "--until", "2026-11-01"},
		{"routine", "add"}, {"routine", "add", "a", "b"}, {"routine", "frob", "x"}, {"history", "extra"},
		{"history", "--", "--json"},
	} {
		inv, err := parse(args)
		if err == nil {
			err = inv.r.run(streams{}, inv.args) // the period is checked as the command starts
		}
		var ue usageError
		if !errors.As(err, &ue) {
			t.Errorf("%q: %v, want a usage error", args, err)
		}
	}
}
