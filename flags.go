package main

import (
	"strings"
	"time"
)

// flags is the parsed command line. Flags may come before or after a command's arguments.
type flags struct {
	db, profile, routine, format, out string
	since, until                      time.Time
	demo, quiet, voice, json          bool
	help, version                     bool
	args                              []string
	profileSet                        bool
}

// stringFlags take a value (--db PATH or --db=PATH); boolFlags take none.
var (
	stringFlags = map[string]bool{"db": true, "profile": true, "routine": true, "format": true, "out": true,
		"since": true, "until": true}
	boolFlags = map[string]bool{"demo": true, "quiet": true, "voice": true, "json": true, "help": true,
		"version": true, "h": true}
)

func parseArgs(args []string) (flags, error) {
	var f flags
	for i := 0; i < len(args); i++ {
		a := args[i]
		if a == "--" {
			f.args = append(f.args, args[i+1:]...)
			break
		}
		if !strings.HasPrefix(a, "-") || a == "-" {
			f.args = append(f.args, a)
			continue
		}
		name, value, hasValue := strings.Cut(strings.TrimLeft(a, "-"), "=")
		switch {
		case stringFlags[name]:
			if !hasValue {
				if i+1 >= len(args) {
					return f, usagef("--%s needs a value", name)
				}
				i++
				value = args[i]
			}
			if err := f.set(name, value); err != nil {
				return f, err
			}
		case boolFlags[name]:
			if hasValue {
				return f, usagef("--%s takes no value", name)
			}
			f.setBool(name)
		default:
			return f, usagef("unknown flag %q", a)
		}
	}
	return f, nil
}

func (f *flags) set(name, value string) error {
	switch name {
	case "db":
		f.db = value
	case "profile":
		f.profile, f.profileSet = value, true
	case "routine":
		f.routine = value
	case "format":
		f.format = value
	case "out":
		f.out = value
	case "since", "until":
		day, err := time.ParseInLocation("2006-01-02", value, time.Local)
		if err != nil {
			return usagef("--%s %q is not a date; use YYYY-MM-DD", name, value)
		}
		if name == "since" {
			f.since = day
		} else {
			f.until = day
		}
	}
	if value == "" {
		return usagef("--%s needs a non-empty value", name)
	}
	return nil
}

func (f *flags) setBool(name string) {
	switch name {
	case "demo":
		f.demo = true
	case "quiet":
		f.quiet = true
	case "voice":
		f.voice = true
	case "json":
		f.json = true
	case "help", "h":
		f.help = true
	case "version":
		f.version = true
	}
}
