package ui

import (
	"fmt"
	"slices"

	"github.com/charmbracelet/bubbles/cursor"
	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"

	"upright/exercises"
)

// builderMode is what the routine builder is doing.
type builderMode int

const (
	builderList    builderMode = iota // the routine: its settings, then its exercises
	builderItem                       // one exercise's dose
	builderAdd                        // the catalog, to add an exercise from
	builderCaution                    // a flagged exercise's caution, before it is added
	builderText                       // typing the name, the description or the export file
	builderLeave                      // leaving with changes that are not saved
)

// builderModel composes a routine from the catalog. Every edit is judged by the routine-file
// rules (checkDraft): one that breaks them is refused, the value stays, and the reason is shown.
type builderModel struct {
	env     *env
	draft   exercises.Routine
	mode    builderMode
	rows    menu // list: the settings, then one row per exercise
	fields  menu // item: the fields of the exercise's measure
	add     menu
	catalog []exercises.Exercise
	pending exercises.Exercise // the flagged exercise awaiting acknowledgement
	input   textinput.Model
	typing  field // which text the input edits
	refused string
	verdict error  // the routine-file rules on the draft, from refresh
	note    string // what the last save or export did
	dirty   bool
	editing string // the saved routine's name when the builder opened on one
}

// routineSavedMsg and routineExportedMsg report the builder's storage calls.
type routineSavedMsg struct{ routine exercises.Routine }

type routineExportedMsg struct{ path string }

// newBuilderModel opens the builder on a new routine, or on a copy of a saved one to change.
func newBuilderModel(e *env, saved *exercises.Routine) builderModel {
	b := builderModel{env: e, catalog: exercises.Catalog()}
	if saved != nil {
		b.draft, b.editing = *saved, saved.Name
		b.draft.Items = slices.Clone(saved.Items)
	} else {
		b.draft = exercises.Routine{Name: "New routine", GetReady: exercises.DefaultGetReady,
			Rest: exercises.DefaultRest, Source: exercises.SourceFile}
		b.draft.ID = exercises.Slug(b.draft.Name)
	}
	for _, ex := range b.catalog {
		item := ex.Name
		if ex.Status.Flagged() {
			item += " (" + ex.Status.String() + ")"
		}
		b.add.items = append(b.add.items, item)
	}
	b.input = textinput.New()
	b.input.Prompt = "› "
	b.input.Cursor.SetMode(cursor.CursorStatic)
	b.refresh()
	return b
}

// isTyping reports whether keys are text: the root then leaves ? and q to the input.
func (b builderModel) isTyping() bool { return b.mode == builderText }

func (b builderModel) keys(k *keyMap) {
	switch b.mode {
	case builderList:
		k.only(&k.Enter, &k.Up, &k.Down, &k.Adjust, &k.Add, &k.Remove, &k.Move, &k.Save, &k.Export, &k.Escape)
		relabel(&k.Enter, "edit")
	case builderItem:
		k.only(&k.Enter, &k.Up, &k.Down, &k.Adjust, &k.Escape)
		relabel(&k.Enter, "done")
	case builderAdd:
		k.only(&k.Enter, &k.Up, &k.Down, &k.Escape)
		relabel(&k.Enter, "add")
	case builderCaution, builderLeave:
		k.only(&k.Yes, &k.No, &k.Escape)
	case builderText:
		k.only(&k.Enter, &k.Escape)
		relabel(&k.Enter, "confirm")
		k.Quit.SetEnabled(false)
		k.Help.SetEnabled(false)
	}
}

func (b builderModel) Update(msg tea.Msg) (builderModel, tea.Cmd) {
	switch msg := msg.(type) {
	case routineSavedMsg:
		b.dirty = false
		b.note = fmt.Sprintf("Saved as %q: it is in the routine list, and `upright routine export %s` writes its file.",
			msg.routine.ID, msg.routine.ID)
		return b, nil
	case routineExportedMsg:
		b.note = "Wrote " + msg.path + "; load it with `upright routine add " + msg.path + "`."
		return b, nil
	case tea.KeyMsg:
		return b.key(msg)
	}
	return b, nil
}

func (b builderModel) key(km tea.KeyMsg) (builderModel, tea.Cmd) {
	k := b.env.keys
	if b.mode != builderText {
		b.refused = ""
	}
	switch b.mode {
	case builderList:
		return b.listKey(km)
	case builderItem:
		switch {
		case key.Matches(km, k.Enter), key.Matches(km, k.Escape), key.Matches(km, k.Quit):
			b.mode = builderList
		case key.Matches(km, k.Adjust):
			b.adjust(b.item(), b.itemFields()[b.fields.cursor], direction(km))
		default:
			b.fields = b.fields.update(k, km)
		}
	case builderAdd:
		switch {
		case key.Matches(km, k.Escape), key.Matches(km, k.Quit):
			b.mode = builderList
		case key.Matches(km, k.Enter):
			if ex := b.catalog[b.add.cursor]; ex.Status.Flagged() {
				b.mode, b.pending = builderCaution, ex
			} else {
				b.addItem(newItem(ex, false))
			}
		default:
			b.add = b.add.update(k, km)
		}
	case builderCaution:
		switch {
		case key.Matches(km, k.Yes):
			b.addItem(newItem(b.pending, true))
		case key.Matches(km, k.No), key.Matches(km, k.Escape), key.Matches(km, k.Quit):
			b.mode = builderAdd
		}
	case builderText:
		return b.textKey(km)
	case builderLeave:
		switch {
		case key.Matches(km, k.Yes):
			return b, navigate(navMsg{to: screenHome})
		case key.Matches(km, k.No), key.Matches(km, k.Escape), key.Matches(km, k.Quit):
			b.mode = builderList
		}
	}
	return b, nil
}

func (b builderModel) listKey(km tea.KeyMsg) (builderModel, tea.Cmd) {
	k, i := b.env.keys, b.item()
	switch {
	case key.Matches(km, k.Escape), key.Matches(km, k.Quit):
		if b.dirty {
			b.mode = builderLeave
			return b, nil
		}
		return b, navigate(navMsg{to: screenHome})
	case key.Matches(km, k.Enter) && i >= 0:
		b.mode, b.fields = builderItem, menu{items: make([]string, len(b.itemFields()))}
	case key.Matches(km, k.Enter) && b.rows.cursor < 2:
		return b.startTyping(settingFields[b.rows.cursor])
	case key.Matches(km, k.Adjust) && b.rows.cursor < len(settingFields):
		b.adjust(-1, settingFields[b.rows.cursor], direction(km))
	case key.Matches(km, k.Add):
		b.mode = builderAdd
	case key.Matches(km, k.Remove) && i >= 0:
		b.draft.Items = append(b.draft.Items[:i:i], b.draft.Items[i+1:]...)
		b.dirty = true
		b.refresh()
	case key.Matches(km, k.Move) && i >= 0:
		dir := 1
		if s := km.String(); s == "K" || s == "shift+up" {
			dir = -1
		}
		var j int
		b.draft, j = moveItem(b.draft, i, dir)
		b.rows.cursor, b.dirty = len(settingFields)+j, b.dirty || j != i
		b.refresh()
	case key.Matches(km, k.Save):
		return b.save()
	case key.Matches(km, k.Export):
		return b.startTyping(fieldPath)
	default:
		b.rows = b.rows.update(k, km)
	}
	return b, nil
}

// direction is -1 for the keys that lower a value (←, h, -) and +1 for the others.
func direction(km tea.KeyMsg) int {
	switch km.String() {
	case "left", "h", "-":
		return -1
	}
	return 1
}

// item is the index of the exercise under the list's cursor, or -1 on a setting.
func (b builderModel) item() int {
	i := b.rows.cursor - len(settingFields)
	if i < 0 || i >= len(b.draft.Items) {
		return -1
	}
	return i
}

func (b builderModel) itemFields() []field {
	if i := b.item(); i >= 0 {
		return itemFields(b.draft.Items[i])
	}
	return nil
}

// adjust applies one step to a field, or refuses it with the rule it breaks.
func (b *builderModel) adjust(item int, f field, dir int) {
	next := stepField(b.draft, item, f, dir)
	if err := checkDraft(next); err != nil {
		b.refused = "Not changed — " + reason(err)
		return
	}
	b.draft, b.dirty = next, true
	if n := len(b.itemFields()); b.fields.cursor >= n {
		b.fields.cursor = n - 1
	}
	b.fields.items = make([]string, len(b.itemFields()))
	b.refresh()
}

func (b *builderModel) addItem(it exercises.Item) {
	next := b.draft
	next.Items = append(next.Items[:len(next.Items):len(next.Items)], it)
	b.mode = builderList
	if err := checkDraft(next); err != nil {
		b.refused = "Not added — " + reason(err)
		return
	}
	b.draft, b.dirty = next, true
	b.refresh()
	b.rows.cursor = len(b.rows.items) - 1
}

// refresh rebuilds the list's rows and the rules' verdict from the draft.
func (b *builderModel) refresh() {
	b.verdict = checkDraft(b.draft)
	b.rows.items = make([]string, len(settingFields)+len(b.draft.Items))
	b.rows.cursor = min(b.rows.cursor, len(b.rows.items)-1)
}
