package builder

import (
	"fmt"
	"slices"
	"strings"

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

// chooseOwner asks whose the routine is before saving it: the clinic's library, or prescribed for
// the active profile (or kept for the patient it was already prescribed for).
func (b builderModel) chooseOwner() (builderModel, tea.Cmd) {
	if why := b.ready(); why != "" {
		b.refused = "Not saved — " + why
		return b, nil
	}
	b.mode, b.owners = builderOwner, kit.Menu{Items: b.ownerChoices()}
	b.owners.Cursor = max(slices.Index(b.owners.Items, b.owner), 0)
	return b, nil
}

// ownerChoices are the owners offered: "" (the library), the active profile, and the routine's
// present owner when that is someone else.
func (b builderModel) ownerChoices() []string {
	out := []string{""}
	for _, who := range []string{b.env.Active().Profile, b.owner} {
		if who != "" && !slices.Contains(out, who) {
			out = append(out, who)
		}
	}
	return out
}

// ownerLabel is how a choice of owner reads on screen; short is its first part alone, for a
// narrow terminal.
func ownerLabel(owner string, short bool) string {
	what, why := "The clinic's library", " — every patient can choose it"
	if owner != "" {
		what, why = "For "+kit.Clean(owner)+" only", " — prescribed; no other patient sees it"
	}
	if short {
		return what
	}
	return what + why
}

func (b builderModel) ownerKey(km tea.KeyMsg) (builderModel, tea.Cmd) {
	k := b.Keys()
	switch {
	case k.Matches(km, kit.Escape, kit.Quit):
		b.mode = builderList
	case k.Matches(km, builderSaveIt):
		b.mode = builderList
		return b.save(b.owners.Items[b.owners.Cursor])
	default:
		b.owners.Page = b.page()
		b.owners = b.owners.Update(k, km)
	}
	return b, nil
}

// routineRefusedMsg reports a save the store refused, such as a new name whose id another routine
// has: the builder shows why and keeps the draft.
type routineRefusedMsg struct{ why string }

func (b builderModel) save(owner string) (builderModel, tea.Cmd) {
	st, save := b.env.Store, kit.RoutineSave{Src: exercises.MarshalRoutine(b.draft), Owner: owner, Replaces: b.savedID}
	b.note = "Saving…"
	return b, func() tea.Msg {
		r, err := st.SaveRoutine(save)
		if err != nil {
			return routineRefusedMsg{why: strings.TrimPrefix(err.Error(), "builder: ")}
		}
		return routineSavedMsg{routine: r}
	}
}

// saved takes in a routine the store confirmed: later saves change it, wherever its name takes
// its id.
func (b builderModel) saved(r exercises.Routine) builderModel {
	b.dirty, b.refused = false, ""
	b.savedID, b.owner, b.editing = r.ID, r.Owner, r.Name
	whose := "in the clinic's library"
	if r.Owner != "" {
		whose = "for " + r.Owner
	}
	b.note = fmt.Sprintf("Saved as %q %s: it is in the routine list, and `upright routine export %s` writes its file.",
		r.ID, whose, r.ID)
	return b
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
