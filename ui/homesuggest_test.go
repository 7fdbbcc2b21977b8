package ui

import (
	"strings"
	"testing"
	"time"

	"upright/session/profile"
	"upright/session/record"
	"upright/ui/kit/kittest"
	"upright/ui/nav"
)

// plankSessions are two easy core sessions of ann's: every plank set held in full, effort 5,
// no pain rise — what the progression rules ask before suggesting 5 s more.
func plankSessions() []record.Record {
	var out []record.Record
	for i, daysAgo := range []int{3, 1} {
		start := t0.AddDate(0, 0, -daysAgo)
		var sets []record.SetResult
		for n := 1; n <= 3; n++ {
			sets = append(sets, record.SetResult{Set: n, TargetSeconds: 10, HeldSeconds: 10, CompletedAt: start.Add(time.Minute)})
		}
		out = append(out, record.Record{Version: 1, ID: "plank" + string(rune('a'+i)), Profile: "ann",
			Routine: record.RoutineRef{ID: "core", Name: "Core"}, StartedAt: start, EndedAt: start.Add(10 * time.Minute),
			Status: record.StatusCompleted, Checkout: &record.Checkout{Pain: 0, Effort: 5},
			Exercises: []record.ExerciseResult{{ID: "plank", Name: "Plank (incline)", Sets: sets}}})
	}
	return out
}

func TestAcceptingASuggestionChangesTheDoseAndLogsIt(t *testing.T) {
	h := twoProfiles(t, func(o *Options) {
		o.ProfileData.Prescribed = []string{"core"}
		o.Store.(*kittest.FakeStore).People["ann"] = o.ProfileData
		o.Store.(*kittest.FakeStore).Recs = plankSessions()
	})
	h.send(nav.Home{})
	if !homeOffers(h, "Accept", "Plank") {
		t.Fatalf("no plank suggestion on home:\n%s", viewText(h))
	}
	if got := h.store.People["ann"].DoseOverrides; len(got) != 0 {
		t.Fatalf("a suggestion was applied before it was accepted: %+v", got)
	}
	selectHome(t, h, "Accept", "Plank")
	ann := h.store.People["ann"]
	if o := ann.DoseOverrides["plank"]; o.HoldSeconds != 15 || o.Sets != 3 {
		t.Fatalf("plank override after accepting: %+v, want 3 sets of 15 s", o)
	}
	if len(ann.DoseChanges) != 1 || !ann.DoseChanges[0].At.Equal(t0) || ann.DoseChanges[0].Exercise != "plank" {
		t.Errorf("the change is not logged with its date: %+v", ann.DoseChanges)
	}
	// The next day the same suggestion is not offered again (at most one change a week).
	if homeOffers(h, "Accept", "Plank") {
		t.Errorf("the plank suggestion is offered again right after it was accepted:\n%s", viewText(h))
	}
}

func TestHomeCountsTheWeekAsTheTargetsDo(t *testing.T) {
	h := twoProfiles(t, func(o *Options) {
		o.ProfileData.Prescribed = []string{"core"}
		o.ProfileData.Targets = &profile.WeeklyTargets{StrengthDays: 2}
		o.Store.(*kittest.FakeStore).People["ann"] = o.ProfileData
		done := plankSessions()[1] // yesterday: every set held
		stopped := record.Record{Version: 1, ID: "stop", Profile: "ann", Routine: done.Routine,
			StartedAt: t0.Add(-time.Hour), EndedAt: t0.Add(-time.Hour), Status: record.StatusStopped}
		o.Store.(*kittest.FakeStore).Recs = []record.Record{stopped, done}
	})
	h.send(nav.Home{})
	v := viewAt(h.m, 80, 24)
	// A check-in stopped by a red flag is not a session done: neither line counts it.
	if !strings.Contains(v, "This week: 1 session.") || !strings.Contains(v, "strength 1/2") {
		t.Errorf("home's week lines disagree or count the stopped check-in:\n%s", v)
	}
}
