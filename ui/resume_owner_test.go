package ui

import (
	"strings"
	"testing"

	sessionprofile "upright/session/profile"
)

// Another profile's unfinished session is offered at start under their name, and resuming it
// makes that profile the active one, so the session goes on as theirs (issue 18).
func TestOtherProfilesUnfinishedSessionIsOffered(t *testing.T) {
	res := tinyResumable(t)
	cara := sessionprofile.Profile{Name: "cara", DisplayName: "Cara", FirstRunDone: true, AgeBand: "70-79"}
	res.Owner = &cara
	res.Record.Profile = "cara"
	h := newHarness(t, func(o *Options) { o.Resume = &res })
	if v := h.m.View(); !strings.Contains(v, "Cara has an unfinished session") {
		t.Fatalf("the offer does not name Cara:\n%s", v)
	}
	h.send(keyEnter)
	if h.m.st.active.Profile != "cara" || h.m.st.active.AgeBand != "70-79" {
		t.Fatalf("resuming Cara's session: active profile %q (age band %q), want cara", h.m.st.active.Profile, h.m.st.active.AgeBand)
	}
	if h.eng().Record().Profile != "cara" {
		t.Errorf("the resumed record is %q's", h.eng().Record().Profile)
	}
}
