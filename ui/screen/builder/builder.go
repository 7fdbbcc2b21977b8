package builder

import (
	"slices"

	"github.com/charmbracelet/bubbles/cursor"
	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"

	"upright/exercises"
	"upright/ui/kit"
	"upright/ui/nav"
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
	builderOwner                      // choosing whose the routine is, before it is saved
)

// builderModel composes a routine from the catalog. Every edit is judged by the routine-file
// rules (checkDraft): one that breaks them is refused, the value stays, and the reason is shown.
type builderModel struct {
	env     *kit.Env
	draft   exercises.Routine
	mode    builderMode
	rows    kit.Menu // list: the settings, then one row per exercise
	fields  kit.Menu // item: the fields of the exercise's measure
	add     kit.Menu
	catalog []exercises.Exercise
	pending exercises.Exercise // the flagged exercise awaiting acknowledgement
	input   textinput.Model
	typing  field // which text the input edits
	refused string
	verdict error  // the routine-file rules on the draft, from refresh
	note    string // what the last save or export did
	dirty   bool
	editing string // the saved routine's name when the builder opened on one
	// savedID is the id the routine is saved under (from the picker, or the last save): saving
	// again replaces it, under a new id when the name changed. owner is whose it is ("" the
	// library); owners is the choice offered before a save.
	savedID string
	owner   string
	owners  kit.Menu
}

// routineSavedMsg and routineExportedMsg report the builder's storage calls.
type routineSavedMsg struct{ routine exercises.Routine }

type routineExportedMsg struct{ path string }

// Open opens the builder on a new routine, or on a copy of a saved one to change.
func Open(e *kit.Env, msg nav.Builder) (kit.Screen, tea.Cmd) {
	return newBuilderModel(e, msg.Routine), nil
}

func newBuilderModel(e *kit.Env, saved *exercises.Routine) builderModel {
	b := builderModel{env: e, catalog: exercises.Catalog()}
	if saved != nil {
		b.draft, b.editing = *saved, saved.Name
		b.draft.Items = slices.Clone(saved.Items)
		// The owner is the database's, not the file's: the draft is judged as a file would read.
		b.savedID, b.owner, b.draft.Owner = saved.ID, saved.Owner, ""
	} else {
		b.draft = exercises.Routine{Name: "New routine", GetReady: exercises.DefaultGetReady,
			Rest: exercises.DefaultRest, Source: exercises.SourceFile}
		b.draft.ID = exercises.Slug(b.draft.Name)
	}
	for _, ex := range b.catalog {
		b.add.Items = append(b.add.Items, kit.Flagged(ex))
	}
	b.input = textinput.New()
	b.input.Prompt = "› "
	b.input.Cursor.SetMode(cursor.CursorStatic)
	b.refresh()
	return b
}

// Typing reports whether keys are text: the root then leaves ? and q to the input.
func (b builderModel) Typing() bool { return b.mode == builderText }

var (
	builderEdit    = kit.EnterKey("edit")
	builderDone    = kit.EnterKey("done")
	builderAddIt   = kit.EnterKey("add")
	builderConfirm = kit.EnterKey("confirm")
	builderSaveIt  = kit.EnterKey("save")
	keyAdd         = kit.AddKey("add")
	keyRemove      = kit.RemoveKey("remove")
	builderKeys    = map[builderMode]kit.Keys{
		builderList: kit.On(builderEdit, kit.Up, kit.Down, kit.PageUp, kit.PageDown, kit.Adjust, keyAdd, keyRemove,
			kit.Move, kit.Save, kit.Export, kit.Escape),
		builderItem:    kit.On(builderDone, kit.Up, kit.Down, kit.PageUp, kit.PageDown, kit.Adjust, kit.Escape),
		builderAdd:     kit.On(builderAddIt, kit.Up, kit.Down, kit.PageUp, kit.PageDown, kit.Escape),
		builderCaution: kit.On(kit.Yes, kit.No, kit.Escape),
		builderLeave:   kit.On(kit.Yes, kit.No, kit.Escape),
		builderOwner:   kit.On(builderSaveIt, kit.Up, kit.Down, kit.PageUp, kit.PageDown, kit.Escape),
		builderText:    kit.On(builderConfirm, kit.Escape).Without(kit.Quit, kit.Help),
	}
)

func (b builderModel) Keys() kit.Keys { return builderKeys[b.mode] }

func (b builderModel) Update(msg tea.Msg) (kit.Screen, tea.Cmd) {
	switch msg := msg.(type) {
	case routineSavedMsg:
		return b.saved(msg.routine), nil
	case routineRefusedMsg:
		b.note, b.refused = "", "Not saved — "+msg.why
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
	k := b.Keys()
	if b.mode != builderText {
		b.refused = ""
	}
	switch b.mode {
	case builderList:
		return b.listKey(km)
	case builderItem:
		switch {
		case k.Matches(km, builderDone, kit.Escape, kit.Quit):
			b.mode = builderList
		case k.Matches(km, kit.Adjust):
			b.adjust(b.item(), b.itemFields()[b.fields.Cursor], direction(km))
		default:
			b.fields.Page = b.page()
			b.fields = b.fields.Update(k, km)
		}
	case builderAdd:
		switch {
		case k.Matches(km, kit.Escape, kit.Quit):
			b.mode = builderList
		case k.Matches(km, builderAddIt):
			if ex := b.catalog[b.add.Cursor]; ex.Status.Flagged() {
				b.mode, b.pending = builderCaution, ex
			} else {
				b.addItem(newItem(ex, false))
			}
		default:
			b.add.Page = b.page()
			b.add = b.add.Update(k, km)
		}
	case builderCaution:
		switch {
		case k.Matches(km, kit.Yes):
			b.addItem(newItem(b.pending, true))
		case k.Matches(km, kit.No, kit.Escape, kit.Quit):
			b.mode = builderAdd
		}
	case builderText:
		return b.textKey(km)
	case builderOwner:
		return b.ownerKey(km)
	case builderLeave:
		switch {
		case k.Matches(km, kit.Yes):
			return b, nav.Go(nav.Home{})
		case k.Matches(km, kit.No, kit.Escape, kit.Quit):
			b.mode = builderList
		}
	}
	return b, nil
}

func (b builderModel) listKey(km tea.KeyMsg) (builderModel, tea.Cmd) {
	k, i := b.Keys(), b.item()
	switch {
	case k.Matches(km, kit.Escape, kit.Quit):
		if b.dirty {
			b.mode = builderLeave
			return b, nil
		}
		return b, nav.Go(nav.Home{})
	case k.Matches(km, builderEdit) && i >= 0:
		b.mode, b.fields = builderItem, kit.Menu{Items: make([]string, len(b.itemFields()))}
	case k.Matches(km, builderEdit) && b.rows.Cursor < 2:
		return b.startTyping(settingFields[b.rows.Cursor])
	case k.Matches(km, kit.Adjust) && b.rows.Cursor < len(settingFields):
		b.adjust(-1, settingFields[b.rows.Cursor], direction(km))
	case k.Matches(km, keyAdd):
		b.mode = builderAdd
	case k.Matches(km, keyRemove) && i >= 0:
		b.draft.Items = append(b.draft.Items[:i:i], b.draft.Items[i+1:]...)
		b.dirty = true
		b.refresh()
	case k.Matches(km, kit.Move) && i >= 0:
		dir := 1
		if s := km.String(); s == "K" || s == "shift+up" {
			dir = -1
		}
		var j int
		b.draft, j = moveItem(b.draft, i, dir)
		b.rows.Cursor, b.dirty = len(settingFields)+j, b.dirty || j != i
		b.refresh()
	case k.Matches(km, kit.Save):
		return b.chooseOwner()
	case k.Matches(km, kit.Export):
		return b.startTyping(fieldPath)
	default:
		b.rows.Page = b.page()
		b.rows = b.rows.Update(k, km)
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
	i := b.rows.Cursor - len(settingFields)
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
	if n := len(b.itemFields()); b.fields.Cursor >= n {
		b.fields.Cursor = n - 1
	}
	b.fields.Items = make([]string, len(b.itemFields()))
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
	b.rows.Cursor = len(b.rows.Items) - 1
}

// refresh rebuilds the list's rows and the rules' verdict from the draft.
func (b *builderModel) refresh() {
	b.verdict = checkDraft(b.draft)
	b.rows.Items = make([]string, len(settingFields)+len(b.draft.Items))
	b.rows.Cursor = min(b.rows.Cursor, len(b.rows.Items)-1)
}
