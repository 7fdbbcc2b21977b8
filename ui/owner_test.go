package ui

import (
	"slices"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"

	"upright/exercises"
	"upright/ui/kit"
	"upright/ui/kit/kittest"
)

// Routines have an owner (issue 19 item 4): driven through the screens from home, with what the
// fake store holds afterwards.

// withRoutines adds ann's own routine, bob's, and one of the library to the two profiles' store.
func withRoutines(locked bool) func(*Options) {
	return func(o *Options) {
		st := o.Store.(*kittest.FakeStore)
		for _, r := range []struct{ name, owner string }{{"Bob legs", "bob"}, {"Clinic walk", ""}, {"Ann core", "ann"}} {
			src := "name = \"" + r.name + "\"\n\n[[exercise]]\nid = \"plank\"\nsets = 2\nhold = \"15s\"\n"
			if _, err := st.SaveRoutine(kit.RoutineSave{Src: []byte(src), Owner: r.owner}); err != nil {
				panic(err)
			}
		}
		o.Locked = locked
	}
}

// pickerLines are the picker's list lines, top to bottom, from home.
func pickerLines(t *testing.T, h *harness) []string {
	t.Helper()
	selectHome(t, h, "Start a routine")
	if h.screen() != screenPicker {
		t.Fatalf("screen %v, want the picker", h.screen())
	}
	var out []string
	for _, line := range strings.Split(viewAt(h.m, 80, 40), "\n") {
		if strings.Contains(line, "exercise") && strings.Contains(line, "min") {
			out = append(out, strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(line), "›")))
		}
	}
	return out
}

func TestPickerListsTheirOwnThenLibraryThenBuiltins(t *testing.T) {
	lines := pickerLines(t, twoProfiles(t, withRoutines(false)))
	n := len(exercises.Builtin())
	if len(lines) != n+3 {
		t.Fatalf("%d lines, want %d:\n%s", len(lines), n+3, strings.Join(lines, "\n"))
	}
	if !strings.HasPrefix(lines[0], "Ann core") || !strings.HasSuffix(lines[0], "for ann") ||
		!strings.HasPrefix(lines[1], "Clinic walk") || strings.Contains(lines[1], "for ") ||
		!strings.HasPrefix(lines[2], exercises.Builtin()[0].Name) {
		t.Errorf("want ann's own (marked), the library, then the built-ins:\n%s", strings.Join(lines, "\n"))
	}
	// Unlocked, the app is a therapist's view too: bob's routine is there, last, with its owner.
	if last := lines[len(lines)-1]; !strings.HasPrefix(last, "Bob legs") || !strings.HasSuffix(last, "for bob") {
		t.Errorf("a therapist's view ends with bob's routine, marked: %q", last)
	}
}

func TestLockedPatientNeverSeesAnotherPatientsRoutine(t *testing.T) {
	h := twoProfiles(t, withRoutines(true))
	lines := pickerLines(t, h)
	if !strings.HasPrefix(lines[0], "Ann core") || slices.ContainsFunc(lines, func(l string) bool { return strings.Contains(l, "Bob") }) {
		t.Errorf("ann, locked, sees:\n%s", strings.Join(lines, "\n"))
	}
	for range len(lines) + 2 { // every routine's preview, too
		if v := viewText(h); strings.Contains(v, "Bob") || strings.Contains(v, "bob") {
			t.Fatalf("bob's routine shows on ann's locked run:\n%s", v)
		}
		h.send(runes("j"))
	}
}

// openInBuilder opens the picker's line starting with name in the builder.
func openInBuilder(t *testing.T, h *harness, name string) {
	t.Helper()
	lines := pickerLines(t, h)
	i := slices.IndexFunc(lines, func(l string) bool { return strings.HasPrefix(l, name) })
	if i < 0 {
		t.Fatalf("no %q in the picker:\n%s", name, strings.Join(lines, "\n"))
	}
	for range i {
		h.send(runes("j"))
	}
	h.send(runes("e"))
	if h.screen() != screenBuilder {
		t.Fatalf("e on %q: screen %v", name, h.screen())
	}
}

// rename types a new name in the builder's Name row (the first, where it opens).
func rename(h *harness, name string) {
	h.send(keyEnter, tea.KeyMsg{Type: tea.KeyCtrlU}, runes(name), keyEnter)
}

func savedOwners(h *harness) map[string]string {
	rs, _ := h.store.SavedRoutines()
	out := map[string]string{}
	for _, r := range rs {
		out[r.ID] = r.Owner
	}
	return out
}

func TestBuilderRenamesAndPrescribesForTheActivePatient(t *testing.T) {
	h := twoProfiles(t, withRoutines(false))
	openInBuilder(t, h, "Clinic walk")
	rename(h, "Ann walk")
	h.send(runes("w"))
	v := viewText(h)
	if !strings.Contains(v, "Save “Ann walk” for whom?") || !strings.Contains(v, "› The clinic's library") ||
		!strings.Contains(v, "For ann only — prescribed; no other patient sees it") {
		t.Fatalf("w asks whose the routine is, on the library as it was:\n%s", v)
	}
	h.send(runes("j"), keyEnter)
	if got := savedOwners(h); len(got) != 3 || got["ann-walk"] != "ann" || got["ann-core"] != "ann" || got["bob-legs"] != "bob" {
		t.Fatalf("after renaming Clinic walk to Ann walk for ann: %v (the old id must go, no copy)", got)
	}
	if v := viewText(h); !strings.Contains(v, `Saved as "ann-walk" for ann`) || !strings.Contains(v, "Change “Ann walk” for ann") {
		t.Errorf("the builder after the save:\n%s", v)
	}
	// A name whose id another routine has is refused, and nothing changes.
	rename(h, "ANN CORE")
	h.send(runes("w"), keyEnter)
	if v := strings.Join(strings.Fields(viewText(h)), " "); !strings.Contains(v, "Not saved") || !strings.Contains(v, `which the saved routine "Ann core" already has`) {
		t.Errorf("renaming onto Ann core's id:\n%s", v)
	}
	if got := savedOwners(h); len(got) != 3 || got["ann-walk"] != "ann" || got["ann-core"] != "ann" {
		t.Errorf("the refused rename changed the store: %v", got)
	}
}

func TestDeletingAProfileKeepsItsRoutinesInTheLibrary(t *testing.T) {
	h := twoProfiles(t, withRoutines(false))
	toProfiles(h)
	h.send(runes("j"), runes("x")) // bob, under ann (active)
	if v := viewText(h); !strings.Contains(v, "The routine prescribed for bob stays, in the clinic's library") {
		t.Fatalf("deleting bob says nothing of his routine:\n%s", v)
	}
	h.send(runes("y"), runes("bob"), keyEnter)
	if got := savedOwners(h); len(got) != 3 || got["bob-legs"] != "" || got["ann-core"] != "ann" {
		t.Errorf("after deleting bob: %v, want his routine in the library", got)
	}
}

// The intake prescribes the library's routines and the patient's own, never another patient's.
func TestIntakeRefusesAnotherPatientsRoutine(t *testing.T) {
	h := twoProfiles(t, withRoutines(false))
	toIntakeField(h, 14) // the prescribed routines
	fillToSave(h, 14, "bob-legs")
	if v := flat(h); len(h.store.ProfileSaves) != 0 || !strings.Contains(v, `"bob-legs" is prescribed for bob; choose a routine of the library or one of ann's own`) {
		t.Fatalf("bob's routine prescribed for ann (%d saves) or not explained:\n%s", len(h.store.ProfileSaves), viewText(h))
	}
	h = twoProfiles(t, withRoutines(false))
	toIntakeField(h, 14)
	fillToSave(h, 14, "ann-core clinic-walk core")
	if len(h.store.ProfileSaves) != 1 || !slices.Equal(h.store.People["ann"].Prescribed, []string{"ann-core", "clinic-walk", "core"}) {
		t.Fatalf("ann's own, the library's and a built-in: %d saves, %v\n%s", len(h.store.ProfileSaves), h.store.People["ann"].Prescribed, viewText(h))
	}
}

// A routine prescribed for ann opens in the builder as valid, and saving a change keeps it hers
// unless the therapist chooses otherwise.
func TestBuilderKeepsTheOwnerOfARoutineItOpened(t *testing.T) {
	h := twoProfiles(t, withRoutines(false))
	openInBuilder(t, h, "Ann core")
	if v := viewText(h); !strings.Contains(v, "Change “Ann core” for ann") || !strings.Contains(v, "✓ valid") {
		t.Fatalf("ann's routine in the builder:\n%s", v)
	}
	rename(h, "Ann core and balance")
	h.send(runes("w"))
	if v := viewAt(h.m, 40, 12); !strings.Contains(v, "› For ann only\n") {
		t.Fatalf("the save offers ann's routine as ann's:\n%s", v)
	}
	h.send(keyEnter)
	if got := savedOwners(h); len(got) != 3 || got["ann-core-and-balance"] != "ann" {
		t.Errorf("after renaming ann's routine: %v", got)
	}
}
