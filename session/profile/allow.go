package profile

import (
	"fmt"
	"slices"
	"sort"
	"strconv"

	"upright/exercises"
)

// StanceLockSeconds is the single-leg stance time under which the balance-challenge exercises
// are not safe: the Bosu squat card's own threshold (Too Fit To Fracture, 2014).
const StanceLockSeconds = 5.0

// Access is whether a person may open an exercise, from the catalog, a routine or a file.
type Access struct {
	// Open is false when the exercise is locked for this person.
	Open bool
	// Reason says why it is locked, to show as "not for you: " + Reason; "" when open.
	Reason string
	// Requirement is shown before an open exercise is started, e.g. the go-ahead a spine
	// fracture needs; "" when there is none.
	Requirement string
}

// BalanceChallenge reports whether ex is a balance-challenge exercise: a balance exercise the
// catalog flags (the Bosu squat), unsafe after a fall or with a poor single-leg stance.
func BalanceChallenge(ex exercises.Exercise) bool {
	return ex.Category == exercises.CategoryBalance && ex.Status.Flagged()
}

// Allows decides whether p may do ex: the one rule the catalog, the picker, routine files and the
// intake all ask. Impact loading (the heel drop) is never open after a spine fracture. A
// not-recommended or therapist-only exercise opens only when p's intake allows it or the
// therapist set its dose for p; a balance-challenge exercise stays locked after a fall in the
// last year or with a baseline single-leg stance under 5 s, whatever the intake allows, because
// those are the card's contraindications. After a spine fracture, floor and loaded core
// exercises stay open but carry the go-ahead requirement.
func Allows(p Profile, ex exercises.Exercise) Access {
	in := p.Intake
	if in == nil {
		in = &Intake{}
	}
	if !p.Offers(ex) {
		return Access{Reason: "impact exercises such as the heel drop are left out after a spine fracture"}
	}
	if BalanceChallenge(ex) {
		if in.FallsLastYear > 0 {
			return Access{Reason: "a fall in the last year; balance-challenge exercises wait until your therapist reassesses you"}
		}
		if s, ok := weakerStance(*in); ok && s < StanceLockSeconds {
			return Access{Reason: "single-leg stance of " + seconds(s) + ", under 5 s; balance-challenge exercises wait until it improves"}
		}
	}
	_, dosed := p.DoseOverrides[ex.ID]
	if ex.Status.Flagged() && !dosed && !slices.Contains(in.Allowed, ex.ID) {
		return Access{Reason: fmt.Sprintf("%s; it opens only when your therapist prescribes it in your intake", ex.Status.Words())}
	}
	a := Access{Open: true}
	if in.SpineFracture && ex.Floor {
		a.Requirement = "after a spine fracture, only with your therapist's go-ahead"
	}
	return a
}

// FirstLocked is the first item of r that p may not open, and why; ok is false when p may open
// every item. A routine with a locked item does not start: its screen shows
// "not for you: " + the exercise's name and the Access's Reason.
func FirstLocked(p Profile, r exercises.Routine) (it exercises.Item, a Access, ok bool) {
	for _, it := range r.Items {
		if a := Allows(p, it.Exercise); !a.Open {
			return it, a, true
		}
	}
	return exercises.Item{}, Access{Open: true}, false
}

// weakerStance is the shorter side of the baseline stance test; ok is false when neither side
// was tested.
func weakerStance(in Intake) (float64, bool) {
	l, r := in.StanceLeft, in.StanceRight
	if l > 0 && r > 0 {
		return min(l, r), true
	}
	if l > 0 {
		return l, true
	}
	if r > 0 {
		return r, true
	}
	return 0, false
}

func seconds(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) + " s" }

// ValidateOverrides checks dose changes for p with the routine-file rules: a hold only on an
// exercise that holds, reps only on one that counts reps, and no exercise p may not open. The
// error names the exercise and the rule, for the intake screen to show.
func ValidateOverrides(p Profile, o map[string]DoseOverride) error {
	ids := make([]string, 0, len(o))
	for id := range o {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		ex, ok := exercises.Lookup(id)
		if !ok {
			return fmt.Errorf("%q is not an exercise id; see the catalog", id)
		}
		if err := checkDose(ex, o[id]); err != nil {
			return err
		}
		if err := locked(p, ex); err != nil {
			return err
		}
	}
	return nil
}

// ValidateAllowed checks the flagged exercises p's intake allows against the rest of it: an
// exercise the intake's own answers lock (a fall in the last year, a short single-leg stance, a
// spine fracture) is refused, with the reason, rather than listed as allowed and never opening.
func ValidateAllowed(p Profile) error {
	if p.Intake == nil {
		return nil
	}
	for _, id := range p.Intake.Allowed {
		ex, ok := exercises.Lookup(id)
		if !ok {
			return fmt.Errorf("%q is not an exercise id; see the catalog", id)
		}
		if err := locked(p, ex); err != nil {
			return err
		}
	}
	return nil
}

// locked is Allows' refusal of ex for p as the intake shows it, naming the exercise and the rule.
func locked(p Profile, ex exercises.Exercise) error {
	if a := Allows(p, ex); !a.Open {
		return fmt.Errorf("%s: not for this person: %s", ex.ID, a.Reason)
	}
	return nil
}

// checkDose applies the routine-file rules of the measure to one override.
func checkDose(ex exercises.Exercise, o DoseOverride) error {
	for _, k := range []struct {
		key   string
		given bool
		fix   string
	}{
		{"reps", o.Reps > 0, "give a hold in seconds, e.g. 3x20s"},
		{"hold", o.HoldSeconds > 0, "give reps, e.g. 2x12"},
	} {
		if rule := exercises.DoseKeyRule(ex, k.key); k.given && rule != "" {
			return fmt.Errorf("%s; %s", rule, k.fix) // the rule names the exercise
		}
	}
	return nil
}
