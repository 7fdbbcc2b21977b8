package builder

import (
	"fmt"
	"strings"

	"upright/exercises"
	"upright/ui/kit"
)

func (b builderModel) View(width, height int) string {
	s := b.env.Styles
	switch b.mode {
	case builderItem:
		return b.itemView(width, height)
	case builderAdd:
		return kit.Page(s, width, height, "Add an exercise", b.add.View(s, width-2, b.listRows(width, height)), b.addInfo(width))
	case builderCaution:
		ex := b.pending
		return kit.Page(s, width, height, kit.Clean(ex.Name),
			kit.Paragraph(s.Caution, kit.Caution(ex), width),
			kit.Paragraph(s.Text, "Add it anyway? y adds it and the routine file records acknowledge_caution = true; n goes back.", width))
	case builderText:
		in := b.input
		in.Width = max(width-6, 1)
		return kit.Page(s, width, height, b.textTitle(), in.View(), b.messages(width))
	case builderOwner:
		mn := b.owners
		mn.Items = make([]string, len(b.owners.Items))
		for i, who := range b.owners.Items {
			mn.Items[i] = ownerLabel(who, width < 64)
		}
		return kit.Page(s, width, height, "Save “"+kit.Clean(b.draft.Name)+"” for whom?", mn.View(s, width-2, b.listRows(width, height)))
	case builderLeave:
		return kit.Page(s, width, height, "Leave the builder?",
			kit.Paragraph(s.Text, "The changes since the last save are not kept. y leaves, n goes back.", width))
	}
	title := "Build a routine"
	if b.editing != "" {
		title = "Change “" + kit.Clean(b.editing) + "”"
		if b.owner != "" {
			title += " for " + kit.Clean(b.owner)
		}
	}
	return kit.Page(s, width, height, title, b.rowsView(width-2, b.listRows(width, height)), b.statusView(width))
}

// listRows is how many rows the present mode's list has at this size: each list is cut to leave
// what is under it (the verdict, the exercise's notes) on screen, with a mark counting the
// entries it hides.
func (b builderModel) listRows(width, height int) int {
	switch b.mode {
	case builderAdd:
		return max(height-2-lineCount(b.addInfo(width))-gaps(height, 2), 1)
	case builderOwner:
		return max(height-2, 1)
	case builderItem:
		notes := b.itemNotes(width)
		used := 1 + lineCount(b.statusView(width)) + lineCount(strings.Join(notes, "\n")) + gaps(height, len(notes)+2)
		return max(height-used, 1)
	}
	return max(height-1-lineCount(b.statusView(width))-gaps(height, 2), 1)
}

// page is how far pgup/pgdn move the present list's highlight: the entries between its marks.
func (b builderModel) page() int {
	return max(b.listRows(b.env.Width, b.env.Height-1)-2, 1) // the terminal less the key line
}

// addInfo is what the catalog says of the exercise highlighted to add.
func (b builderModel) addInfo(width int) string {
	ex := b.catalog[b.add.Cursor]
	return kit.Paragraph(b.env.Styles.Muted, ex.Category.String()+" · "+kit.MeasureWords(ex.Measure)+" · start: "+ex.DoseNote, width)
}

// Focus keeps the highlighted row in view where the page is taller than the terminal (the lists
// are cut to leave the verdict on screen; a text field is not a list).
func (b builderModel) Focus(width, height int) (top, bottom int, ok bool) {
	if b.mode == builderText {
		return 0, 0, false
	}
	return kit.CursorFocus(b.View(width, height))
}

// gaps is how many blank lines page puts between a title and n blocks at this height.
func gaps(height, n int) int {
	if height < kit.CompactHeight {
		return 0
	}
	return n
}

func lineCount(s string) int {
	if s == "" {
		return 0
	}
	return strings.Count(s, "\n") + 1
}

func (b builderModel) textTitle() string {
	switch b.typing {
	case fieldName:
		return "Name of the routine"
	case fieldDescription:
		return "Description"
	}
	return "Export to a routine file"
}

func (b builderModel) rowsView(width, height int) string {
	s, d := b.env.Styles, b.draft
	mn := b.rows
	mn.Items = []string{
		"Name         " + kit.Clean(d.Name),
		"Description  " + orNone(kit.Clean(d.Description)),
		"Get ready    " + exercises.FormatDuration(d.GetReady) + " before each set",
		"Rest         " + exercises.FormatDuration(d.Rest) + " after each set",
	}
	for i, it := range d.Items {
		mn.Items = append(mn.Items, fmt.Sprintf("%d. %s — %s", i+1, it.Exercise.Name, itemDose(d, i)))
	}
	return mn.View(s, width, height)
}

func orNone(s string) string {
	if s == "" {
		return "(none)"
	}
	return s
}

// itemDose is an item's dose as the list shows it.
func itemDose(r exercises.Routine, i int) string {
	it := r.Items[i]
	d := it.Dose
	text := kit.DoseText(exercises.Item{Exercise: it.Exercise, Dose: d})
	if d.Rest > 0 {
		text += ", rest " + exercises.FormatDuration(d.Rest)
	}
	if it.CautionAcknowledged {
		text += " (" + it.Exercise.Status.Words() + ", caution acknowledged)"
	}
	return text
}

// statusView is the verdict of the routine-file rules, the estimate, and what the last key did.
func (b builderModel) statusView(width int) string {
	s, d := b.env.Styles, b.draft
	var verdict string
	switch err := b.verdict; {
	case err != nil:
		verdict = kit.Paragraph(s.Error, "✗ "+reason(err), width)
	case len(d.Items) == 0:
		verdict = kit.Paragraph(s.Muted, "No exercises yet: press a to add one from the catalog.", width)
	default:
		verdict = kit.Paragraph(s.Accent, fmt.Sprintf("✓ valid · about %s · %s", kit.Minutes(d.EstimatedDuration()),
			kit.Plural(len(d.Items), "exercise", "exercises")), width)
	}
	if m := b.messages(width); m != "" {
		return verdict + "\n" + m
	}
	return verdict
}

// messages is why the last edit was refused, or what the last save or export did.
func (b builderModel) messages(width int) string {
	s := b.env.Styles
	switch {
	case b.refused != "":
		return kit.Paragraph(s.Error, b.refused, width)
	case b.note != "" && b.mode == builderList:
		return kit.Paragraph(s.Muted, kit.Clean(b.note), width)
	}
	return ""
}

func (b builderModel) itemView(width, height int) string {
	s, i := b.env.Styles, b.item()
	it := b.draft.Items[i]
	ex := it.Exercise
	fs := itemFields(it)
	mn := b.fields
	mn.Items = make([]string, len(fs))
	for j, f := range fs {
		mn.Items[j] = fmt.Sprintf("%-14s %s", fieldLabel(ex.Measure, f), fieldValue(b.draft, i, f))
	}
	blocks := append(b.itemNotes(width), mn.View(s, width-2, b.listRows(width, height)), b.statusView(width))
	return kit.Page(s, width, height, fmt.Sprintf("%d. %s", i+1, kit.Clean(ex.Name)), blocks...)
}

// itemNotes are the blocks above an exercise's fields: how it is measured and sided, and a
// caution acknowledged.
func (b builderModel) itemNotes(width int) []string {
	s, it := b.env.Styles, b.draft.Items[b.item()]
	ex := it.Exercise
	sides := "left, then right, in every set"
	if !ex.Sided {
		sides = "none (not a one-sided exercise)"
	}
	notes := []string{kit.Paragraph(s.Muted, fmt.Sprintf("%s · sides: %s — from the catalog; a routine file has no sides key.",
		kit.MeasureWords(ex.Measure), sides), width)}
	if it.CautionAcknowledged {
		notes = append(notes, kit.Paragraph(s.Caution, "Caution acknowledged — "+ex.Status.Words(), width))
	}
	return notes
}

func fieldLabel(m exercises.Measure, f field) string {
	switch {
	case f == fieldHold && m == exercises.MeasureHoldReps:
		return "Hold each rep"
	case f == fieldHold && m == exercises.MeasureMaxHold:
		return "Cap"
	case f == fieldUp || f == fieldDown:
		return "  " + f.String()
	}
	return f.String()
}

func fieldValue(r exercises.Routine, i int, f field) string {
	d := r.Items[i].Dose
	switch f {
	case fieldSets:
		return fmt.Sprint(d.Sets)
	case fieldHold:
		return exercises.FormatDuration(d.Hold)
	case fieldReps:
		return fmt.Sprint(d.Reps)
	case fieldPace:
		if d.Tempo.Paced() {
			return "paced by the app"
		}
		return "tapped (space counts each rep)"
	case fieldUp:
		return exercises.FormatDuration(d.Tempo.Up)
	case fieldDown:
		return exercises.FormatDuration(d.Tempo.Down)
	case fieldItemRest:
		if d.Rest == 0 {
			return "the routine's (" + exercises.FormatDuration(r.Rest) + ")"
		}
		return exercises.FormatDuration(d.Rest)
	}
	return ""
}
