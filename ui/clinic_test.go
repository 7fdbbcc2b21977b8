package ui

import (
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"upright/session/profile"
	"upright/session/record"
	"upright/ui/kit"
	"upright/ui/nav"
)

const screenDashboard screenID = "dashboard.model"

// TestLockedRunRefusesOtherProfiles: on a locked run (a patient over SSH) every intent that
// leads to another profile or the shared routines leads home instead, whoever sends it.
func TestLockedRunRefusesOtherProfiles(t *testing.T) {
	for _, intent := range []tea.Msg{nav.Profiles{}, nav.Intake{Profile: profile.Profile{Name: "bob"}},
		nav.SwitchProfile{Profile: profile.Profile{Name: "bob", FirstRunDone: true}}, nav.Builder{}} {
		h := newHarness(t, func(o *Options) { o.Locked, o.Profile = true, "ann" })
		h.send(nav.History{})
		h.send(intent)
		if got := h.screen(); got != screenHome || h.m.st.active.Profile != "ann" {
			t.Errorf("%T on a locked run: screen %s, profile %q; want home, ann", intent, got, h.m.st.active.Profile)
		}
	}
	h := newHarness(t, func(o *Options) { o.Profile = "ann" })
	h.send(nav.Profiles{})
	if h.screen() != screenProfiles {
		t.Errorf("an unlocked run does not open profiles (%s): the test above proves nothing", h.screen())
	}
}

type noClinic struct{}

func (noClinic) InProgress() ([]record.Record, error)  { return nil, nil }
func (noClinic) AuditLog(int) ([]kit.AuditLine, error) { return nil, nil }
func (noClinic) Invite(string, time.Time) (string, time.Time, error) {
	return "", time.Time{}, nil
}

// TestClinicHomeIsTheDashboard: a therapist's run starts on the dashboard, Home leads back to
// it, and SwitchProfile with Then opens that patient's screen.
func TestClinicHomeIsTheDashboard(t *testing.T) {
	h := newHarness(t, func(o *Options) { o.Clinic = noClinic{} })
	if h.screen() != screenDashboard {
		t.Fatalf("a therapist's run starts on %s, want the dashboard", h.screen())
	}
	h.send(nav.SwitchProfile{Profile: profile.Profile{Name: "bob"}, Then: nav.History{}})
	if h.screen() != screenHistory || h.m.st.active.Profile != "bob" {
		t.Errorf("SwitchProfile{bob, History}: screen %s, profile %q", h.screen(), h.m.st.active.Profile)
	}
	h.send(nav.Home{})
	if h.screen() != screenDashboard {
		t.Errorf("Home on a therapist's run opens %s, want the dashboard", h.screen())
	}
}
