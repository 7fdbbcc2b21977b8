package main

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/charmbracelet/x/ansi"
)

// The commands' output: tables and text for people, indented JSON for scripts.

// table lays text out in columns two spaces apart for the commands' human output. It measures
// text in terminal cells, where text/tabwriter counts runes: a name in Chinese or Japanese, two
// cells a character, pushed the columns after it out of line.
type table struct{ rows [][]string }

func (t *table) add(cells ...string) { t.rows = append(t.rows, cells) }

func (t *table) write(w io.Writer) error {
	widths := t.widths()
	var b strings.Builder
	for _, row := range t.rows {
		for i, c := range row {
			b.WriteString(c)
			if i < len(row)-1 {
				b.WriteString(strings.Repeat(" ", widths[i]-ansi.StringWidth(c)+2))
			}
		}
		b.WriteByte('\n')
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}

func roundMinutes(d time.Duration) string {
	return fmt.Sprintf("%d min", max(int((d+30*time.Second)/time.Minute), 1))
}
