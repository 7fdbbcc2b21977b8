package main

import (
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
	"time"

	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/term"

	"upright/session/record"
	"upright/ui/kit"
)

// defaultWidth is the line length of a table written anywhere but a terminal: a file or a pipe
// still reads well in an 80-column editor or mail.
const defaultWidth = 80

// outWidth is the width of w when it is a terminal, else defaultWidth.
func outWidth(w io.Writer) int {
	if f, ok := w.(*os.File); ok && term.IsTerminal(f.Fd()) {
		if cols, _, err := term.GetSize(f.Fd()); err == nil && cols > 0 {
			return cols
		}
	}
	return defaultWidth
}

// writeFit writes the table within width cells a line, shortening the columns named in shrink,
// in order, down to a few cells each but never below their header; every other column (ids above
// all) is never cut, nor is any header (the first row). A table whose uncut columns and
// headers alone are wider than width is written at that width.
func (t *table) writeFit(w io.Writer, width int, shrink ...int) error {
	widths := t.widths()
	total := 2 * (len(widths) - 1)
	for _, n := range widths {
		total += n
	}
	for _, col := range shrink {
		if total <= width || col >= len(widths) {
			continue
		}
		least := 6
		if len(t.rows) > 0 && col < len(t.rows[0]) {
			least = max(least, ansi.StringWidth(t.rows[0][col]))
		}
		cut := min(total-width, max(widths[col]-least, 0))
		widths[col] -= cut
		total -= cut
		for _, row := range t.rows {
			if col < len(row) {
				row[col] = kit.Clip(row[col], widths[col])
			}
		}
	}
	return t.write(w)
}

func (t *table) widths() []int {
	var widths []int
	for _, row := range t.rows {
		for i, c := range row {
			if i == len(widths) {
				widths = append(widths, 0)
			}
			widths[i] = max(widths[i], ansi.StringWidth(c))
		}
	}
	return widths
}

// clockTime is a session's length as minutes:seconds ("0:42", "23:05"): a session of a minute
// or less is not "0".
func clockTime(d time.Duration) string {
	s := int(d.Round(time.Second) / time.Second)
	return fmt.Sprintf("%d:%02d", s/60, s%60)
}

// flagKinds names a session's flags by kind, each once, or "-" for none.
func flagKinds(flags []record.Flag) string {
	var kinds []string
	for _, f := range flags {
		if !slices.Contains(kinds, f.Kind) {
			kinds = append(kinds, f.Kind)
		}
	}
	if len(kinds) == 0 {
		return "-"
	}
	return strings.Join(kinds, ",")
}
