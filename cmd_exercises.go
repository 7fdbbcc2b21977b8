package main

import (
	"flag"
	"fmt"
	"strings"

	"upright/exercises"
	"upright/ui/kit"
)

var exercisesCommand = command{name: "exercises", usage: "[--json]", summary: "the exercise catalog",
	new: func() runner { return &exercisesCmd{} }}

// exercisesCmd lists the catalog; it reads no database, so it takes no --db.
type exercisesCmd struct{ jsonOption }

func (c *exercisesCmd) flags(fs *flag.FlagSet) { c.jsonOption.flags(fs) }

func (c *exercisesCmd) run(io streams, _ []string) error {
	cat := exercises.Catalog()
	if c.json {
		// The catalog's own JSON shape (exercises.Exercise.MarshalJSON), documented in README.md.
		return writeJSON(io.out, cat)
	}
	// Grouped by category, so each row fits 80 columns with its dose; flagged exercises get a
	// second line saying why. Ids are never cut: they are what the next command needs.
	var b strings.Builder
	var category exercises.Category = -1
	for _, ex := range cat {
		if ex.Category != category {
			category = ex.Category
			fmt.Fprintln(&b, strings.ToUpper(category.String()))
		}
		fmt.Fprintf(&b, "  %-23s  %-20s  %-12s  %s\n", ex.ID, kit.Clip(ex.Name, 20), ex.Measure, kit.Clip(ex.DoseNote, 15))
		if ex.Status.Flagged() {
			fmt.Fprintf(&b, "    ! %s: never in a built-in routine; read its card first\n", ex.Status)
		}
	}
	_, err := fmt.Fprint(io.out, b.String())
	return err
}
