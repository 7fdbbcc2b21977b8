package ui

import (
	"strings"
	"testing"

	"upright/session"
)

// selectHome moves the home cursor to the entry whose label starts with prefix and presses enter.
func selectHome(t *testing.T, h *harness, prefix string) {
	t.Helper()
	for i, item := range h.m.home.menu.items {
		if strings.HasPrefix(item, prefix) {
			h.m.home.menu.cursor = i
			h.send(keyEnter)
			return
		}
	}
	t.Fatalf("no home entry %q in %q", prefix, h.m.home.menu.items)
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
	h.send(navMsg{to: screenCheckin, routine: &r})
	h.checkin()
	h.send(keyEnter)
	h.until("the second brief", func() bool { return h.phase() == session.PhaseBrief && h.eng().Step().Item == 1 })
	h.send(keyEnter)
	h.untilPhase(session.PhaseActive)
	h.send(keySpace, keySpace)
	if h.m.screen != screenCheckout {
		t.Fatalf("screen %d, want the check-out", h.m.screen)
	}
	checkpoints, finished := h.store.snapshot()
	if len(checkpoints) != 0 || len(finished) != 0 {
		t.Fatalf("demonstration saved %d checkpoints and %d sessions", len(checkpoints), len(finished))
	}

	// Switched off again, sessions are kept as usual.
	h.send(navMsg{to: screenHome})
	selectHome(t, h, "Demonstration mode: on")
	h.send(navMsg{to: screenCheckin, routine: &r})
	h.checkin()
	h.send(keyEnter)
	h.until("a checkpoint", func() bool { c, _ := h.store.snapshot(); return len(c) > 0 })
}

func TestNoDemoToggleWithoutADatabase(t *testing.T) {
	h := newHarness(t, func(o *Options) { o.Demo = true })
	for _, item := range h.m.home.menu.items {
		if strings.HasPrefix(item, "Demonstration mode") {
			t.Fatalf("--demo has no database to switch back to, yet home offers %q", item)
		}
	}
}

func TestStartupNoticeIsShownOnce(t *testing.T) {
	h := newHarness(t, func(o *Options) { o.Notice = "--voice: no speech program found" })
	if !strings.Contains(viewAt(h.m, 80, 24), "no speech program found") {
		t.Fatalf("the notice is not on the first screen:\n%s", viewAt(h.m, 80, 24))
	}
	h.send(navMsg{to: screenCatalog})
	if strings.Contains(viewAt(h.m, 80, 24), "no speech program found") {
		t.Error("the notice stays after moving on")
	}
}
