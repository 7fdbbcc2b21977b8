package main_test

import (
	"encoding/json"
	"encoding/xml"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"upright/session/record"
	"upright/store"
)

// seedSessions stores one session a day at local noon, 1–10 November 2026: the odd days core,
// the even days legs. It returns the database path.
func seedSessions(t *testing.T) string {
	t.Helper()
	db := filepath.Join(t.TempDir(), "u.db")
	st, err := store.Open(db, store.Options{Timeout: time.Second})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	for day := 1; day <= 10; day++ {
		start := time.Date(2026, 11, day, 12, 0, 0, 0, time.Local)
		routine := record.RoutineRef{ID: "core", Name: "Core"}
		if day%2 == 0 {
			routine = record.RoutineRef{ID: "legs", Name: "Legs"}
		}
		rec := record.Record{Version: record.RecordVersion, ID: fmt.Sprintf("d%02d", day), Profile: "default",
			Routine: routine, StartedAt: start, EndedAt: start.Add(10 * time.Minute), Status: record.StatusCompleted,
			Checkout: &record.Checkout{Pain: 1, Effort: 5}, Flags: []record.Flag{},
			Exercises: []record.ExerciseResult{{ID: "plank", Name: "Plank (incline)", Sets: []record.SetResult{
				{Set: 1, TargetSeconds: 20, HeldSeconds: float64(10 + day), CompletedAt: start.Add(time.Minute)}}}}}
		if err := st.FinishSession(rec); err != nil {
			t.Fatal(err)
		}
	}
	return db
}

// ids runs a JSON command and lists the session ids it printed, in order.
func ids(t *testing.T, args ...string) []string {
	t.Helper()
	code, out, errOut := cli(t, args...)
	if code != 0 {
		t.Fatalf("%v: exit %d: %s", args, code, errOut)
	}
	var recs []record.Record
	if err := json.Unmarshal([]byte(out), &recs); err != nil {
		t.Fatalf("%v: %v\n%s", args, err, out)
	}
	var got []string
	for _, r := range recs {
		got = append(got, r.ID)
	}
	return got
}

func TestHistoryAndExportFilters(t *testing.T) {
	db := seedSessions(t)
	for _, c := range []struct {
		name string
		args []string
		want string
	}{
		{"all", nil, "d10 d09 d08 d07 d06 d05 d04 d03 d02 d01"},
		{"since is inclusive", []string{"--since", "2026-11-08"}, "d10 d09 d08"},
		{"until is exclusive", []string{"--until", "2026-11-03"}, "d02 d01"},
		{"a range", []string{"--since", "2026-11-04", "--until", "2026-11-07"}, "d06 d05 d04"},
		{"routine", []string{"--routine", "legs"}, "d10 d08 d06 d04 d02"},
		{"routine in a range", []string{"--routine", "core", "--since", "2026-11-04", "--until", "2026-11-08"}, "d07 d05"},
		{"nothing", []string{"--routine", "balance"}, ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			for _, cmd := range [][]string{{"history", "--json"}, {"export", "--format", "json"}} {
				args := append(append(append([]string{}, cmd...), c.args...), "--db", db)
				if got := strings.Join(ids(t, args...), " "); got != c.want {
					t.Errorf("%s: got %q, want %q", strings.Join(cmd, " "), got, c.want)
				}
			}
		})
	}
}

func TestHistoryTableAndCSVFollowTheFilters(t *testing.T) {
	db := seedSessions(t)
	code, out, _ := cli(t, "history", "--routine", "legs", "--since", "2026-11-09", "--db", db)
	if code != 0 || strings.Count(out, "\n") != 3 || !strings.Contains(out, "Legs") || strings.Contains(out, "Core") { // the profile line, the header, one row
		t.Errorf("history table for legs since 9 Nov (exit %d):\n%s", code, out)
	}
	code, out, _ = cli(t, "export", "--format", "csv", "--routine", "core", "--until", "2026-11-04", "--db", db)
	if rows := strings.Count(strings.TrimSpace(out), "\n"); code != 0 || rows != 2 {
		t.Errorf("csv for core until 4 Nov: exit %d, %d rows after the header, want 2:\n%s", code, rows, out)
	}
}

func TestReportRefusesHTMLOnTheTerminal(t *testing.T) {
	db := seedSessions(t)
	code, out, errOut := cli(t, "report", "--db", db)
	if code != 2 || out != "" || !strings.Contains(errOut, "--out") {
		t.Errorf("report without --out: exit %d, %d bytes out, stderr %q; want exit 2 naming --out", code, len(out), errOut)
	}
	code, out, _ = cli(t, "report", "--out", "-", "--db", db, "--since", "2026-11-01")
	if code != 0 || !strings.HasPrefix(out, "<!DOCTYPE html>") {
		t.Errorf("report --out -: exit %d, starts %q", code, out[:min(len(out), 40)])
	}
	code, out, _ = cli(t, "report", "--format", "md", "--db", db, "--since", "2026-11-01")
	if code != 0 || !strings.HasPrefix(out, "# ") {
		t.Errorf("report --format md on standard output: exit %d, starts %q", code, out[:min(len(out), 40)])
	}
}

var svgRE = regexp.MustCompile(`(?s)<svg.*?</svg>`)

func TestReportFileIsWrittenWithWellFormedCharts(t *testing.T) {
	db := seedSessions(t)
	path := filepath.Join(t.TempDir(), "report.html")
	code, _, errOut := cli(t, "report", "--out", path, "--since", "2026-11-01", "--until", "2026-11-06", "--db", db)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	page := string(data)
	if strings.Contains(page, "http://") && !strings.Contains(page, "http://www.w3.org/2000/svg") {
		t.Error("the report refers to the network")
	}
	svgs := svgRE.FindAllString(page, -1)
	if len(svgs) == 0 {
		t.Fatal("no inline SVG chart")
	}
	for i, svg := range svgs {
		if err := xml.Unmarshal([]byte(svg), new(struct{})); err != nil {
			t.Errorf("svg %d is not well-formed XML: %v", i, err)
		}
	}
	// 1–5 November: five sessions, the best plank hold 15 s on the 5th.
	for _, want := range []string{"2026-11-01", "15"} {
		if !strings.Contains(page, want) {
			t.Errorf("the report lacks %q", want)
		}
	}
	if entries, _ := os.ReadDir(filepath.Dir(path)); len(entries) != 1 {
		t.Errorf("%d files beside the report, want none: written atomically, no temporary left", len(entries)-1)
	}
}

func TestReportCarriesTheSuggestions(t *testing.T) {
	db := filepath.Join(t.TempDir(), "u.db")
	st, err := store.Open(db, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	// Two easy sessions of core where every plank set was held in full: the progression rule suggests 5 s more.
	for i, daysAgo := range []int{3, 1} {
		start := time.Now().AddDate(0, 0, -daysAgo)
		var sets []record.SetResult
		for n := 1; n <= 3; n++ {
			sets = append(sets, record.SetResult{Set: n, TargetSeconds: 10, HeldSeconds: 10, CompletedAt: start.Add(time.Minute)})
		}
		rec := record.Record{Version: 1, ID: fmt.Sprintf("s%d", i), Profile: "default",
			Routine: record.RoutineRef{ID: "core", Name: "Core"}, StartedAt: start, EndedAt: start.Add(10 * time.Minute),
			Status: record.StatusCompleted, Checkout: &record.Checkout{Effort: 5},
			Exercises: []record.ExerciseResult{{ID: "plank", Name: "Plank (incline)", Sets: sets}}}
		if err := st.FinishSession(rec); err != nil {
			t.Fatal(err)
		}
	}
	st.Close()
	code, out, errs := cli(t, "report", "--format", "md", "--db", db, "--profile", "default")
	if code != 0 {
		t.Fatalf("report: %d %s", code, errs)
	}
	section := out[strings.Index(out, "## Suggestions"):]
	if end := strings.Index(section[3:], "\n## "); end >= 0 {
		section = section[:end+3]
	}
	if !strings.Contains(section, "Plank") || !strings.Contains(section, "15") {
		t.Errorf("the report does not suggest the longer plank:\n%s", section)
	}
}
