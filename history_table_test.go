package main

import (
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/ansi"

	"upright/session/record"
)

// historyTable is a history table of one session with id, a long routine name and three flags.
func historyTable(id string) table {
	var tb table
	tb.add("STARTED", "ID", "ROUTINE", "TIME", "STATUS", "SETS", "PAIN", "FLAGS")
	tb.add("2026-11-10 12:00", id, strings.Repeat("Long routine name ", 4), clockTime(42*time.Second),
		"completed", "3", "2 → 5", flagKinds([]record.Flag{{Kind: "pain-rise"}, {Kind: "pain-rise"}, {Kind: "fall"}}))
	return tb
}

// History's table never cuts an id, fits 80 columns by shortening the routine's name, has a
// flag column and shows a short session as minutes:seconds.
func TestHistoryTableKeepsIDsWhole(t *testing.T) {
	id := "4f2a9c0d1e2b3a4c" // 16 hex digits, as the app names sessions
	tb := historyTable(id)
	var b strings.Builder
	if err := tb.writeFit(&b, 80, 2, 7, 4); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	for _, line := range strings.Split(strings.TrimSuffix(out, "\n"), "\n") {
		if w := ansi.StringWidth(line); w > 80 {
			t.Errorf("line of %d cells:\n%s", w, line)
		}
	}
	// The headers are whole: the columns' contents give way, never the names of the columns.
	for _, want := range []string{id, "0:42", "pain-…", "Long ", "ROUTINE", "FLAGS", "STATUS"} {
		if !strings.Contains(out, want) {
			t.Errorf("table lacks %q:\n%s", want, out)
		}
	}
	// An id too long for the width is still written whole: the line is longer instead.
	long := strings.Repeat("x", 90)
	tb = historyTable(long)
	b.Reset()
	if err := tb.writeFit(&b, 80, 2, 7, 4); err != nil || !strings.Contains(b.String(), long) {
		t.Errorf("a long id was cut (%v):\n%s", err, b.String())
	}
}
