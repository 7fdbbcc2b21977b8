package exercises

import (
	"slices"
	"testing"
)

func TestArrangeOwnThenLibraryThenBuiltinsThenOthers(t *testing.T) {
	saved := func(id, owner string) Routine { return Routine{ID: id, Source: SourceSaved, Owner: owner} }
	rs := []Routine{
		{ID: "core", Source: SourceBuiltin},
		saved("sam-legs", "Sam"),
		saved("library-a", ""),
		saved("pat-core", "Pat"),
		saved("ann-x", "Ann"),
		saved("library-b", ""),
		saved("pat-walk", "Pat"),
	}
	ids := func(rs []Routine) []string {
		var out []string
		for _, r := range rs {
			out = append(out, r.ID)
		}
		return out
	}
	if got, want := ids(Arrange("Pat", rs, false)), []string{"pat-core", "pat-walk", "library-a", "library-b", "core"}; !slices.Equal(got, want) {
		t.Errorf("Pat sees %v, want %v", got, want)
	}
	if got, want := ids(Arrange("Pat", rs, true)), []string{"pat-core", "pat-walk", "library-a", "library-b", "core", "ann-x", "sam-legs"}; !slices.Equal(got, want) {
		t.Errorf("a therapist with Pat active sees %v, want %v", got, want)
	}
	if saved("sam-legs", "Sam").Seen("Pat") || !saved("pat-core", "Pat").Seen("Pat") || !saved("l", "").Seen("Pat") {
		t.Error("Seen: only the library and one's own saved routines")
	}
}
