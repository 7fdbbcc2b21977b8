package ui

import (
	"strings"
	"testing"

	"upright/session"
	"upright/ui/nav"
)

// selectHome moves the home cursor to the entry whose label starts with prefix (and holds every
// one of also) and presses enter.
func selectHome(t testing.TB, h *harness, prefix string, also ...string) {
	t.Helper()
	if !homeOffers(h, prefix, also...) {
		t.Fatalf("no home entry %q %q:\n%s", prefix, also, viewText(h))
	}
	for range 20 {
		if selectedLine(h, prefix, also...) {
			h.send(keyEnter)
			return
		}
		h.send(runes("j"))
	}
	t.Fatalf("the cursor never reached %q:\n%s", prefix, viewText(h))
}

// homeOffers reports whether home shows an entry starting with prefix and holding also.
func homeOffers(h *harness, prefix string, also ...string) bool {
	for _, l := range strings.Split(viewText(h), "\n") {
		l = strings.TrimLeft(strings.TrimSpace(l), "› ")
		if strings.HasPrefix(l, prefix) && containsAll(l, also) {
			return true
		}
	}
	return false
}

func selectedLine(h *harness, prefix string, also ...string) bool {
	for _, l := range strings.Split(viewText(h), "\n") {
		if l = strings.TrimSpace(l); strings.HasPrefix(l, "› "+prefix) && containsAll(l, also) {
			return true
		}
	}
	return false
}

func containsAll(s string, parts []string) bool {
	for _, p := range parts {
		if !strings.Contains(s, p) {
			return false
		}
	}
	return true
}

func TestDemoToggleOnHomeStopsSaving(t *testing.T) {
	h := newHarness(t, nil)
	if strings.Contains(viewAt(h.m, 80, 24), "DEMO") {
		t.Fatal("the banner shows before demonstration mode is on")
	}
	selectHome(t, h, "Demonstration mode: off")
	if !strings.Contains(viewAt(h.m, 80, 24), "DEMO — nothing is saved") {
		t.Fatalf("no banner after switching demonstration mode on:\n%s", viewAt(h.m, 80, 24))
	}
	// A whole session in demonstration mode leaves nothing in the store.
	r := tinyRoutine()
	h.send(nav.StartCheckin{Routine: r})
	h.checkin()
	h.send(keyEnter)
	h.until("the second brief", func() bool { return h.phase() == session.PhaseBrief && h.eng().Step().Item == 1 })
	h.send(keyEnter)
	h.untilPhase(session.PhaseActive)
	h.send(keySpace, keySpace)
	if h.screen() != screenCheckout {
		t.Fatalf("screen %v, want the check-out", h.m.screen)
	}
	checkpoints, finished := h.store.Snapshot()
	if len(checkpoints) != 0 || len(finished) != 0 {
		t.Fatalf("demonstration saved %d checkpoints and %d sessions", len(checkpoints), len(finished))
	}

	// Switched off again, sessions are kept as usual.
	h.send(nav.Home{})
	selectHome(t, h, "Demonstration mode: on")
	h.send(nav.StartCheckin{Routine: r})
	h.checkin()
	h.send(keyEnter)
	h.until("a checkpoint", func() bool { c, _ := h.store.Snapshot(); return len(c) > 0 })
}

func TestNoDemoToggleWithoutADatabase(t *testing.T) {
	h := newHarness(t, func(o *Options) { o.Demo = true })
	if v := viewText(h); strings.Contains(v, "Demonstration mode") {
		t.Fatalf("--demo has no database to switch back to, yet home offers it:\n%s", v)
	}
}

func TestStartupNoticeIsShownOnce(t *testing.T) {
	h := newHarness(t, func(o *Options) { o.Notice = "--voice: no speech program found" })
	if !strings.Contains(viewAt(h.m, 80, 24), "no speech program found") {
		t.Fatalf("the notice is not on the first screen:\n%s", viewAt(h.m, 80, 24))
	}
	h.send(nav.Catalog{})
	if strings.Contains(viewAt(h.m, 80, 24), "no speech program found") {
		t.Error("the notice stays after moving on")
	}
}
