package dashboard

import (
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"

	"upright/session/profile"
	"upright/session/record"
	"upright/ui/kit"
	"upright/ui/kit/kittest"
	"upright/ui/nav"
)

// fakeClinic answers the dashboard's clinic reads from memory and counts them.
type fakeClinic struct {
	live    []record.Record
	reads   int
	invited []string
}

func (f *fakeClinic) InProgress() ([]record.Record, error) { f.reads++; return f.live, nil }
func (f *fakeClinic) AuditLog(int) ([]kit.AuditLine, error) {
	return []kit.AuditLine{{At: kittest.T0, Key: "SHA256:abc", Profile: "ann", Action: "open"}}, nil
}
func (f *fakeClinic) Invite(p string, now time.Time) (string, time.Time, error) {
	f.invited = append(f.invited, p)
	return "ABCDE-FGHJK", now.Add(72 * time.Hour), nil
}

func session(who string, at time.Time, flagged bool) record.Record {
	r := record.Record{Version: record.RecordVersion, ID: who + at.Format("0102"), Profile: who, StartedAt: at,
		EndedAt: at.Add(10 * time.Minute), Status: record.StatusCompleted, Flags: []record.Flag{},
		Checkout: &record.Checkout{Pain: 1, Effort: 4},
		Exercises: []record.ExerciseResult{{ID: "plank", Name: "Plank", Sets: []record.SetResult{
			{Set: 1, TargetSeconds: 20, HeldSeconds: 20, CompletedAt: at.Add(time.Minute)}}}}}
	if flagged {
		r.Flags = []record.Flag{{Kind: "pain", At: at, Detail: "pain rose"}}
	}
	return r
}

func open(t *testing.T) (*kittest.Harness, *fakeClinic) {
	st := &kittest.FakeStore{People: map[string]profile.Profile{}}
	for _, n := range []string{"ann", "bob", "cat", "eve\x1b[2J\x1b]0;owned\x07"} {
		st.People[n] = profile.Profile{Name: n, FirstRunDone: true}
	}
	day := -24 * time.Hour
	st.Recs = []record.Record{
		session("ann", kittest.T0.Add(day), false),
		session("bob", kittest.T0.Add(2*day), true),
		session("cat", kittest.T0.Add(20*day), false),
	}
	c := &fakeClinic{live: []record.Record{session("ann", kittest.T0.Add(-5*time.Minute), false)}}
	h := kittest.NewHarness(t, st)
	h.Env.Clinic = c
	h.Env.Width, h.Env.Height = 100, 30
	h.Open(func(e *kit.Env) (kit.Screen, tea.Cmd) { return Open(e, nav.Dashboard{}) })
	return h, c
}

// TestDashboardOrdersByAttention: the flagged patient first, then never seen, then the longest
// away, then the rest; a name's escape sequences never reach the screen.
func TestDashboardOrdersByAttention(t *testing.T) {
	h, _ := open(t)
	var names []string
	for _, r := range h.Screen.(model).rows {
		names = append(names, r.p.Name[:3])
	}
	if got := strings.Join(names, " "); got != "bob eve cat ann" {
		t.Errorf("rows in the order %q, want bob (flagged) eve (never) cat (20 days) ann", got)
	}
	v := h.View()
	if strings.Contains(v, "\x1b[2J") || strings.Contains(v, "\x1b]0;") || strings.Contains(v, "\x07") {
		t.Errorf("the view carries a name's escape sequences: %q", v)
	}
	if !strings.Contains(ansi.Strip(v), "eve") {
		t.Errorf("the stripped name is not shown:\n%s", ansi.Strip(v))
	}
}

// TestDashboardShowsSessionsInProgressAndRefreshes: a session in progress is listed with its
// exercise and set, and read again on each tick while the dashboard shows.
func TestDashboardShowsSessionsInProgressAndRefreshes(t *testing.T) {
	h, c := open(t)
	if v := ansi.Strip(h.View()); !strings.Contains(v, "In progress now (1)") || !strings.Contains(v, "Plank, set 1") {
		t.Fatalf("the session in progress is not shown:\n%s", v)
	}
	c.live = nil
	h.Tick()
	if c.reads != 2 {
		t.Errorf("%d reads of the sessions in progress after one tick, want 2", c.reads)
	}
	if v := ansi.Strip(h.View()); !strings.Contains(v, "No session in progress") {
		t.Errorf("the ended session is still shown after a refresh:\n%s", v)
	}
	if len(h.Ticks) != 1 {
		t.Errorf("%d ticks pending after a refresh, want the next one", len(h.Ticks))
	}
}

// TestDashboardKeys: enter opens the highlighted patient's history, p their progress, e their
// intake, i makes their invite, a shows the audit log and esc leaves it.
func TestDashboardKeys(t *testing.T) {
	h, c := open(t)
	h.Send(tea.KeyMsg{Type: tea.KeyEnter})
	if sw, ok := h.LastNav().(nav.SwitchProfile); !ok || sw.Profile.Name != "bob" || sw.Then != (nav.History{}) {
		t.Errorf("enter sent %#v, want bob's history", h.LastNav())
	}
	h.Send(tea.KeyMsg{Type: tea.KeyDown}, tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("p")})
	if sw, ok := h.LastNav().(nav.SwitchProfile); !ok || !strings.HasPrefix(sw.Profile.Name, "eve") || sw.Then != (nav.Progress{}) {
		t.Errorf("p sent %#v, want eve's progress", h.LastNav())
	}
	h.Send(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("e")})
	if in, ok := h.LastNav().(nav.Intake); !ok || !strings.HasPrefix(in.Profile.Name, "eve") {
		t.Errorf("e sent %#v, want eve's intake", h.LastNav())
	}
	h.Send(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("i")})
	if len(c.invited) != 1 || !strings.Contains(h.View(), "ABCDE-FGHJK") {
		t.Errorf("i made %v and shows no code:\n%s", c.invited, h.View())
	}
	h.Send(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("a")})
	if v := ansi.Strip(h.View()); !strings.Contains(v, "Audit log") || !strings.Contains(v, "SHA256:abc") {
		t.Errorf("a does not show the audit log:\n%s", v)
	}
	h.Send(tea.KeyMsg{Type: tea.KeyEsc})
	if v := ansi.Strip(h.View()); strings.Contains(v, "Audit log") {
		t.Errorf("esc did not leave the audit log:\n%s", v)
	}
}
