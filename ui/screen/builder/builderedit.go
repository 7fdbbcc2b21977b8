package builder

import (
	"bytes"
	"errors"
	"fmt"
	"reflect"
	"slices"
	"time"

	"upright/exercises"
)

// The routine builder edits a draft routine and judges every edit by the routine-file rules
// themselves: the draft is written as a file and parsed back. This file holds that judgement and
// the edits, with no screen state, so both are tested as plain functions.

// field is one value the builder edits: a routine setting or one item's dose.
type field int

const (
	fieldName field = iota
	fieldDescription
	fieldGetReady
	fieldRest
	fieldSets
	fieldHold
	fieldReps
	fieldPace
	fieldUp
	fieldDown
	fieldItemRest
	fieldPath // the export file, typed but not part of the routine
)

var fieldNames = [...]string{"Name", "Description", "Get ready", "Rest", "Sets", "Hold", "Reps", "Pace",
	"Up", "Down", "Rest", "File"}

// String is the field's label on screen.
func (f field) String() string {
	if f < 0 || int(f) >= len(fieldNames) {
		return fmt.Sprintf("field(%d)", int(f))
	}
	return fieldNames[f]
}

// settingFields are the rows above the items on the builder's list.
var settingFields = []field{fieldName, fieldDescription, fieldGetReady, fieldRest}

// holds and counts say which measures take a hold and which count reps, as routine files do.
func holds(m exercises.Measure) bool { return m != exercises.MeasureReps }
func counts(m exercises.Measure) bool {
	return m == exercises.MeasureReps || m == exercises.MeasureHoldReps
}

// itemFields are the fields an item's measure takes, in the order the screen lists them.
func itemFields(it exercises.Item) []field {
	m := it.Exercise.Measure
	fs := []field{fieldSets}
	if holds(m) {
		fs = append(fs, fieldHold)
	}
	if counts(m) {
		fs = append(fs, fieldReps)
	}
	if m == exercises.MeasureReps {
		fs = append(fs, fieldPace)
		if it.Dose.Tempo.Paced() {
			fs = append(fs, fieldUp, fieldDown)
		}
	}
	return append(fs, fieldItemRest)
}

// newItem places ex with the catalog's start dose, kept within what a routine file can say.
func newItem(ex exercises.Exercise, acknowledged bool) exercises.Item {
	d := exercises.Dose{Sets: min(max(ex.Dose.Sets, 1), 10)}
	if holds(ex.Measure) {
		d.Hold = min(max(ex.Dose.Hold.Truncate(time.Second), time.Second), 10*time.Minute)
	}
	if counts(ex.Measure) {
		d.Reps = min(max(ex.Dose.Reps, 1), 100)
	}
	if ex.Measure == exercises.MeasureReps && ex.Dose.Tempo.Paced() {
		d.Tempo = ex.Dose.Tempo
	}
	return exercises.Item{Exercise: ex, Dose: d, CautionAcknowledged: acknowledged}
}

// stepDuration moves a duration one step: seconds below 10 s, 5 s below a minute, 15 s above.
// It does not stop at any limit: the routine-file rules decide what is allowed.
func stepDuration(d time.Duration, dir int) time.Duration {
	step := 15 * time.Second
	switch {
	case d < 10*time.Second || (d == 10*time.Second && dir < 0):
		step = time.Second
	case d < time.Minute || (d == time.Minute && dir < 0):
		step = 5 * time.Second
	}
	return d + time.Duration(dir)*step
}

// stepField returns the draft with field f (of item i, for dose fields) moved one step in dir.
// The draft's items are copied, so the old draft stays as it was for when the edit is refused.
func stepField(r exercises.Routine, i int, f field, dir int) exercises.Routine {
	r.Items = slices.Clone(r.Items)
	var d *exercises.Dose
	if i >= 0 && i < len(r.Items) {
		d = &r.Items[i].Dose
	}
	switch {
	case f == fieldGetReady:
		r.GetReady += time.Duration(dir) * time.Second
	case f == fieldRest:
		r.Rest = stepDuration(r.Rest, dir)
	case d == nil:
	case f == fieldSets:
		d.Sets += dir
	case f == fieldHold:
		d.Hold = stepDuration(d.Hold, dir)
	case f == fieldReps:
		d.Reps += dir
	case f == fieldPace:
		d.Tempo = togglePace(r.Items[i])
	case f == fieldUp:
		d.Tempo.Up += time.Duration(dir) * time.Second
	case f == fieldDown:
		d.Tempo.Down += time.Duration(dir) * time.Second
	case f == fieldItemRest:
		d.Rest = stepDuration(d.Rest, dir)
	}
	return r
}

// togglePace switches between tapped reps and the catalog's pace (2 s up, 2 s down without one).
func togglePace(it exercises.Item) exercises.Tempo {
	if it.Dose.Tempo.Paced() {
		return exercises.Tempo{}
	}
	if t := it.Exercise.Dose.Tempo; t.Paced() {
		return t
	}
	return exercises.Tempo{Up: 2 * time.Second, Down: 2 * time.Second}
}

// moveItem swaps item i with its neighbour in dir, returning the new draft and the item's index.
func moveItem(r exercises.Routine, i, dir int) (exercises.Routine, int) {
	j := i + dir
	if i < 0 || i >= len(r.Items) || j < 0 || j >= len(r.Items) {
		return r, i
	}
	r.Items = slices.Clone(r.Items)
	r.Items[i], r.Items[j] = r.Items[j], r.Items[i]
	return r, j
}

// draftFile writes the draft as the routine file the parser judges. MarshalRoutine leaves out a
// sets, hold, reps or tempo of zero, or a rest below zero, (a parsed routine never has one), and the parser would then
// fill in the catalog's dose; written out here, a zero meets the parser's range check instead.
func draftFile(r exercises.Routine) []byte {
	const sep = "\n[[exercise]]\n"
	blocks := bytes.Split(exercises.MarshalRoutine(r), []byte(sep))
	for i, it := range r.Items {
		if i+1 >= len(blocks) {
			break
		}
		m, d := it.Exercise.Measure, it.Dose
		var extra bytes.Buffer
		if d.Sets <= 0 {
			fmt.Fprintf(&extra, "sets = %d\n", d.Sets)
		}
		if holds(m) && d.Hold <= 0 {
			fmt.Fprintf(&extra, "hold = %q\n", exercises.FormatDuration(d.Hold))
		}
		if counts(m) && d.Reps <= 0 {
			fmt.Fprintf(&extra, "reps = %d\n", d.Reps)
		}
		if m == exercises.MeasureReps && !d.Tempo.Paced() && (d.Tempo.Up != 0 || d.Tempo.Down != 0) {
			fmt.Fprintf(&extra, "tempo = \"%s/%s\"\n", exercises.FormatDuration(d.Tempo.Up), exercises.FormatDuration(d.Tempo.Down))
		}
		if d.Rest < 0 {
			fmt.Fprintf(&extra, "rest = %q\n", exercises.FormatDuration(d.Rest))
		}
		blocks[i+1] = append(blocks[i+1], extra.Bytes()...)
	}
	return bytes.Join(blocks, []byte(sep))
}

// errLost is a value the parser accepts but a routine file cannot carry back; it should never
// happen, and if it does the edit is refused rather than the file quietly meaning something else.
var errLost = errors.New("a routine file could not keep this value; it was not changed")

// checkDraft applies the routine-file rules to the draft: it is written as a file and parsed
// back, and must come back as it was. A draft without exercises is checked with one placeholder
// in it, so its settings can be edited before the first exercise is added.
func checkDraft(r exercises.Routine) error {
	if len(r.Items) == 0 {
		r.Items = []exercises.Item{newItem(mustLookup("plank"), false)}
	}
	got, err := exercises.ParseRoutine("builder", draftFile(r))
	if err != nil {
		return err
	}
	got.ID, got.Source = r.ID, r.Source
	if !reflect.DeepEqual(got, r) {
		return errLost
	}
	return nil
}

// reason is a rule's message without the hidden file's name and line: "exercise[2].sets: 11 is
// out of range; use 1 to 10".
func reason(err error) string {
	var fe *exercises.FileError
	if errors.As(err, &fe) {
		if fe.Key == "" {
			return fe.Msg
		}
		return fe.Key + ": " + fe.Msg
	}
	return err.Error()
}

func mustLookup(id string) exercises.Exercise {
	ex, ok := exercises.Lookup(id)
	if !ok {
		panic("the catalog has no " + id)
	}
	return ex
}
