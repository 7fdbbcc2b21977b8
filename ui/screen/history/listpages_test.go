package history

import (
	"regexp"
	"strconv"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"

	"upright/ui/kit"
	"upright/ui/kit/kittest"
)

var moreMark = regexp.MustCompile(`^ *([↑↓]) (\d+) more$`)

// TestHistoryMarksAndPages: at 40x12 the list cut to fit counts the sessions above and below it,
// pgdn and pgup move the highlight a page and keep it in view, and enter opens the session
// highlighted.
func TestHistoryMarksAndPages(t *testing.T) {
	const n = 30
	h := openHistory(t, &kittest.FakeStore{Recs: manySessions(n)}, t0)
	h.Env.Width, h.Env.Height = 40, 12
	body := func() (cur string, shown int) {
		t.Helper()
		v := ansi.Strip(h.Screen.View(40, 11)) // the terminal less the key line
		var rows, hidden int
		for _, l := range strings.Split(v, "\n")[1:] {
			if m := moreMark.FindStringSubmatch(l); m != nil {
				k, _ := strconv.Atoi(m[2])
				hidden += k
				continue
			}
			rows++
			if strings.HasPrefix(strings.TrimSpace(l), kit.CursorMark) {
				cur = strings.TrimPrefix(strings.TrimSpace(l), kit.CursorMark)
			}
		}
		if rows+hidden != n || cur == "" {
			t.Fatalf("%d rows and %d in the marks for %d sessions, highlight %q:\n%s", rows, hidden, n, cur, v)
		}
		return cur, rows
	}
	first := ansi.Strip(h.Screen.View(40, 11))
	h.Send(tea.KeyMsg{Type: tea.KeyPgDown})
	if cur, _ := body(); !strings.Contains(first, cur) || h.m().cursor == 0 {
		t.Fatalf("the first pgdn moved to %q, want the last session of the first page:\n%s", cur, first)
	}
	h.Send(tea.KeyMsg{Type: tea.KeyPgUp})
	var seen []int
	for last := -1; h.m().cursor != last; {
		last = h.m().cursor
		seen = append(seen, last)
		body()
		h.Send(tea.KeyMsg{Type: tea.KeyPgDown})
	}
	if len(seen) < 3 || seen[len(seen)-1] != n-1 || seen[1]-seen[0] < 5 {
		t.Fatalf("pgdn moved the cursor through %v; want pages of the rows in view to the last, %d", seen, n-1)
	}
	page := seen[1] - seen[0]
	h.Send(tea.KeyMsg{Type: tea.KeyPgUp})
	if at := h.m().cursor; at != n-1-page {
		t.Fatalf("pgup from the last moved to %d, want %d", at, n-1-page)
	}
	cur, _ := body()
	h.Send(keyEnter)
	if h.m().detail == nil {
		t.Fatal("enter did not open the detail")
	}
	when := h.Store.Recs[n-1-page].StartedAt
	if v := h.Screen.View(40, 11); !strings.HasPrefix(cur, when.Format("02 Jan 06")) || !strings.Contains(v, when.Format("Mon 2 Jan 2006")) {
		t.Fatalf("the highlight %q did not open session %s:\n%s", cur, when.Format("02 Jan 06"), v)
	}
}
