package profile

import (
	"fmt"
	"strings"
	"time"

	"upright/exercises"
)

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

// OfferSafeMovement reports whether home offers the safe-movement cards now: in the program's
// first week, until the person has opened them (the catalog keeps them for later).
func (p Profile) OfferSafeMovement(now time.Time) bool {
	return p.SafeMovementWeek(now) && p.SafeMovementSeen.IsZero()
}
