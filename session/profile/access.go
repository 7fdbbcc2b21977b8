package profile

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"upright/exercises"
)

// stanceConcern is the baseline single-leg stance, in seconds, under which balance-challenge
// exercises stay locked: the common concern threshold.
const stanceConcern = 5.0

// NotForYou says why an exercise is not open to this person, or "" when it is. Impact loading is
// never open after a spine fracture; a not-recommended or therapist-only exercise opens only when
// one of the person's prescribed routines (looked up in saved and the built-ins) or their dose
// overrides hold it; a therapist-only balance challenge stays locked after a baseline stance
// under 5 s even then. The screens show "not for you: " and this reason.
func (p Profile) NotForYou(e exercises.Exercise, saved []exercises.Routine) string {
	if !p.Offers(e) {
		return "impact exercises such as the heel drop are left out after a spine fracture"
	}
	if !e.Status.Flagged() {
		return ""
	}
	if e.Status == exercises.StatusTherapistOnly && e.Category == exercises.CategoryBalance && p.weakStance() {
		return fmt.Sprintf("your single-leg stance at intake was under %g s, and this balance challenge needs more first", stanceConcern)
	}
	if p.prescribes(e.ID, saved) {
		return ""
	}
	return "it is " + e.Status.String() + " and your therapist has not prescribed it for you"
}

func (p Profile) weakStance() bool {
	in := p.Intake
	return in != nil && ((in.StanceLeft > 0 && in.StanceLeft < stanceConcern) || (in.StanceRight > 0 && in.StanceRight < stanceConcern))
}

// prescribes reports whether one of the person's prescribed routines or dose overrides holds the
// exercise.
func (p Profile) prescribes(id string, saved []exercises.Routine) bool {
	if _, ok := p.DoseOverrides[id]; ok {
		return true
	}
	for _, rid := range p.Prescribed {
		if r, ok := exercises.Resolve(rid, saved); ok && slices.ContainsFunc(r.Items, func(it exercises.Item) bool { return it.Exercise.ID == id }) {
			return true
		}
	}
	return false
}

// ParseSex reads the intake's optional sex answer: "female", "f", "woman", "male", "m", "man",
// or nothing for not given.
func ParseSex(s string) (string, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "":
		return "", nil
	case "f", "female", "woman", "w":
		return exercises.SexFemale, nil
	case "m", "male", "man":
		return exercises.SexMale, nil
	}
	return "", fmt.Errorf("sex %q is not female, male or empty; leave it empty to show both norms", s)
}

// SafeMovementWeek reports whether now is in the first week of the person's program, when the
// safe-movement cards are shown once.
func (p Profile) SafeMovementWeek(now time.Time) bool {
	week, _ := p.ProgramWeek(now)
	return week == 1
}
