package builder

import (
	"fmt"

	tea "github.com/charmbracelet/bubbletea"

	"upright/exercises"
	"upright/ui/kit"
)

// The builder's typed fields (name, description, export file), saving and exporting.

func (b builderModel) startTyping(f field) (builderModel, tea.Cmd) {
	b.mode, b.typing = builderText, f
	switch f {
	case fieldName:
		b.input.CharLimit, b.input.Placeholder = 80, "e.g. Morning core"
		b.input.SetValue(b.draft.Name)
	case fieldDescription:
		b.input.CharLimit, b.input.Placeholder = 500, "what it is for, when to do it (optional)"
		b.input.SetValue(b.draft.Description)
	default:
		b.input.CharLimit, b.input.Placeholder = 4096, "FILE.toml"
		b.input.SetValue("./" + b.draft.ID + ".toml")
	}
	b.input.CursorEnd()
	return b, b.input.Focus()
}

func (b builderModel) textKey(km tea.KeyMsg) (builderModel, tea.Cmd) {
	k := b.Keys()
	switch {
	case k.Matches(km, kit.Escape):
		b.mode, b.refused = builderList, ""
		b.input.Blur()
		return b, nil
	case k.Matches(km, builderConfirm):
		return b.commitText()
	}
	var cmd tea.Cmd
	b.input, cmd = b.input.Update(km)
	return b, cmd
}

// commitText takes the typed name or description if the rules allow it, or starts the export.
func (b builderModel) commitText() (builderModel, tea.Cmd) {
	v := b.input.Value()
	if b.typing == fieldPath {
		return b.export(v)
	}
	next := b.draft
	if b.typing == fieldName {
		next.Name, next.ID = v, exercises.Slug(v)
	} else {
		next.Description = v
	}
	if err := checkDraft(next); err != nil {
		b.refused = "Not changed — " + reason(err)
		return b, nil
	}
	b.draft, b.dirty, b.mode, b.refused = next, b.dirty || next.Name != b.draft.Name ||
		next.Description != b.draft.Description, builderList, ""
	b.input.Blur()
	b.refresh()
	return b, nil
}

// ready says why the draft cannot be saved or exported yet, or returns "".
func (b builderModel) ready() string {
	if len(b.draft.Items) == 0 {
		return "add at least one exercise first (a)"
	}
	if _, ok := exercises.BuiltinRoutine(b.draft.ID); ok {
		return fmt.Sprintf("%q is a built-in routine's id; give this routine another name", b.draft.ID)
	}
	if _, err := exercises.ParseRoutine("builder", exercises.MarshalRoutine(b.draft)); err != nil {
		return reason(err)
	}
	if b.env.Store == nil {
		return "nothing is saved or written in demo mode"
	}
	return ""
}

func (b builderModel) save() (builderModel, tea.Cmd) {
	if why := b.ready(); why != "" {
		b.refused = "Not saved — " + why
		return b, nil
	}
	st, src := b.env.Store, exercises.MarshalRoutine(b.draft)
	b.note = "Saving…"
	return b, func() tea.Msg {
		r, err := st.SaveRoutine(src)
		if err != nil {
			return kit.ErrMsg{Err: fmt.Errorf("save the routine: %w", err)}
		}
		return routineSavedMsg{routine: r}
	}
}

func (b builderModel) export(path string) (builderModel, tea.Cmd) {
	why := b.ready()
	if path == "" {
		why = "type a file name, e.g. ./" + b.draft.ID + ".toml"
	}
	if why != "" {
		b.refused = "Not written — " + why
		return b, nil
	}
	b.mode, b.refused, b.note = builderList, "", "Writing "+path+"…"
	b.input.Blur()
	st, src := b.env.Store, exercises.MarshalRoutine(b.draft)
	return b, func() tea.Msg {
		if err := st.ExportRoutine(path, src); err != nil {
			return kit.ErrMsg{Err: fmt.Errorf("export the routine to %s: %w", path, err)}
		}
		return routineExportedMsg{path: path}
	}
}
