package ui

import (
	"slices"
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"upright/exercises"
	"upright/ui/kit"
	"upright/ui/kit/kittest"
	"upright/ui/nav"
)

var keyEsc = kittest.KeyEsc

// The builder's screens join the goldens and the size sweep.
func init() {
	screenCases = append(screenCases,
		screenCase{"builder-empty", builderAt},
		screenCase{"builder-three", builderWithThree},
		screenCase{"builder-edit", with(builderWithThree, runes("j"), keyEnter, runes("j"), runes("l"))},
		screenCase{"builder-refused", func(t *testing.T) *harness {
			h := builderWithThree(t)
			h.send(keyEnter) // plank's fields, on Sets
			for range 8 {
				h.send(runes("l"))
			}
			return h
		}},
		screenCase{"builder-caution", func(t *testing.T) *harness {
			h := builderAt(t)
			h.send(runes("a"))
			h.pick("bicycle-crunch")
			return h
		}},
		screenCase{"builder-add", with(builderAt, runes("a"), runes("j"))},
		screenCase{"builder-name", with(builderAt, keyEnter)},
	)
}

// builderAt opens the builder on an empty draft.
func builderAt(t *testing.T) *harness {
	h := newHarness(t, nil)
	h.deliver(nav.Builder{})
	if h.screen() != screenBuilder {
		t.Fatalf("screen %v, want the builder", h.screen())
	}
	h.addAt = 0
	return h
}

// builderWithThree has a plank, paced heel raises and chin tucks, with the cursor on the plank.
func builderWithThree(t *testing.T) *harness {
	h := builderAt(t)
	for _, id := range []string{"plank", "heel-raise", "chin-tuck"} {
		h.send(runes("a"))
		h.pick(id)
	}
	h.send(runes("k"), runes("k")) // up to the plank
	return h
}

// pick moves the builder's add list to the exercise id and chooses it. The list keeps its
// cursor between additions; addAt follows it.
func (h *harness) pick(id string) {
	h.t.Helper()
	i := slices.IndexFunc(exercises.Catalog(), func(ex exercises.Exercise) bool { return ex.ID == id })
	if i < 0 || !strings.Contains(viewText(h), "Add an exercise") {
		h.t.Fatalf("cannot pick %s (catalog index %d):\n%s", id, i, viewText(h))
	}
	for ; h.addAt < i; h.addAt++ {
		h.send(runes("j"))
	}
	for ; h.addAt > i; h.addAt-- {
		h.send(runes("k"))
	}
	h.send(keyEnter)
}

func TestBuilderFromHome(t *testing.T) {
	h := newHarness(t, nil)
	for i := 0; !strings.Contains(viewText(h), "› Build a routine"); i++ {
		if i > 10 {
			t.Fatalf("home has no Build a routine entry:\n%s", viewText(h))
		}
		h.send(runes("j"))
	}
	h.send(keyEnter)
	if h.screen() != screenBuilder {
		t.Fatalf("screen %v after choosing Build a routine, want the builder", h.m.screen)
	}
	h.send(keyEsc)
	if h.screen() != screenHome {
		t.Errorf("esc on an unchanged draft: screen %v, want home", h.m.screen)
	}
}

// TestPickerOpensASavedRoutineInTheBuilder: e on a saved routine in the picker opens it in the
// builder; saving it under the same name replaces it. Built-in routines are not offered.
func TestPickerOpensASavedRoutineInTheBuilder(t *testing.T) {
	h := newHarness(t, nil)
	src := "name = \"Clinic Tuesday\"\n\n[[exercise]]\nid = \"plank\"\nsets = 2\nhold = \"15s\"\n"
	if _, err := h.store.SaveRoutine(kit.RoutineSave{Src: []byte(src)}); err != nil {
		t.Fatal(err)
	}
	h.deliver(nav.Picker{})
	// The library's routine comes before the built-ins; one down is the first built-in.
	h.send(tea.KeyMsg{Type: tea.KeyDown})
	if strings.Contains(viewText(h), "edit in the builder") {
		t.Errorf("a built-in routine is offered for editing:\n%s", viewText(h))
	}
	h.send(runes("e"))
	if h.screen() != screenPicker {
		t.Fatalf("e on a built-in routine left the picker (screen %v)", h.screen())
	}
	h.send(tea.KeyMsg{Type: tea.KeyUp})
	if !strings.Contains(viewText(h), "Clinic Tuesday") || !strings.Contains(viewText(h), "e edit in the builder") {
		t.Fatalf("the saved routine is not selected with e offered:\n%s", viewText(h))
	}
	h.send(runes("e"))
	if h.screen() != screenBuilder || !strings.Contains(viewText(h), "Change “Clinic Tuesday”") {
		t.Fatalf("e on the saved routine: screen %v\n%s", h.screen(), viewText(h))
	}
	h.send(runes("a"))
	h.addAt = 0
	h.pick("heel-raise")
	h.send(runes("w"), keyEnter)
	if len(h.store.Saved) != 1 || len(h.store.Saved[0].Items) != 2 || h.store.Saved[0].ID != "clinic-tuesday" {
		t.Fatalf("after saving the change: %d saved routines, %+v", len(h.store.Saved), h.store.Saved)
	}
	// The builder opened on the saved plank, 2 × 15 s, and added to it.
	if d := h.store.Saved[0].Items[0].Dose; d.Sets != 2 || d.Hold != 15*time.Second {
		t.Errorf("the saved plank is now %+v, want 2 × 15 s as it was", d)
	}
}
