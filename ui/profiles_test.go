package ui

import (
	"strings"
	"testing"
	"time"
	"upright/ui/nav"

	tea "github.com/charmbracelet/bubbletea"

	"upright/exercises"
	sessionprofile "upright/session/profile"
	"upright/session/record"
	"upright/ui/kit/kittest"
)

// twoProfiles is a store with ann (active, one session) and bob (two sessions of his own).
func twoProfiles(t *testing.T, edit func(*Options)) *harness {
	return newHarness(t, func(o *Options) {
		st := o.Store.(*kittest.FakeStore)
		rec := func(id, profile, routine string, day int) record.Record {
			start := time.Date(2026, 11, day, 8, 30, 0, 0, time.UTC)
			return record.Record{Version: record.RecordVersion, ID: id, Profile: profile,
				Routine: record.RoutineRef{ID: routine, Name: routine}, StartedAt: start,
				EndedAt: start.Add(10 * time.Minute), Status: record.StatusCompleted, Flags: []record.Flag{},
				Exercises: []record.ExerciseResult{{ID: "plank", Name: "Plank (incline)",
					// Two sets of one exercise: a strength day by the strength goal.
					Sets: []record.SetResult{{Set: 1, TargetSeconds: 10, HeldSeconds: 10}, {Set: 2, TargetSeconds: 10, HeldSeconds: 10}}}}}
		}
		st.Recs = []record.Record{rec("b2", "bob", "BobOnlyLegs", 28), rec("a1", "ann", "AnnOnlyCore", 27),
			rec("b1", "bob", "BobOnlyBalance", 25)}
		ann := sessionprofile.Profile{Name: "ann", DisplayName: "Ann", FirstRunDone: true,
			Readiness: &sessionprofile.Readiness{AnsweredAt: t0}}
		bob := sessionprofile.Profile{Name: "bob", DisplayName: "Bob", FirstRunDone: true,
			Readiness: &sessionprofile.Readiness{AnsweredAt: t0}}
		st.People = map[string]sessionprofile.Profile{"ann": ann, "bob": bob}
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
	o.Store.(*kittest.FakeStore).People["ann"] = o.ProfileData
}

// toProfiles opens the profile picker from home.
func toProfiles(h *harness) {
	selectHome(h.t, h, "Profiles")
	if h.screen() != screenProfiles {
		h.t.Fatalf("screen %v, want the profiles", h.screen())
	}
}

// intakeFieldCount is how many fields the intake form has; enter on the last reaches Save.
const intakeFieldCount = 21

// onProfileList reports whether the profiles screen shows its list (not a question).
func onProfileList(h *harness) bool {
	return h.screen() == screenProfiles && strings.Contains(viewText(h), "New profile…")
}

func typed(s string) []tea.Msg {
	var out []tea.Msg
	for _, r := range s {
		out = append(out, runes(string(r)))
	}
	return out
}

func viewText(h *harness) string { return viewAt(h.m, 80, 24) }

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
	if h.screen() != screenHome {
		h.send(runes("q"))
	}
	toProfiles(h)
	h.send(runes("j"), keyEnter) // bob
	if h.screen() != screenHome || h.m.st.active.Profile != "bob" || h.store.Last != "bob" {
		t.Fatalf("after switching: screen %v, profile %q, last %q", h.screen(), h.m.st.active.Profile, h.store.Last)
	}
	check("bob's home", []string{"BobOnlyLegs", "Bob"}, []string{"AnnOnly"})
	h.send(runes("j"), keyEnter)
	check("bob's history", []string{"BobOnlyLegs"}, []string{"AnnOnly"})
}

func TestDeleteProfileAsksTwice(t *testing.T) {
	h := twoProfiles(t, nil)
	toProfiles(h)
	h.send(runes("x")) // ann is active: refused
	if !onProfileList(h) || !strings.Contains(viewText(h), "active profile") {
		t.Fatalf("deleting the active profile was not refused:\n%s", viewText(h))
	}
	h.send(runes("j"), runes("x"), runes("n"))
	if !onProfileList(h) || len(h.store.Deleted) != 0 {
		t.Fatal("n did not cancel the deletion")
	}
	h.send(runes("x"), runes("y"))
	h.send(typed("bo")...)
	h.send(keyEnter)
	if len(h.store.Deleted) != 0 || !strings.Contains(viewText(h), "does not match") {
		t.Fatalf("a wrong name deleted the profile: %v\n%s", h.store.Deleted, viewText(h))
	}
	h.send(runes("b"), keyEnter)
	if len(h.store.Deleted) != 1 || h.store.Deleted[0] != "bob" {
		t.Fatalf("deleted %v, want bob", h.store.Deleted)
	}
	if strings.Contains(viewText(h), "Bob") {
		t.Fatalf("bob still listed:\n%s", viewText(h))
	}
	for _, r := range h.store.Recs {
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
	// A therapist creating a patient comes back to the list on the new profile, ready for its
	// intake; the run stays with ann, and Carol is the one the next start opens on.
	if h.m.st.active.Profile != "ann" || !onProfileList(h) || !selectedLine(h, "Carol") || h.store.Last != "Carol" {
		t.Fatalf("new profile: active %q, next start %q, screen %v; want the list on Carol:\n%s",
			h.m.st.active.Profile, h.store.Last, h.screen(), viewText(h))
	}
	if v := flat(h); !strings.Contains(v, "Created Carol: i opens the intake") {
		t.Fatalf("the list does not say what was created:\n%s", viewText(h))
	}
	h.send(keyEnter) // using Carol runs her welcome
	if h.m.st.active.Profile != "Carol" || h.screen() != screenWelcome {
		t.Fatalf("enter on Carol: active %q, screen %v; want Carol on the welcome", h.m.st.active.Profile, h.m.screen)
	}
	h.send(keyEnter) // welcome → readiness
	if h.screen() != screenReadiness {
		t.Fatalf("screen %v after the welcome, want the readiness questions", h.m.screen)
	}
	for range sessionprofile.ReadinessQuestions {
		h.send(keyEnter)
	}
	if h.screen() != screenHome || len(h.store.Recs) != 3 {
		t.Fatalf("screen %v", h.m.screen)
	}
	if v := viewText(h); strings.Contains(v, "AnnOnly") || strings.Contains(v, "BobOnly") {
		t.Fatalf("a new profile shows others' sessions:\n%s", v)
	}
	toProfiles(h)
	h.send(runes("r"), tea.KeyMsg{Type: tea.KeyBackspace})
	h.send(typed("line")...)
	h.send(keyEnter)
	if h.m.st.active.Profile != "Caroline" || h.store.People["Caroline"].Name != "Caroline" {
		t.Fatalf("after rename: active %q, store %v", h.m.st.active.Profile, h.store.People)
	}
}

func TestReadinessYesIsRecorded(t *testing.T) {
	h := newHarness(t, func(o *Options) { o.FirstRun = true })
	// Welcome, then the ten questions: yes to the chest pain (2nd) and the medicine (4th) ones.
	h.send(keyEnter, keyEnter, runes("y"), keyEnter, runes("y"))
	for range len(sessionprofile.ReadinessQuestions) - 4 {
		h.send(keyEnter)
	}
	if h.screen() != screenReadiness || !strings.Contains(flat(h), "get their go-ahead") {
		t.Fatalf("a yes did not show the clearance advice:\n%s", viewText(h))
	}
	saves := h.store.ProfileSaves
	if len(saves) != 1 || saves[0].Readiness == nil || !saves[0].FirstRunDone ||
		strings.Join(saves[0].Readiness.Yes, ",") != "chest-pain,bp-medication" || !saves[0].Readiness.AnsweredAt.Equal(t0) {
		t.Fatalf("recorded %+v", saves)
	}
	h.send(keyEnter)
	if h.screen() != screenHome {
		t.Fatalf("the person cannot continue: screen %v", h.m.screen)
	}
	if h.m.st.active.Data.Readiness == nil {
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
			if !sessionprofile.Allows(sessionprofile.Profile{Intake: &sessionprofile.Intake{SpineFracture: fracture}}, ex).Open {
				continue // locked for this person: no brief at all (TestLockedRoutineDoesNotStart)
			}
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
	if !selectedLine(h, "Start today's routine") {
		t.Fatalf("the first entry is not today's routine:\n%s", v)
	}
	h.send(keyEnter)
	h.passGate()
	if h.screen() != screenCheckin || !strings.Contains(viewText(h), "Keep the plank short") {
		t.Fatalf("screen %v, want the check-in with the therapist's note:\n%s", h.screen(), viewText(h))
	}
	for i := 0; h.screen() == screenCheckin; i++ { // the check-in's defaults, to the session
		if i > 6 {
			t.Fatal("the check-in never ended")
		}
		h.send(keyEnter)
	}
	for _, it := range h.eng().Plan().Routine.Items {
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
	for i := 13; i <= intakeFieldCount; i++ {
		h.send(keyEnter)
	}
	if len(h.store.ProfileSaves) != 0 || !strings.Contains(viewText(h), "YYYY-MM-DD") {
		t.Fatalf("a bad date was saved (%d saves), or not explained:\n%s", len(h.store.ProfileSaves), viewText(h))
	}
	h.send(tea.KeyMsg{Type: tea.KeyCtrlU})
	h.send(typed("2027-01-04")...)
	for i := 13; i <= intakeFieldCount; i++ {
		h.send(keyEnter)
	}
	if len(h.store.ProfileSaves) != 1 {
		t.Fatalf("%d saves, want 1:\n%s", len(h.store.ProfileSaves), viewText(h))
	}
	p := h.store.ProfileSaves[0]
	if !p.SpineFracture() || p.Intake.SpineFractureWhen != "2024, T12" || p.Program.Start != "2026-11-30" ||
		p.Program.Weeks != 12 || p.Program.NextCheckup != "2027-01-04" || !p.Intake.RecordedAt.Equal(t0) {
		t.Fatalf("saved %+v %+v %+v", p, p.Intake, p.Program)
	}
	if !h.m.st.active.Data.SpineFracture() || h.screen() != screenProfiles {
		t.Fatal("the active profile did not take the saved intake")
	}
}

// The osteoporosis follow-ups need no clearance: a spine-fracture yes sets the intake's flag and
// says what it changes, and the catalog follows it at once.
func TestReadinessSpineFractureSetsTheFlagWithoutClearance(t *testing.T) {
	h := newHarness(t, func(o *Options) { o.FirstRun = true })
	h.send(keyEnter) // the welcome
	for _, q := range sessionprofile.ReadinessQuestions {
		if q.ID == sessionprofile.QSpineFracture {
			h.send(runes("y"))
		} else {
			h.send(keyEnter)
		}
	}
	v := flat(h)
	if h.screen() != screenReadiness || !strings.Contains(v, "After a spine fracture, floor and core exercises need") {
		t.Fatalf("the spine-fracture line is not shown:\n%s", viewText(h))
	}
	if strings.Contains(v, "get their go-ahead") {
		t.Errorf("a follow-up answer asked for clearance:\n%s", viewText(h))
	}
	saves := h.store.ProfileSaves
	if len(saves) != 1 || saves[0].Intake == nil || !saves[0].Intake.SpineFracture {
		t.Fatalf("the spine fracture did not reach the intake: %+v", saves)
	}
	h.send(keyEnter, nav.Catalog{})
	if v := viewText(h); !strings.Contains(v, "Plank (incline)") || strings.Contains(v, "Heel drop") && !strings.Contains(v, "not for you") {
		t.Errorf("the catalog does not follow the new flag:\n%s", v)
	}
}
