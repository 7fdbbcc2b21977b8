package ui

import (
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"upright/exercises"
)

var keyEsc = tea.KeyMsg{Type: tea.KeyEsc}

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
	h.deliver(navMsg{to: screenBuilder})
	if h.m.screen != screenBuilder {
		t.Fatalf("screen %d, want the builder", h.m.screen)
	}
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
	if got := h.m.builder.item(); got != 0 {
		t.Fatalf("cursor on item %d, want the plank (0)", got)
	}
	return h
}

// pick moves the add list to the exercise id and chooses it.
func (h *harness) pick(id string) {
	h.t.Helper()
	i := slices.IndexFunc(exercises.Catalog(), func(ex exercises.Exercise) bool { return ex.ID == id })
	if i < 0 || h.m.builder.mode != builderAdd {
		h.t.Fatalf("cannot pick %s (catalog index %d, mode %d)", id, i, h.m.builder.mode)
	}
	for h.m.builder.add.cursor != i {
		h.send(runes("j"))
	}
	h.send(keyEnter)
}

func (h *harness) draft() exercises.Routine { return h.m.builder.draft }

func (h *harness) view() string { return viewAt(h.m, 80, 24) }

func TestBuilderFromHome(t *testing.T) {
	h := newHarness(t, nil)
	i := slices.Index(h.m.home.menu.items, "Build a routine")
	if i < 0 {
		t.Fatalf("home has no Build a routine entry: %q", h.m.home.menu.items)
	}
	for range i {
		h.send(runes("j"))
	}
	h.send(keyEnter)
	if h.m.screen != screenBuilder {
		t.Fatalf("screen %d after choosing Build a routine, want the builder", h.m.screen)
	}
	h.send(keyEsc)
	if h.m.screen != screenHome {
		t.Errorf("esc on an unchanged draft: screen %d, want home", h.m.screen)
	}
}

// An edit that breaks a routine-file rule is refused: the value stays and the reason shows.
func TestBuilderRefusesInvalidEdits(t *testing.T) {
	cases := []struct {
		name  string
		id    string
		field int // index among the item's fields
		dir   string
		want  string
	}{
		{"sets 11", "plank", 0, "l", "sets: 11 is out of range; use 1 to 10"},
		{"sets 0", "plank", 0, "h", "sets: 0 is out of range; use 1 to 10"},
		{"hold 0s", "plank", 1, "h", `hold: "0s" is out of range; use 1s to 10m`},
		{"hold 10m15s", "plank", 1, "l", `hold: "10m15s" is out of range; use 1s to 10m`},
		{"reps 101", "heel-raise", 1, "l", "reps: 101 is out of range; use 1 to 100"},
		{"reps 0", "heel-raise", 1, "h", "reps: 0 is out of range; use 1 to 100"},
		{"tempo up 0s", "heel-raise", 3, "h", `tempo: up "0s" is out of range; use 1s to 30s`},
		{"tempo down 31s", "heel-raise", 4, "l", `tempo: down "31s" is out of range; use 1s to 30s`},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			h := builderAt(t)
			h.send(runes("a"))
			h.pick(c.id)
			h.send(keyEnter) // the item's fields
			for range c.field {
				h.send(runes("j"))
			}
			if c.id == "heel-raise" && !h.draft().Items[0].Dose.Tempo.Paced() {
				t.Fatal("heel raises start tapped; the tempo cases need the catalog's pace")
			}
			// Walk to the edge of the range and one step past it.
			var before exercises.Routine
			for range 700 {
				before = h.draft()
				h.send(runes(c.dir))
				if h.m.builder.refused != "" {
					break
				}
			}
			if h.m.builder.refused == "" {
				t.Fatalf("700 steps %s were all accepted: %+v", c.dir, h.draft().Items[0].Dose)
			}
			if !reflect.DeepEqual(h.draft(), before) {
				t.Errorf("the refused edit changed the draft: %+v, was %+v", h.draft().Items[0].Dose, before.Items[0].Dose)
			}
			if !strings.Contains(h.m.builder.refused, c.want) {
				t.Errorf("reason %q, want it to contain %q", h.m.builder.refused, c.want)
			}
			if v := strings.Join(strings.Fields(h.view()), " "); !strings.Contains(v, strings.Join(strings.Fields(c.want), " ")) {
				t.Errorf("the screen does not show the reason %q:\n%s", c.want, h.view())
			}
		})
	}
}

func TestBuilderRefusesBadSettings(t *testing.T) {
	h := builderAt(t)
	h.send(runes("j"), runes("j")) // get ready
	for range 26 {
		h.send(runes("l"))
	}
	if got := h.draft().GetReady; got != 30*time.Second {
		t.Errorf("get ready %v after 26 steps up from 5s, want 30s (the top of the range)", got)
	}
	if !strings.Contains(h.m.builder.refused, `get_ready: "31s" is out of range`) {
		t.Errorf("refused %q, want the get_ready range", h.m.builder.refused)
	}
	// A blank name is refused and the typed name is kept to fix.
	h.send(runes("k"), runes("k"), keyEnter)
	for range len("New routine") {
		h.send(tea.KeyMsg{Type: tea.KeyBackspace})
	}
	h.send(runes("   "), keyEnter)
	if h.m.builder.mode != builderText || !strings.Contains(h.m.builder.refused, "name: must not be blank") {
		t.Errorf("blank name: mode %d, refused %q", h.m.builder.mode, h.m.builder.refused)
	}
	if h.draft().Name != "New routine" {
		t.Errorf("name %q after a refused edit, want it unchanged", h.draft().Name)
	}
	// q and ? are text while typing.
	h.send(runes("q?"), keyEnter)
	if h.draft().Name != "   q?" || h.m.screen != screenBuilder {
		t.Errorf("name %q on screen %d, want the typed %q", h.draft().Name, h.m.screen, "   q?")
	}
}

func TestBuilderFlaggedNeedsAcknowledgement(t *testing.T) {
	h := builderAt(t)
	h.send(runes("a"))
	h.pick("bosu-squat")
	if h.m.builder.mode != builderCaution || len(h.draft().Items) != 0 {
		t.Fatalf("a therapist-only exercise went in without its caution: mode %d, %d items", h.m.builder.mode, len(h.draft().Items))
	}
	ex := mustExercise("bosu-squat")
	if v := strings.Join(strings.Fields(viewAt(h.m, 200, 40)), " "); !strings.Contains(v, strings.Join(strings.Fields(ex.StatusReason), " ")) {
		t.Errorf("the caution screen does not show the reason:\n%s", viewAt(h.m, 200, 40))
	}
	h.send(runes("n"))
	if h.m.builder.mode != builderAdd || len(h.draft().Items) != 0 {
		t.Fatalf("n: mode %d, %d items; want back on the list with nothing added", h.m.builder.mode, len(h.draft().Items))
	}
	h.send(keyEnter, runes("y"))
	items := h.draft().Items
	if len(items) != 1 || !items[0].CautionAcknowledged {
		t.Fatalf("after y: %+v, want one acknowledged item", items)
	}
	if !strings.Contains(string(exercises.MarshalRoutine(h.draft())), "acknowledge_caution = true") {
		t.Error("the routine file does not record the acknowledgement")
	}
}

// A routine built on screen, written by the export key and read back, is the routine built.
func TestBuilderExportReimportsIdentical(t *testing.T) {
	h := builderWithThree(t)
	h.send(keyEnter, runes("j"), runes("l"), runes("l"), runes("j"), runes("l"), keyEnter) // plank: hold 20s, rest 1s
	h.send(runes("j"), keyEnter, runes("j"), runes("j"), runes("l"), keyEnter)             // heel raise: tapped
	h.send(runes("j"), runes("K"))                                                         // chin tuck up one
	h.send(runes("a"))
	h.pick("bicycle-crunch")
	h.send(runes("y"))
	h.send(runes("g")) // no such key: nothing happens
	h.setText(0, "Clinic: Tuesday")
	h.setText(1, "After the check-up; stop if pain rises")
	path := filepath.Join(t.TempDir(), "tuesday.toml")
	h.send(runes("o"))
	h.setInput(path)
	h.send(keyEnter)
	if !strings.Contains(h.m.builder.note, "Wrote "+path) {
		t.Fatalf("export note %q, err %q", h.m.builder.note, h.m.err)
	}
	built := h.draft()
	if got := []string{built.Items[0].Exercise.ID, built.Items[1].Exercise.ID, built.Items[2].Exercise.ID}; !slices.Equal(got,
		[]string{"plank", "chin-tuck", "heel-raise"}) {
		t.Errorf("order %v after moving chin tucks up", got)
	}
	back, err := exercises.ReadRoutineFile(path)
	if err != nil {
		t.Fatal(err)
	}
	back.Source = built.Source
	if !reflect.DeepEqual(back, built) {
		t.Errorf("re-imported routine differs:\n got %+v\nwant %+v", back, built)
	}
	if back.ID != "clinic-tuesday" || back.Items[0].Dose.Hold != 20*time.Second || back.Items[0].Dose.Rest != time.Second ||
		back.Items[2].Dose.Tempo.Paced() || !back.Items[3].CautionAcknowledged {
		t.Errorf("the edits did not all reach the file: %+v", back)
	}

	h.send(runes("w"))
	if len(h.store.saved) != 1 || !strings.Contains(h.m.builder.note, `Saved as "clinic-tuesday"`) {
		t.Fatalf("save: %d saved, note %q, err %q", len(h.store.saved), h.m.builder.note, h.m.err)
	}
	saved := h.store.saved[0]
	saved.Source = built.Source
	if !reflect.DeepEqual(saved, built) {
		t.Errorf("saved routine differs from the built one")
	}
	h.send(keyEsc) // saved: no question
	h.send(keyEnter)
	if h.m.screen != screenPicker {
		t.Fatalf("screen %d, want the picker", h.m.screen)
	}
	if !slices.ContainsFunc(h.m.picker.routines, func(r exercises.Routine) bool { return r.ID == "clinic-tuesday" }) {
		t.Error("the saved routine is not in the routine picker")
	}
}

func TestBuilderSaveNeedsAnExerciseAndAsksBeforeLeaving(t *testing.T) {
	h := builderAt(t)
	h.send(runes("w"))
	if len(h.store.saved) != 0 || !strings.Contains(h.m.builder.refused, "add at least one exercise") {
		t.Errorf("empty save: %d saved, refused %q", len(h.store.saved), h.m.builder.refused)
	}
	h.send(runes("a"))
	h.pick("plank")
	h.send(keyEsc)
	if h.m.builder.mode != builderLeave {
		t.Fatalf("esc with unsaved changes: mode %d, want the question", h.m.builder.mode)
	}
	h.send(runes("n"))
	h.send(runes("x"))
	if len(h.draft().Items) != 0 {
		t.Errorf("x left %d items", len(h.draft().Items))
	}
	h.store.setFail(true)
	h.send(runes("a"))
	h.pick("plank")
	h.send(runes("w"))
	if !strings.Contains(h.m.err, "save the routine") {
		t.Errorf("a failed save shows %q", h.m.err)
	}
	h.send(runes("q"), runes("y"))
	if h.m.screen != screenHome {
		t.Errorf("q, y: screen %d, want home", h.m.screen)
	}
}

func TestBuilderInDemoSavesNothing(t *testing.T) {
	h := newHarness(t, func(o *Options) { o.Demo = true })
	h.deliver(navMsg{to: screenBuilder})
	h.send(runes("a"))
	h.pick("plank")
	h.send(runes("w"))
	if !strings.Contains(h.m.builder.refused, "demo") || h.store.calls() != 0 || len(h.store.saved) != 0 {
		t.Errorf("demo save: refused %q, %d store calls", h.m.builder.refused, h.store.calls())
	}
	path := filepath.Join(t.TempDir(), "x.toml")
	h.send(runes("o"))
	h.setInput(path)
	h.send(keyEnter)
	if _, err := os.Stat(path); err == nil {
		t.Error("demo export wrote a file")
	}
}

func TestDraftFileKeepsZeroesForTheParser(t *testing.T) {
	r := exercises.Routine{Name: "Z", GetReady: time.Second, Rest: time.Second, Items: []exercises.Item{
		newItem(mustExercise("plank"), false), newItem(mustExercise("heel-raise"), false)}}
	if err := checkDraft(r); err != nil {
		t.Fatalf("valid draft refused: %v", err)
	}
	r.Items[1].Dose.Sets = 0
	err := checkDraft(r)
	if err == nil || reason(err) != "exercise[2].sets: 0 is out of range; use 1 to 10" {
		t.Errorf("sets 0 on the second item: %v", err)
	}
	r.Items[1].Dose.Sets, r.Items[1].Dose.Rest = 1, -time.Second
	if err := checkDraft(r); err == nil {
		t.Error("a rest below zero was accepted")
	}
}

// setText edits setting row (0 name, 1 description) to s.
func (h *harness) setText(row int, s string) {
	h.t.Helper()
	for h.m.builder.rows.cursor != row {
		h.send(runes("k"))
	}
	h.send(keyEnter)
	h.setInput(s)
	h.send(keyEnter)
	if h.m.builder.mode != builderList {
		h.t.Fatalf("text %q not taken: %q", s, h.m.builder.refused)
	}
}

// setInput replaces the text in the builder's input.
func (h *harness) setInput(s string) {
	h.t.Helper()
	h.send(tea.KeyMsg{Type: tea.KeyCtrlU}, tea.KeyMsg{Type: tea.KeyCtrlK})
	h.send(runes(s))
}

// TestPickerOpensASavedRoutineInTheBuilder: e on a saved routine in the picker opens it in the
// builder; saving it under the same name replaces it. Built-in routines are not offered.
func TestPickerOpensASavedRoutineInTheBuilder(t *testing.T) {
	h := newHarness(t, nil)
	src := "name = \"Clinic Tuesday\"\n\n[[exercise]]\nid = \"plank\"\nsets = 2\nhold = \"15s\"\n"
	if _, err := h.store.SaveRoutine([]byte(src)); err != nil {
		t.Fatal(err)
	}
	h.deliver(navMsg{to: screenPicker})
	if strings.Contains(viewText(h), "edit in the builder") {
		t.Errorf("a built-in routine is offered for editing:\n%s", viewText(h))
	}
	h.send(runes("e"))
	if h.m.screen != screenPicker {
		t.Fatalf("e on a built-in routine left the picker (screen %d)", h.m.screen)
	}
	for range len(exercises.Builtin()) {
		h.send(tea.KeyMsg{Type: tea.KeyDown})
	}
	if !strings.Contains(viewText(h), "Clinic Tuesday") || !strings.Contains(viewText(h), "e edit in the builder") {
		t.Fatalf("the saved routine is not selected with e offered:\n%s", viewText(h))
	}
	h.send(runes("e"))
	if h.m.screen != screenBuilder || !strings.Contains(viewText(h), "Change “Clinic Tuesday”") {
		t.Fatalf("e on the saved routine: screen %d\n%s", h.m.screen, viewText(h))
	}
	if d := h.draft(); len(d.Items) != 1 || d.Items[0].Dose.Sets != 2 || d.Items[0].Dose.Hold != 15*time.Second {
		t.Fatalf("the builder opened on %+v, want the saved plank 2 × 15 s", d.Items)
	}
	h.send(runes("a"))
	h.pick("heel-raise")
	h.send(runes("w"))
	if len(h.store.saved) != 1 || len(h.store.saved[0].Items) != 2 || h.store.saved[0].ID != "clinic-tuesday" {
		t.Fatalf("after saving the change: %d saved routines, %+v", len(h.store.saved), h.store.saved)
	}
}
