package ui

import (
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"upright/session"
	"upright/session/record"
	"upright/ui/kit/kittest"
)

// screenCase builds the model showing one screen in one phase, for goldens and the size sweep.
type screenCase struct {
	name  string
	build func(t *testing.T) *harness
}

// pastSessions are what the home and history screens show: a week with two sessions.
func pastSessions() []record.Record {
	rec := func(id, routine string, day int, status string, pain, after int) record.Record {
		start := time.Date(2026, 11, day, 8, 30, 0, 0, time.UTC)
		r := record.Record{Version: record.RecordVersion, ID: id, Profile: "default",
			Routine:   record.RoutineRef{ID: routine, Name: routine},
			StartedAt: start, EndedAt: start.Add(14*time.Minute + 10*time.Second), Status: status,
			Checkin: record.Checkin{Pain: pain}, Flags: []record.Flag{}}
		if status == record.StatusCompleted {
			r.Checkout = &record.Checkout{Pain: after, Effort: 6}
		}
		return r
	}
	return []record.Record{
		rec("b", "Core", 27, record.StatusCompleted, 3, 2),
		rec("a", "Legs", 24, record.StatusPartial, 4, 0),
		rec("z", "Balance", 18, record.StatusCompleted, 2, 2),
	}
}

func homeWithData(t *testing.T) *harness {
	return newHarness(t, func(o *Options) { o.Store.(*kittest.FakeStore).Recs = pastSessions() })
}

// demoAt starts the clinic demo, skips to exercise item from its first brief and starts it.
func demoAt(t *testing.T, item int, until session.Phase) *harness {
	h := startRoutine(t, clinicDemo(), nil)
	for range item {
		h.send(runes("n"))
	}
	h.send(keyEnter)
	h.untilPhase(until)
	return h
}

// tinyAtCheckout runs the tiny routine to its check-out.
func tinyAtCheckout(t *testing.T) *harness {
	h := startRoutine(t, tinyRoutine(), nil)
	h.send(keyEnter)
	h.until("the second brief", func() bool { return h.phase() == session.PhaseBrief && h.eng().Step().Item == 1 })
	h.send(keyEnter)
	h.untilPhase(session.PhaseActive)
	h.send(keySpace, keySpace)
	return h
}

func with(build func(t *testing.T) *harness, msgs ...tea.Msg) func(t *testing.T) *harness {
	return func(t *testing.T) *harness {
		h := build(t)
		h.send(msgs...)
		return h
	}
}

var screenCases = []screenCase{
	{"welcome", func(t *testing.T) *harness { return newHarness(t, func(o *Options) { o.FirstRun = true }) }},
	{"home", homeWithData},
	{"picker", with(homeWithData, keyEnter)},
	{"checkin-pain", func(t *testing.T) *harness {
		r := clinicDemo()
		return newHarness(t, func(o *Options) { o.Routine = &r })
	}},
	{"checkin-redflags", func(t *testing.T) *harness {
		r := clinicDemo()
		h := newHarness(t, func(o *Options) { o.Routine = &r })
		h.send(keyEnter, keyEnter, keyEnter, runes("y"), keySpace, runes("j"))
		return h
	}},
	{"advice-stop", func(t *testing.T) *harness {
		r := clinicDemo()
		h := newHarness(t, func(o *Options) { o.Routine = &r })
		h.send(keyEnter, keyEnter, keyEnter, runes("y"), keySpace, keyEnter)
		return h
	}},
	{"brief", func(t *testing.T) *harness { return startRoutine(t, clinicDemo(), nil) }},
	{"get-ready", func(t *testing.T) *harness { return demoAt(t, 0, session.PhaseGetReady) }},
	{"hold", func(t *testing.T) *harness {
		h := demoAt(t, 0, session.PhaseActive)
		h.until("1 s held", func() bool { return h.eng().Elapsed(h.at()) >= time.Second })
		return h
	}},
	{"hold-paused", func(t *testing.T) *harness {
		h := demoAt(t, 0, session.PhaseActive)
		h.until("1 s held", func() bool { return h.eng().Elapsed(h.at()) >= time.Second })
		h.send(runes("p"))
		return h
	}},
	{"tapped-reps", func(t *testing.T) *harness {
		h := demoAt(t, 1, session.PhaseActive)
		h.send(keySpace)
		return h
	}},
	{"paced-up", func(t *testing.T) *harness { return demoAt(t, 2, session.PhaseActive) }},
	{"paced-down", func(t *testing.T) *harness {
		h := demoAt(t, 2, session.PhaseActive)
		h.until("the down half", func() bool { return !h.eng().Pace(h.at()).Up })
		return h
	}},
	{"hold-reps", func(t *testing.T) *harness {
		h := demoAt(t, 3, session.PhaseActive)
		h.until("2 s into the hold", func() bool { return h.eng().Elapsed(h.at()) >= 2*time.Second })
		return h
	}},
	{"max-hold", func(t *testing.T) *harness {
		h := demoAt(t, 5, session.PhaseActive)
		h.until("3 s on the stopwatch", func() bool { return h.eng().Elapsed(h.at()) >= 3*time.Second })
		return h
	}},
	{"switch-sides", func(t *testing.T) *harness { return demoAt(t, 4, session.PhaseSwitchSides) }},
	{"rest", func(t *testing.T) *harness {
		h := demoAt(t, 0, session.PhaseRest)
		h.tick()
		return h
	}},
	{"quit-confirm", func(t *testing.T) *harness {
		h := demoAt(t, 0, session.PhaseActive)
		h.send(runes("q"))
		return h
	}},
	{"checkout-effort", with(tinyAtCheckout, runes("6"))},
	{"checkout-note", with(tinyAtCheckout, runes("6"), keyEnter, keyEnter, keyEnter, runes("felt steady"))},
	{"summary", with(tinyAtCheckout, runes("6"), keyEnter, runes("1"), keyEnter, keyEnter, keyEnter)},
	{"history", with(homeWithData, runes("j"), keyEnter)},
	{"catalog-list", with(homeWithData, runes("j"), runes("j"), runes("j"), keyEnter, runes("j"))},
	{"catalog-card", with(homeWithData, runes("j"), runes("j"), runes("j"), keyEnter, runes("j"), keyEnter)},
	// Beyond the list of issue 5: overlays and banners that can also overflow.
	{"help", with(func(t *testing.T) *harness { return demoAt(t, 0, session.PhaseActive) }, runes("?"))},
	{"demo-rest", func(t *testing.T) *harness {
		h := startRoutine(t, tinyRoutine(), func(o *Options) { o.Demo = true })
		h.send(keyEnter)
		h.untilPhase(session.PhaseRest)
		return h
	}},
	{"resume", func(t *testing.T) *harness {
		r := tinyResumable(t)
		return newHarness(t, func(o *Options) { o.Resume = &r })
	}},
}

// tinyResumable is the checkpoint of the tiny routine after its first set, as a crash leaves it.
func tinyResumable(t *testing.T) Resumable {
	t.Helper()
	h := startRoutine(t, tinyRoutine(), nil)
	h.send(keyEnter)
	h.until("the second brief", func() bool { return h.phase() == session.PhaseBrief && h.eng().Step().Item == 1 })
	cps, _ := h.store.Snapshot()
	last := cps[len(cps)-1]
	if last.SetsDone() != 1 {
		t.Fatalf("checkpoint after the hold has %d sets, want 1", last.SetsDone())
	}
	return Resumable{Record: last, Routine: tinyRoutine()}
}

// viewAt draws the model at a size. The model is a value: resizing the copy leaves h alone.
func viewAt(m Model, w, h int) string {
	next, _ := m.Update(tea.WindowSizeMsg{Width: w, Height: h})
	return next.(Model).View()
}
