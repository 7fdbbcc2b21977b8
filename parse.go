package main

import (
	"flag"
	"io"
	"slices"
	"strings"
	"sync"
)

// command is one thing upright does. Each lives in its own cmd_*.go file, declares its own flags
// in its runner, and is listed once in commands.
type command struct {
	name    string // as typed after upright: "history", "routine add"; "" is the app itself
	args    string // its arguments in the usage line, one word each: "FILE", "ID"
	usage   string // the rest of the usage line: required flags, choices
	summary string // what it does, for --help
	new     func() runner
}

// runner is a command's options; flags declares them on the command's own flag set, and run does
// the work once they are set. A flag a runner does not declare is a usage error for its command.
type runner interface {
	flags(fs *flag.FlagSet)
	run(io streams, args []string) error
}

// invocation is a command line taken apart: the command, its runner with its flags set, and its
// arguments; help asks for the command's help instead.
type invocation struct {
	cmd  *command
	r    runner
	args []string
	help bool
}

// name is how messages name the command: "upright" or "upright history".
func (inv invocation) name() string {
	if inv.cmd == nil || inv.cmd.name == "" {
		return "upright"
	}
	return "upright " + inv.cmd.name
}

func (inv invocation) run(io streams) error {
	if inv.help {
		return writeHelp(io.out, inv.cmd)
	}
	return inv.r.run(io, inv.args)
}

// flagSet is c's own flag set, declared by r. Parsing is done by parse, so the set only
// declares, converts and describes.
func flagSet(c *command, r runner) *flag.FlagSet {
	fs := flag.NewFlagSet(c.name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	r.flags(fs)
	return fs
}

// takesValue lists every flag of every command and whether it takes a value. A name means the
// same in every command, so flags before the command's name can be stepped over before it is known.
var takesValue = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for i := range commands {
		flagSet(&commands[i], commands[i].new()).VisitAll(func(f *flag.Flag) { m[f.Name] = !isBool(f) })
	}
	return m
})

func isBool(f *flag.Flag) bool {
	b, ok := f.Value.(interface{ IsBoolFlag() bool })
	return ok && b.IsBoolFlag()
}

// flagName splits "--name=value" (or -name, or --name); ok is false for an argument that is not
// a flag, "-" (standard output) among them.
func flagName(a string) (name, value string, hasValue, ok bool) {
	if !strings.HasPrefix(a, "-") || a == "-" {
		return "", "", false, false
	}
	name, value, hasValue = strings.Cut(strings.TrimLeft(a, "-"), "=")
	return name, value, hasValue, true
}

func isHelp(name string) bool { return name == "help" || name == "h" }

// parse takes the command line apart. Flags may come before or after the command's name and its
// arguments; "--" after the command ends the flags. It runs in two passes: the first finds the
// command, stepping over flags by what any command's flag of that name takes; the second sets the
// flags on the command's own set, where a flag it does not declare is a usage error naming it.
func parse(args []string) (invocation, error) {
	if len(args) > 0 && args[0] == "--" {
		// "go run . -- history --json" passes the "--" on; before a command it means nothing.
		args = args[1:]
	}
	var inv invocation
	var words []int // positions of the arguments that are not flags
	for i := 0; i < len(args); i++ {
		name, _, hasValue, ok := flagName(args[i])
		switch {
		case args[i] == "--":
			for j := i + 1; j < len(args); j++ {
				words = append(words, j)
			}
			i = len(args)
		case !ok:
			words = append(words, i)
		case isHelp(name):
			inv.help = true
		case takesValue()[name] && !hasValue:
			i++
		}
	}
	if len(words) > 0 && args[words[0]] == "help" {
		// "upright help [COMMAND]" is --help.
		words, inv.help = words[1:], true
	}
	c, n, err := findCommand(args, words)
	inv.cmd = c
	if inv.help && err != nil && args[words[0]] == "routine" {
		return invocation{cmd: c, help: true}, nil // the routine commands are listed in the app's help
	}
	if err != nil || inv.help {
		return inv, err
	}
	inv.r = c.new()
	inv.args, err = setFlags(flagSet(c, inv.r), args, words[:n])
	if err != nil {
		return inv, err
	}
	if want := len(strings.Fields(c.args)); len(inv.args) != want {
		if want == 0 {
			return inv, usagef("takes no arguments, got %q", strings.Join(inv.args, " "))
		}
		return inv, usagef("use: %s", usageLine(c))
	}
	return inv, nil
}

// findCommand names the command from the first one or two words (the app when there are none),
// and says how many words its name took.
func findCommand(args []string, words []int) (*command, int, error) {
	app := &commands[0]
	if len(words) == 0 {
		return app, 0, nil
	}
	first := args[words[0]]
	for i := range commands {
		c := &commands[i]
		name := strings.Fields(c.name)
		if len(name) == 1 && name[0] == first {
			return c, 1, nil
		}
		if len(name) == 2 && name[0] == first && len(words) > 1 && args[words[1]] == name[1] {
			return c, 2, nil
		}
	}
	if first == "routine" {
		return app, 1, usagef("use: upright routine check FILE | routine add FILE | routine export ID --out FILE")
	}
	return app, 0, usagef("unknown command %q", first)
}

// setFlags sets every flag in args on fs and returns the arguments left, without the command's
// name (the positions in skip).
func setFlags(fs *flag.FlagSet, args []string, skip []int) ([]string, error) {
	var rest []string
	for i := 0; i < len(args); i++ {
		if slices.Contains(skip, i) {
			continue
		}
		a := args[i]
		if a == "--" {
			for j := i + 1; j < len(args); j++ {
				if !slices.Contains(skip, j) {
					rest = append(rest, args[j])
				}
			}
			return rest, nil
		}
		name, value, hasValue, ok := flagName(a)
		switch {
		case !ok:
			rest = append(rest, a)
			continue
		case isHelp(name):
			continue
		}
		f := fs.Lookup(name)
		if f == nil {
			return nil, usagef("unknown flag --%s", name)
		}
		if isBool(f) {
			if hasValue {
				return nil, usagef("--%s takes no value", name)
			}
			value = "true"
		} else if !hasValue {
			if i+1 >= len(args) {
				return nil, usagef("--%s needs a value", name)
			}
			i++
			value = args[i]
		}
		if value == "" {
			return nil, usagef("--%s needs a non-empty value", name)
		}
		if err := fs.Set(name, value); err != nil {
			return nil, usagef("--%s %v", name, err)
		}
	}
	return rest, nil
}
