package main_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	main "upright"
	"upright/exercises"
	"upright/progress/report"
	"upright/session"
	"upright/session/record"
	"upright/store"
	"upright/ui"
)

// benchNow is the moment the 10,000-session benchmarks look from.
var benchNow = time.Date(2026, 11, 29, 18, 0, 0, 0, time.FixedZone("UTC-5", -5*3600))

// benchSessions is how many sessions the history, progress and report benchmarks read, four
// hours apart (about 4½ years; six months hold about 1,100 of them).
const benchSessions = 10_000

var bench10k struct {
	once sync.Once
	dir  string
	path string
	err  error
}

func TestMain(m *testing.M) {
	code := m.Run()
	_ = tmux("kill-server").Run()
	if bench10k.dir != "" {
		os.RemoveAll(bench10k.dir)
	}
	if builds.dir != "" {
		os.RemoveAll(builds.dir)
	}
	os.Exit(code)
}

// db10k is a database of benchSessions finished sessions of the built-in routines, built once
// per test binary (it takes a while: every session is its own fsync'd transaction).
func db10k(b *testing.B) string {
	b.Helper()
	bench10k.once.Do(func() {
		bench10k.dir, bench10k.err = os.MkdirTemp("", "upright-bench-")
		if bench10k.err != nil {
			return
		}
		bench10k.path = filepath.Join(bench10k.dir, "u.db")
		st, err := store.Open(bench10k.path, store.Options{Timeout: time.Second})
		if err != nil {
			bench10k.err = err
			return
		}
		defer st.Close()
		routines := exercises.Builtin()
		for i := range benchSessions {
			start := benchNow.Add(-time.Duration(i) * 4 * time.Hour)
			if err := st.FinishSession(benchRecord(i, start, routines[i%5])); err != nil {
				bench10k.err = err
				return
			}
		}
	})
	if bench10k.err != nil {
		b.Fatal(bench10k.err)
	}
	return bench10k.path
}

// benchRecord is a completed session of rt with every set done at its dose.
func benchRecord(i int, start time.Time, rt exercises.Routine) record.Record {
	r := record.Record{Version: record.RecordVersion, ID: fmt.Sprintf("b%05d", i), Profile: "default",
		Routine: record.RoutineRef{ID: rt.ID, Name: rt.Name}, StartedAt: start, Status: record.StatusCompleted,
		Checkin: record.Checkin{Pain: 2 + i%3}, Checkout: &record.Checkout{Pain: 1 + i%3, Effort: 4 + i%4},
		Flags: []record.Flag{}}
	for _, it := range rt.Items {
		r.Exercises = append(r.Exercises, record.ExerciseResult{ID: it.Exercise.ID, Name: it.Exercise.Name})
	}
	at := start
	for _, st := range session.NewPlan(rt).Steps {
		at = at.Add(40 * time.Second)
		r.Exercises[st.Item].Sets = append(r.Exercises[st.Item].Sets, record.SetResult{Set: st.Set, Side: st.Side,
			TargetSeconds: st.Target.Seconds(), HeldSeconds: st.Target.Seconds(), TargetReps: st.Reps, Reps: st.Reps, CompletedAt: at})
	}
	r.EndedAt = at.Add(time.Minute)
	return r
}

// drive delivers msg and every message its commands produce, as bubbletea would, until none is
// left; ticks and quits do not occur on these screens.
func drive(m tea.Model, msgs ...tea.Msg) tea.Model {
	for len(msgs) > 0 {
		msg := msgs[0]
		msgs = msgs[1:]
		var cmd tea.Cmd
		m, cmd = m.Update(msg)
		msgs = append(msgs, runCmd(cmd)...)
	}
	return m
}

func runCmd(cmd tea.Cmd) []tea.Msg {
	if cmd == nil {
		return nil
	}
	msg := cmd()
	if batch, ok := msg.(tea.BatchMsg); ok {
		var out []tea.Msg
		for _, c := range batch {
			out = append(out, runCmd(c)...)
		}
		return out
	}
	if msg == nil {
		return nil
	}
	return []tea.Msg{msg}
}

// openScreen opens the database, builds the app as main does and walks from home to the menu
// entry at index item, returning the first frame at 80x24.
func openScreen(b *testing.B, path string, item int) string {
	st, err := store.Open(path, store.Options{Timeout: time.Second, ReadOnly: true})
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	m := tea.Model(ui.New(ui.Options{Store: main.NewStorage(st), Profile: "default", Now: func() time.Time { return benchNow }}))
	keys := []tea.Msg{tea.WindowSizeMsg{Width: 80, Height: 24}}
	for range item {
		keys = append(keys, tea.KeyMsg{Type: tea.KeyDown})
	}
	keys = append(keys, tea.KeyMsg{Type: tea.KeyEnter})
	m = drive(m, keys...)
	return m.View()
}

// BenchmarkHistoryOpen10k is opening the history screen on 10,000 stored sessions: opening the
// database, the first page through the storage adapter, and the first frame.
func BenchmarkHistoryOpen10k(b *testing.B) {
	path := db10k(b)
	b.ResetTimer()
	for range b.N {
		if v := openScreen(b, path, 1); !strings.Contains(v, "History · 1 of 50+") {
			b.Fatalf("not the history screen:\n%s", v)
		}
	}
}

// BenchmarkProgressOpen6Months10k is choosing six months on the progress screen, on 10,000
// stored sessions: one store scan of the period (and the 12-week calendar), the analytics and
// the first frame at 80x24. Opening the database and the screen (on three months) is not timed.
func BenchmarkProgressOpen6Months10k(b *testing.B) {
	path := db10k(b)
	b.ResetTimer()
	for range b.N {
		b.StopTimer()
		st, err := store.Open(path, store.Options{Timeout: time.Second, ReadOnly: true})
		if err != nil {
			b.Fatal(err)
		}
		m := tea.Model(ui.New(ui.Options{Store: main.NewStorage(st), Profile: "default", Now: func() time.Time { return benchNow }}))
		m = drive(m, tea.WindowSizeMsg{Width: 80, Height: 24}, tea.KeyMsg{Type: tea.KeyDown}, tea.KeyMsg{Type: tea.KeyDown},
			tea.KeyMsg{Type: tea.KeyEnter})
		first := m.View()
		b.StartTimer()
		m = drive(m, tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("3")})
		v := m.View()
		b.StopTimer()
		st.Close()
		if !strings.Contains(first, "Progress · last 3 months") || !strings.Contains(v, "Progress · last 6 months") ||
			strings.Contains(v, "loading") {
			b.Fatalf("not the 3- then 6-month progress screen:\n%s\n%s", first, v)
		}
		b.StartTimer()
	}
}

// BenchmarkReport10k is progress.Report (HTML) over 10,000 records already read.
func BenchmarkReport10k(b *testing.B) {
	st, err := store.Open(db10k(b), store.Options{Timeout: time.Second, ReadOnly: true})
	if err != nil {
		b.Fatal(err)
	}
	recs, _, err := st.Sessions("default", store.Query{})
	st.Close()
	if err != nil || len(recs) != benchSessions {
		b.Fatal(len(recs), err)
	}
	in := report.Input{Profile: "default", Now: benchNow, Loc: benchNow.Location(), Records: recs}
	b.ResetTimer()
	for range b.N {
		if out := report.HTML(in); len(out) == 0 {
			b.Fatal("empty report")
		}
	}
}

// BenchmarkReportCommand10k is `upright report --out FILE` end to end: open, read all 10,000
// sessions, build the report and write it atomically.
func BenchmarkReportCommand10k(b *testing.B) {
	path := db10k(b)
	out := filepath.Join(b.TempDir(), "r.html")
	b.ResetTimer()
	for range b.N {
		if code, _, errOut := benchCLI("report", "--db", path, "--since", "2022-01-01", "--out", out); code != 0 {
			b.Fatalf("exit %d: %s", code, errOut)
		}
	}
}

func benchCLI(args ...string) (int, string, string) {
	var o, e strings.Builder
	code := main.Run(args, &o, &e)
	return code, o.String(), e.String()
}
