package main_test

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

func TestHistoryNamesTheProfile(t *testing.T) {
	db := seedSessions(t)
	code, out, _ := cli(t, "history", "--db", db)
	first, _, _ := strings.Cut(out, "\n")
	if code != 0 || !strings.HasPrefix(first, "Sessions of ") || !strings.Contains(out, "FLAGS") || !strings.Contains(out, " ID ") {
		t.Errorf("history (exit %d):\n%s", code, out)
	}
	for _, line := range strings.Split(strings.TrimSuffix(out, "\n"), "\n") {
		if w := ansi.StringWidth(line); w > 80 {
			t.Errorf("line of %d cells off a terminal:\n%s", w, line)
		}
	}
}
