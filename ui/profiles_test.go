package ui

import (
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"upright/exercises"
	sessionprofile "upright/session/profile"
	"upright/session/record"
)

func init() { screenCases = append(screenCases, profileScreenCases...) }

// twoProfiles is a store with ann (active, one session) and bob (two sessions of his own).
func twoProfiles(t *testing.T, edit func(*Options)) *harness {
	return newHarness(t, func(o *Options) {
		st := o.Store.(*fakeStore)
		rec := func(id, profile, routine string, day int) record.Record {
			start := time.Date(2026, 11, day, 8, 30, 0, 0, time.UTC)
			return record.Record{Version: record.RecordVersion, ID: id, Profile: profile,
				Routine: record.RoutineRef{ID: routine, Name: routine}, StartedAt: start,
				EndedAt: start.Add(10 * time.Minute), Status: record.StatusCompleted, Flags: []record.Flag{},
				Exercises: []record.ExerciseResult{{ID: "plank", Name: "Plank (incline)",
					Sets: []record.SetResult{{Set: 1, TargetSeconds: 10, HeldSeconds: 10}}}}}
		}
		st.sessions = []record.Record{rec("b2", "bob", "BobOnlyLegs", 28), rec("a1", "ann", "AnnOnlyCore", 27),
			rec("b1", "bob", "BobOnlyBalance", 25)}
		ann := sessionprofile.Profile{Name: "ann", DisplayName: "Ann", FirstRunDone: true,
			Readiness: &sessionprofile.Readiness{AnsweredAt: t0}}
		bob := sessionprofile.Profile{Name: "bob", DisplayName: "Bob", FirstRunDone: true,
			Readiness: &sessionprofile.Readiness{AnsweredAt: t0}}
		st.people = map[string]sessionprofile.Profile{"ann": ann, "bob": bob}
		o.Profile, o.ProfileData = "ann", ann
		if edit != nil {
			edit(o)
		}
	})
}

// withProgram is ann in week 5 of 12 with a check-up in 9 days, on core, with targets and notes.
func withProgram(o *Options) {
	o.ProfileData.Program = &sessionprofile.Program{Start: "2026-10-26", Weeks: 12, NextCheckup: "2026-12-08"}
	o.ProfileData.Prescribed = []string{"core"}
	o.ProfileData.Targets = &sessionprofile.WeeklyTargets{StrengthDays: 2, BalanceDays: 7, PostureDays: 7, StretchDays: 2}
	o.ProfileData.TherapistNotes = "Keep the plank short this week."
	o.ProfileData.DoseOverrides = map[string]sessionprofile.DoseOverride{"plank": {Sets: 1, HoldSeconds: 7}}
	o.ProfileData.Intake = &sessionprofile.Intake{MedicalHistory: "Osteoporosis since 2019", SpineFracture: true, SpineFractureWhen: "2024, T12"}
	o.Store.(*fakeStore).people["ann"] = o.ProfileData
}

// toProfiles opens the profile picker from home.
func toProfiles(h *harness) {
	for h.m.home.menu.items[h.m.home.menu.cursor] != "Profiles" {
		h.send(runes("j"))
	}
	h.send(keyEnter)
	if h.m.screen != screenProfiles {
		h.t.Fatalf("screen %d, want the profiles", h.m.screen)
	}
}

func typed(s string) []tea.Msg {
	var out []tea.Msg
	for _, r := range s {
		out = append(out, runes(string(r)))
	}
	return out
}

func viewText(h *harness) string { return viewAt(h.m, 80, 24) }

var profileScreenCases = []screenCase{
	{"home-program", func(t *testing.T) *harness { return twoProfiles(t, withProgram) }},
	{"profiles-list", func(t *testing.T) *harness { h := twoProfiles(t, nil); toProfiles(h); return h }},
	{"profiles-new", func(t *testing.T) *harness {
		h := twoProfiles(t, nil)
		toProfiles(h)
		h.send(runes("a"))
		h.send(typed("Carol")...)
		return h
	}},
	{"profiles-new-refused", func(t *testing.T) *harness {
		h := twoProfiles(t, nil)
		toProfiles(h)
		h.send(runes("a"), runes(" "), keyEnter)
		return h
	}},
	{"profiles-delete-ask", func(t *testing.T) *harness {
		h := twoProfiles(t, nil)
		toProfiles(h)
		h.send(runes("j"), runes("x"))
		return h
	}},
	{"profiles-delete-confirm", func(t *testing.T) *harness {
		h := twoProfiles(t, nil)
		toProfiles(h)
		h.send(runes("j"), runes("x"), runes("y"), runes("b"))
		return h
	}},
	{"intake", func(t *testing.T) *harness {
		h := twoProfiles(t, withProgram)
		toProfiles(h)
		h.send(runes("i"))
		return h
	}},
	{"intake-refused", func(t *testing.T) *harness {
		h := twoProfiles(t, withProgram)
		toProfiles(h)
		h.send(runes("i"))
		for range 13 {
			h.send(keyEnter) // to "Next check-up"
		}
		h.send(typed("12/08")...)
		for range 6 {
			h.send(keyEnter)
		}
		return h
	}},
	{"readiness-question", func(t *testing.T) *harness {
		h := newHarness(t, func(o *Options) { o.FirstRun = true })
		h.send(keyEnter)
		return h
	}},
	{"readiness-clearance", func(t *testing.T) *harness {
		h := newHarness(t, func(o *Options) { o.FirstRun = true })
		h.send(keyEnter, runes("y"), keyEnter, keyEnter, keyEnter, keyEnter, keyEnter)
		return h
	}},
	{"checkin-therapist-note", func(t *testing.T) *harness {
		h := twoProfiles(t, withProgram)
		h.send(keyEnter)
		return h
	}},
	{"brief-spine-fracture", func(t *testing.T) *harness {
		return startRoutine(t, clinicDemo(), func(o *Options) {
			o.ProfileData.Intake = &sessionprofile.Intake{SpineFracture: true}
		})
	}},
}

// Two profiles' sessions never mix: home and history show the active profile's only, before and
// after switching.
func TestProfilesNeverMix(t *testing.T) {
	h := twoProfiles(t, nil)
	check := func(who string, mine, theirs []string) {
		t.Helper()
		v := viewText(h)
		for _, s := range mine {
			if !strings.Contains(v, s) {
				t.Errorf("%s: %q missing:\n%s", who, s, v)
			}
		}
		for _, s := range theirs {
			if strings.Contains(v, s) {
				t.Errorf("%s: another profile's %q shown:\n%s", who, s, v)
			}
		}
	}
	check("ann's home", []string{"AnnOnlyCore"}, []string{"BobOnly"})
	h.send(runes("j"), keyEnter)
	check("ann's history", []string{"AnnOnlyCore"}, []string{"BobOnly"})
	h.send(tea.KeyMsg{Type: tea.KeyEsc})
	if h.m.screen != screenHome {
		h.send(runes("q"))
	}
	toProfiles(h)
	h.send(runes("j"), keyEnter) // bob
	if h.m.screen != screenHome || h.m.env.opts.Profile != "bob" || h.store.last != "bob" {
		t.Fatalf("after switching: screen %d, profile %q, last %q", h.m.screen, h.m.env.opts.Profile, h.store.last)
	}
	check("bob's home", []string{"BobOnlyLegs", "Bob"}, []string{"AnnOnly"})
	h.send(runes("j"), keyEnter)
	check("bob's history", []string{"BobOnlyLegs"}, []string{"AnnOnly"})
}

func TestDeleteProfileAsksTwice(t *testing.T) {
	h := twoProfiles(t, nil)
	toProfiles(h)
	h.send(runes("x")) // ann is active: refused
	if h.m.profiles.step != profilesList || !strings.Contains(viewText(h), "active profile") {
		t.Fatalf("deleting the active profile was not refused:\n%s", viewText(h))
	}
	h.send(runes("j"), runes("x"), runes("n"))
	if h.m.profiles.step != profilesList || len(h.store.deleted) != 0 {
		t.Fatal("n did not cancel the deletion")
	}
	h.send(runes("x"), runes("y"))
	h.send(typed("bo")...)
	h.send(keyEnter)
	if len(h.store.deleted) != 0 || !strings.Contains(viewText(h), "does not match") {
		t.Fatalf("a wrong name deleted the profile: %v\n%s", h.store.deleted, viewText(h))
	}
	h.send(runes("b"), keyEnter)
	if len(h.store.deleted) != 1 || h.store.deleted[0] != "bob" {
		t.Fatalf("deleted %v, want bob", h.store.deleted)
	}
	if strings.Contains(viewText(h), "Bob") {
		t.Fatalf("bob still listed:\n%s", viewText(h))
	}
	for _, r := range h.store.sessions {
		if r.Profile == "bob" {
			t.Fatal("bob's sessions survived")
		}
	}
}

func TestCreateAndRenameProfile(t *testing.T) {
	h := twoProfiles(t, nil)
	toProfiles(h)
	h.send(runes("a"))
	h.send(typed("ann")...)
	h.send(keyEnter)
	if !strings.Contains(viewText(h), "already exists") {
		t.Fatalf("a taken name was accepted:\n%s", viewText(h))
	}
	h.send(tea.KeyMsg{Type: tea.KeyEsc}, runes("a"))
	h.send(typed("Carol")...)
	h.send(keyEnter)
	if h.m.env.opts.Profile != "Carol" || h.m.screen != screenWelcome {
		t.Fatalf("new profile: active %q, screen %d; want Carol on the welcome", h.m.env.opts.Profile, h.m.screen)
	}
	h.send(keyEnter) // welcome → readiness
	if h.m.screen != screenReadiness {
		t.Fatalf("screen %d after the welcome, want the readiness questions", h.m.screen)
	}
	for range sessionprofile.ReadinessQuestions {
		h.send(keyEnter)
	}
	if h.m.screen != screenHome || len(h.store.sessions) != 3 {
		t.Fatalf("screen %d", h.m.screen)
	}
	if v := viewText(h); strings.Contains(v, "AnnOnly") || strings.Contains(v, "BobOnly") {
		t.Fatalf("a new profile shows others' sessions:\n%s", v)
	}
	toProfiles(h)
	h.send(runes("r"), tea.KeyMsg{Type: tea.KeyBackspace})
	h.send(typed("line")...)
	h.send(keyEnter)
	if h.m.env.opts.Profile != "Caroline" || h.store.people["Caroline"].Name != "Caroline" {
		t.Fatalf("after rename: active %q, store %v", h.m.env.opts.Profile, h.store.people)
	}
}

func TestReadinessYesIsRecorded(t *testing.T) {
	h := newHarness(t, func(o *Options) { o.FirstRun = true })
	h.send(keyEnter, keyEnter, runes("y"), keyEnter, keyEnter, runes("y"), keyEnter)
	if h.m.screen != screenReadiness || !strings.Contains(viewText(h), "clearance first") {
		t.Fatalf("a yes did not show the clearance advice:\n%s", viewText(h))
	}
	saves := h.store.profileSaves
	if len(saves) != 1 || saves[0].Readiness == nil || !saves[0].FirstRunDone ||
		strings.Join(saves[0].Readiness.Yes, ",") != "chest-pain,bp-medication" || !saves[0].Readiness.AnsweredAt.Equal(t0) {
		t.Fatalf("recorded %+v", saves)
	}
	h.send(keyEnter)
	if h.m.screen != screenHome {
		t.Fatalf("the person cannot continue: screen %d", h.m.screen)
	}
	if h.m.env.opts.ProfileData.Readiness == nil {
		t.Fatal("the active profile does not keep the answers")
	}
}

// A spine-fracture yes puts the go-ahead note on the brief of every floor and core exercise, and
// on no other.
func TestSpineFractureChangesFloorBriefs(t *testing.T) {
	for _, ex := range exercises.Catalog() {
		if ex.Status.Flagged() {
			continue // their caution screen comes first; the brief is the same code
		}
		r := exercises.Routine{ID: "one", Name: "One", GetReady: time.Second, Rest: time.Second,
			Items: []exercises.Item{{Exercise: ex, Dose: ex.Dose, CautionAcknowledged: true}}}
		if r.Items[0].Dose.Sets == 0 {
			r.Items[0].Dose.Sets = 1
		}
		for _, fracture := range []bool{false, true} {
			h := startRoutine(t, r, func(o *Options) {
				o.ProfileData.Intake = &sessionprofile.Intake{SpineFracture: fracture}
			})
			for _, size := range [][2]int{{80, 24}, {40, 12}} {
				v := strings.Join(strings.Fields(viewAt(h.m, size[0], size[1])), " ")
				want := fracture && ex.Floor
				if got := strings.Contains(v, "go-ahead first"); got != want {
					t.Errorf("%s, fracture %v, %dx%d: note shown %v, want %v:\n%s", ex.ID, fracture, size[0], size[1], got, want, v)
				}
			}
		}
	}
}

func TestHomeShowsProgramAndStartsTodaysRoutineWithOverrides(t *testing.T) {
	h := twoProfiles(t, withProgram)
	v := viewText(h)
	for _, want := range []string{"Week 5 of 12", "check-up in 9 days", "Today's routine: Core", "strength 1/2"} {
		if !strings.Contains(v, want) {
			t.Errorf("home lacks %q:\n%s", want, v)
		}
	}
	if h.m.home.actions[0] != homeToday {
		t.Fatalf("the first entry is %d, want today's routine", h.m.home.actions[0])
	}
	h.send(keyEnter)
	if h.m.screen != screenCheckin || !strings.Contains(viewText(h), "Keep the plank short") {
		t.Fatalf("screen %d, want the check-in with the therapist's note:\n%s", h.m.screen, viewText(h))
	}
	for _, it := range h.m.checkin.routine.Items {
		if it.Exercise.ID == "plank" && (it.Dose.Sets != 1 || it.Dose.Hold != 7*time.Second) {
			t.Errorf("plank dose %+v, want the override 1 × 7 s", it.Dose)
		}
	}
}

func TestIntakeSavesAndRefuses(t *testing.T) {
	h := twoProfiles(t, nil)
	toProfiles(h)
	h.send(runes("i"))
	for range 5 {
		h.send(keyEnter)
	}
	h.send(runes("y"), keyEnter) // spine fracture
	h.send(typed("2024, T12")...)
	for range 4 {
		h.send(keyEnter)
	}
	h.send(typed("2026-11-30")...) // program start
	for range 3 {
		h.send(keyEnter)
	}
	h.send(typed("2026-13-01")...) // next check-up: no such month
	for i := 13; i <= len(intakeFields); i++ {
		h.send(keyEnter)
	}
	if len(h.store.profileSaves) != 0 || !strings.Contains(viewText(h), "YYYY-MM-DD") || h.m.intake.cursor != 13 {
		t.Fatalf("a bad date was saved (%d saves), or not explained:\n%s", len(h.store.profileSaves), viewText(h))
	}
	h.send(tea.KeyMsg{Type: tea.KeyCtrlU})
	h.send(typed("2027-01-04")...)
	for i := 13; i <= len(intakeFields); i++ {
		h.send(keyEnter)
	}
	if len(h.store.profileSaves) != 1 {
		t.Fatalf("%d saves, want 1:\n%s", len(h.store.profileSaves), viewText(h))
	}
	p := h.store.profileSaves[0]
	if !p.SpineFracture() || p.Intake.SpineFractureWhen != "2024, T12" || p.Program.Start != "2026-11-30" ||
		p.Program.Weeks != 12 || p.Program.NextCheckup != "2027-01-04" || !p.Intake.RecordedAt.Equal(t0) {
		t.Fatalf("saved %+v %+v %+v", p, p.Intake, p.Program)
	}
	if !h.m.env.opts.ProfileData.SpineFracture() || h.m.screen != screenProfiles {
		t.Fatal("the active profile did not take the saved intake")
	}
}
