package builder

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
	"upright/ui/kit"
	"upright/ui/kit/kittest"
	"upright/ui/nav"
)

var (
	keyEnter     = kittest.KeyEnter
	keyEsc       = kittest.KeyEsc
	runes        = kittest.Runes
	mustExercise = kittest.MustExercise
)

func TestMain(m *testing.M) { kittest.Main(m) }

// harness drives the builder alone: what it asks of the root is recorded, not followed.
type harness struct {
	*kittest.Harness
	store *kittest.FakeStore
}

// newHarness opens the builder on an empty draft, with store (a new fake when nil).
func newHarness(t *testing.T, store *kittest.FakeStore) *harness {
	if store == nil {
		store = &kittest.FakeStore{}
	}
	return &harness{Harness: kittest.NewHarness(t, store), store: store}
}

// builderAt opens the builder on an empty draft.
func builderAt(t *testing.T) *harness {
	h := newHarness(t, nil)
	h.Open(func(e *kit.Env) (kit.Screen, tea.Cmd) { return Open(e, nav.Builder{}) })
	return h
}

// builderWithThree has a plank, paced heel raises and chin tucks, with the cursor on the plank.
func builderWithThree(t *testing.T) *harness {
	h := builderAt(t)
	for _, id := range []string{"plank", "heel-raise", "chin-tuck"} {
		h.Send(runes("a"))
		h.pick(id)
	}
	h.Send(runes("k"), runes("k")) // up to the plank
	if got := h.b().item(); got != 0 {
		t.Fatalf("cursor on item %d, want the plank (0)", got)
	}
	return h
}

// pick moves the add list to the exercise id and chooses it.
func (h *harness) pick(id string) {
	h.T.Helper()
	i := slices.IndexFunc(exercises.Catalog(), func(ex exercises.Exercise) bool { return ex.ID == id })
	if i < 0 || h.b().mode != builderAdd {
		h.T.Fatalf("cannot pick %s (catalog index %d, mode %d)", id, i, h.b().mode)
	}
	for h.b().add.Cursor != i {
		h.Send(runes("j"))
	}
	h.Send(keyEnter)
}

func (h *harness) b() builderModel { return h.Screen.(builderModel) }

// view is the builder as the root draws it on 80×24, less the key line.
func (h *harness) view() string { return h.Screen.View(80, 23) }

// err is the last failure the builder reported, or "".
func (h *harness) err() string {
	if len(h.Errs) == 0 {
		return ""
	}
	return h.Errs[len(h.Errs)-1].Error()
}

func (h *harness) draft() exercises.Routine { return h.b().draft }

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
			h.Send(runes("a"))
			h.pick(c.id)
			h.Send(keyEnter) // the item's fields
			for range c.field {
				h.Send(runes("j"))
			}
			if c.id == "heel-raise" && !h.draft().Items[0].Dose.Tempo.Paced() {
				t.Fatal("heel raises start tapped; the tempo cases need the catalog's pace")
			}
			// Walk to the edge of the range and one step past it.
			var before exercises.Routine
			for range 700 {
				before = h.draft()
				h.Send(runes(c.dir))
				if h.b().refused != "" {
					break
				}
			}
			if h.b().refused == "" {
				t.Fatalf("700 steps %s were all accepted: %+v", c.dir, h.draft().Items[0].Dose)
			}
			if !reflect.DeepEqual(h.draft(), before) {
				t.Errorf("the refused edit changed the draft: %+v, was %+v", h.draft().Items[0].Dose, before.Items[0].Dose)
			}
			if !strings.Contains(h.b().refused, c.want) {
				t.Errorf("reason %q, want it to contain %q", h.b().refused, c.want)
			}
			if v := strings.Join(strings.Fields(h.view()), " "); !strings.Contains(v, strings.Join(strings.Fields(c.want), " ")) {
				t.Errorf("the screen does not show the reason %q:\n%s", c.want, h.view())
			}
		})
	}
}

func TestBuilderRefusesBadSettings(t *testing.T) {
	h := builderAt(t)
	h.Send(runes("j"), runes("j")) // get ready
	for range 26 {
		h.Send(runes("l"))
	}
	if got := h.draft().GetReady; got != 30*time.Second {
		t.Errorf("get ready %v after 26 steps up from 5s, want 30s (the top of the range)", got)
	}
	if !strings.Contains(h.b().refused, `get_ready: "31s" is out of range`) {
		t.Errorf("refused %q, want the get_ready range", h.b().refused)
	}
	// A blank name is refused and the typed name is kept to fix.
	h.Send(runes("k"), runes("k"), keyEnter)
	for range len("New routine") {
		h.Send(tea.KeyMsg{Type: tea.KeyBackspace})
	}
	h.Send(runes("   "), keyEnter)
	if h.b().mode != builderText || !strings.Contains(h.b().refused, "name: must not be blank") {
		t.Errorf("blank name: mode %d, refused %q", h.b().mode, h.b().refused)
	}
	if h.draft().Name != "New routine" {
		t.Errorf("name %q after a refused edit, want it unchanged", h.draft().Name)
	}
	// q and ? are text while typing.
	h.Send(runes("q?"), keyEnter)
	if h.draft().Name != "   q?" || h.LastNav() != nil || h.Quit {
		t.Errorf("name %q, left for %v, want the typed %q", h.draft().Name, h.LastNav(), "   q?")
	}
}

func TestBuilderFlaggedNeedsAcknowledgement(t *testing.T) {
	h := builderAt(t)
	h.Send(runes("a"))
	h.pick("bosu-squat")
	if h.b().mode != builderCaution || len(h.draft().Items) != 0 {
		t.Fatalf("a therapist-only exercise went in without its caution: mode %d, %d items", h.b().mode, len(h.draft().Items))
	}
	ex := mustExercise("bosu-squat")
	if v := strings.Join(strings.Fields(h.Screen.View(200, 40)), " "); !strings.Contains(v, strings.Join(strings.Fields(ex.StatusReason), " ")) {
		t.Errorf("the caution screen does not show the reason:\n%s", h.Screen.View(200, 40))
	}
	h.Send(runes("n"))
	if h.b().mode != builderAdd || len(h.draft().Items) != 0 {
		t.Fatalf("n: mode %d, %d items; want back on the list with nothing added", h.b().mode, len(h.draft().Items))
	}
	h.Send(keyEnter, runes("y"))
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
	h.Send(keyEnter, runes("j"), runes("l"), runes("l"), runes("j"), runes("l"), keyEnter) // plank: hold 20s, rest 1s
	h.Send(runes("j"), keyEnter, runes("j"), runes("j"), runes("l"), keyEnter)             // heel raise: tapped
	h.Send(runes("j"), runes("K"))                                                         // chin tuck up one
	h.Send(runes("a"))
	h.pick("bicycle-crunch")
	h.Send(runes("y"))
	h.Send(runes("g")) // no such key: nothing happens
	h.setText(0, "Clinic: Tuesday")
	h.setText(1, "After the check-up; stop if pain rises")
	path := filepath.Join(t.TempDir(), "tuesday.toml")
	h.Send(runes("o"))
	h.setInput(path)
	h.Send(keyEnter)
	if !strings.Contains(h.b().note, "Wrote "+path) {
		t.Fatalf("export note %q, err %q", h.b().note, h.err())
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

	h.Send(runes("w"), keyEnter) // w asks whose it is; enter: the library
	if len(h.store.Saved) != 1 || !strings.Contains(h.b().note, `Saved as "clinic-tuesday"`) {
		t.Fatalf("save: %d saved, note %q, err %q", len(h.store.Saved), h.b().note, h.err())
	}
	saved := h.store.Saved[0]
	saved.Source = built.Source
	if !reflect.DeepEqual(saved, built) {
		t.Errorf("saved routine differs from the built one")
	}
	h.Send(keyEsc) // saved: no question
	if h.LastNav() != (nav.Home{}) {
		t.Fatalf("esc after saving: went to %v, want home", h.LastNav())
	}
	if rs, _ := h.store.SavedRoutines(); !slices.ContainsFunc(rs, func(r exercises.Routine) bool { return r.ID == "clinic-tuesday" }) {
		t.Error("the saved routine is not among the saved routines the picker lists")
	}
}

func TestBuilderSaveNeedsAnExerciseAndAsksBeforeLeaving(t *testing.T) {
	h := builderAt(t)
	h.Send(runes("w"))
	if len(h.store.Saved) != 0 || !strings.Contains(h.b().refused, "add at least one exercise") {
		t.Errorf("empty save: %d saved, refused %q", len(h.store.Saved), h.b().refused)
	}
	h.Send(runes("a"))
	h.pick("plank")
	h.Send(keyEsc)
	if h.b().mode != builderLeave {
		t.Fatalf("esc with unsaved changes: mode %d, want the question", h.b().mode)
	}
	h.Send(runes("n"))
	h.Send(runes("x"))
	if len(h.draft().Items) != 0 {
		t.Errorf("x left %d items", len(h.draft().Items))
	}
	h.store.SetFail(true)
	h.Send(runes("a"))
	h.pick("plank")
	h.Send(runes("w"), keyEnter)
	if !strings.Contains(h.b().refused, "Not saved — "+kittest.ErrFake.Error()) {
		t.Errorf("a failed save shows %q", h.b().refused)
	}
	h.Send(runes("q"), runes("y"))
	if h.LastNav() != (nav.Home{}) {
		t.Errorf("q, y: went to %v, want home", h.LastNav())
	}
}

func TestBuilderInDemoSavesNothing(t *testing.T) {
	h := &harness{Harness: kittest.NewHarness(t, nil)} // started as a demonstration: no database
	h.Active.Demo = true
	h.Open(func(e *kit.Env) (kit.Screen, tea.Cmd) { return Open(e, nav.Builder{}) })
	h.Send(runes("a"))
	h.pick("plank")
	h.Send(runes("w"))
	if !strings.Contains(h.b().refused, "demo") {
		t.Errorf("demo save: refused %q", h.b().refused)
	}
	path := filepath.Join(t.TempDir(), "x.toml")
	h.Send(runes("o"))
	h.setInput(path)
	h.Send(keyEnter)
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
	h.T.Helper()
	for h.b().rows.Cursor != row {
		h.Send(runes("k"))
	}
	h.Send(keyEnter)
	h.setInput(s)
	h.Send(keyEnter)
	if h.b().mode != builderList {
		h.T.Fatalf("text %q not taken: %q", s, h.b().refused)
	}
}

// setInput replaces the text in the builder's input.
func (h *harness) setInput(s string) {
	h.T.Helper()
	h.Send(tea.KeyMsg{Type: tea.KeyCtrlU}, tea.KeyMsg{Type: tea.KeyCtrlK})
	h.Send(runes(s))
}
