package main

import (
	"flag"
	"fmt"
	"io"
	"strings"
)

// commands are every command upright has, in the order --help lists them; the app comes first.
// Adding a command is its own cmd_*.go file and one line here.
var commands = []command{
	appCommand,
	exercisesCommand,
	routinesCommand,
	routineCheckCommand,
	routineAddCommand,
	routineExportCommand,
	historyCommand,
	exportCommand,
	reportCommand,
	checkCommand,
	inviteCommand,
	serveCommand,
	auditCommand,
}

const helpIntro = `upright: a terminal coach for physical-therapy sessions for osteoporosis
back pain.
Talk to your doctor or physical therapist before starting, and especially
after a spine fracture.
`

const helpOutro = `Each command takes its own flags, before or after its arguments; see
upright COMMAND --help.

Exit codes: 0 success, 1 error, 2 bad usage, 130 interrupted.
`

// writeHelp prints c's help: for the app, every command and the app's flags; for a command, its
// usage line and its own flags.
func writeHelp(w io.Writer, c *command) error {
	var b strings.Builder
	if c.name == "" {
		b.WriteString(helpIntro + "\nUsage:\n")
		for i := range commands {
			twoColumns(&b, 2, 33, usageLine(&commands[i]), commands[i].summary)
		}
		b.WriteString("\nFlags of the app:\n")
	} else {
		fmt.Fprintf(&b, "Usage: %s\n%s.\n\nFlags (before or after the arguments):\n", usageLine(c),
			strings.ToUpper(c.summary[:1])+c.summary[1:])
	}
	flagSet(c, c.new()).VisitAll(func(f *flag.Flag) {
		name, usage := placeholder(f.Usage)
		twoColumns(&b, 2, 21, strings.TrimSpace("--"+f.Name+" "+name), usage)
	})
	twoColumns(&b, 2, 21, "--help", "this help")
	if c.name == "" {
		b.WriteString("\n" + helpOutro)
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// placeholder splits a flag's usage, "`PATH` another database file", into the name of its value
// and the text; a flag without a value has no name.
func placeholder(usage string) (name, text string) {
	if rest, ok := strings.CutPrefix(usage, "`"); ok {
		if name, text, ok = strings.Cut(rest, "`"); ok {
			return name, strings.TrimSpace(text)
		}
	}
	return "", usage
}

func usageLine(c *command) string {
	return strings.Join(strings.Fields("upright "+c.name+" "+c.args+" "+c.usage), " ")
}

// twoColumns writes left, indented, and right in a column at width; a left too wide for it puts
// right on the next line, and right's own lines are indented to the column.
func twoColumns(b *strings.Builder, indent, width int, left, right string) {
	pad := strings.Repeat(" ", indent+width)
	b.WriteString(strings.Repeat(" ", indent) + left)
	if len(left) >= width-1 {
		b.WriteString("\n" + pad)
	} else {
		b.WriteString(strings.Repeat(" ", width-len(left)))
	}
	b.WriteString(strings.ReplaceAll(right, "\n", "\n"+pad) + "\n")
}
