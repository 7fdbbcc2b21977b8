package session

import (
	"strings"
	"testing"
	"time"
	"upright/session/record"
)

func TestNewPlanUnrollsSetsAndSides(t *testing.T) {
	r := routine(5*time.Second, 30*time.Second,
		item(plank, dose{Sets: 2, Hold: 10 * time.Second}),
		item(sidePlank, dose{Sets: 2, Hold: 10 * time.Second}),
		item(heelRaise, dose{Sets: 1, Reps: 10, Tempo: tempo35}),
	)
	p := NewPlan(r)
	want := []struct {
		item, set int
		side      string
	}{
		{0, 1, record.SideNone}, {0, 2, record.SideNone},
		{1, 1, record.SideLeft}, {1, 1, record.SideRight}, {1, 2, record.SideLeft}, {1, 2, record.SideRight},
		{2, 1, record.SideNone},
	}
	if len(p.Steps) != len(want) {
		t.Fatalf("%d steps, want %d", len(p.Steps), len(want))
	}
	for i, w := range want {
		st := p.Steps[i]
		if st.Item != w.item || st.Set != w.set || st.Side != w.side {
			t.Errorf("step %d = item %d set %d side %q, want %+v", i, st.Item, st.Set, st.Side, w)
		}
	}
	if st := p.Steps[6]; !st.Paced() || st.Tapped() || st.Reps != 10 || st.Sets != 1 {
		t.Errorf("heel raise step = %+v, want paced 10 reps", st)
	}
}

func TestEnumsHaveNames(t *testing.T) {
	seen := map[string]bool{}
	for p := PhaseBrief; p <= PhaseDone; p++ {
		if seen[p.String()] || strings.HasPrefix(p.String(), "phase(") {
			t.Errorf("phase %d: name %q missing or repeated", int(p), p)
		}
		seen[p.String()] = true
	}
	seen = map[string]bool{}
	for k := EventPhaseStarted; k <= EventSessionDone; k++ {
		if seen[k.String()] || strings.HasPrefix(k.String(), "event(") {
			t.Errorf("event kind %d: name %q missing or repeated", int(k), k)
		}
		seen[k.String()] = true
	}
	if Phase(99).String() != "phase(99)" || EventKind(99).String() != "event(99)" {
		t.Errorf("out-of-range enums: %s %s", Phase(99), EventKind(99))
	}
}
