package exercises

import (
	"cmp"
	"slices"
)

// Seen is whether the person named profile may see r: a built-in, the library, or their own.
// A routine prescribed for someone else is never shown to them; only a therapist's view
// (Arrange with everyone) lists it, with its owner.
func (r Routine) Seen(profile string) bool {
	return r.Source != SourceSaved || r.Owner == "" || r.Owner == profile
}

// Arrange is the one order of routines on a list for profile: their own first, then the clinic's
// library, then the built-ins, and (only when everyone is set, for a therapist) other people's by
// owner. Within each group the order given is kept, except that others' are grouped by owner.
// Routines profile may not see are dropped unless everyone is set.
func Arrange(profile string, rs []Routine, everyone bool) []Routine {
	group := func(r Routine) int {
		switch {
		case r.Source != SourceSaved:
			return 2
		case r.Owner == "":
			return 1
		case r.Owner == profile:
			return 0
		}
		return 3
	}
	out := make([]Routine, 0, len(rs))
	for _, r := range rs {
		if everyone || r.Seen(profile) {
			out = append(out, r)
		}
	}
	slices.SortStableFunc(out, func(a, b Routine) int {
		if c := cmp.Compare(group(a), group(b)); c != 0 {
			return c
		}
		if group(a) == 3 {
			return cmp.Compare(a.Owner, b.Owner)
		}
		return 0
	})
	return out
}
