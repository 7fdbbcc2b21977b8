package exercises

import (
	"errors"
	"strings"
	"testing"
	"time"
)

// An error about a file whose name starts with an escape sequence spells the escape out: the
// first byte is checked like every other.
func TestFileErrorEscapesFromTheFirstByte(t *testing.T) {
	e := &FileError{File: "\x1b[2Jroutine.toml", Line: 3, Msg: "bad"}
	if got, want := e.Error(), `\u001b[2Jroutine.toml:3: bad`; got != want {
		t.Fatalf("Error() = %q, want %q", got, want)
	}
}

// Nesting is refused past 8 levels or 8 dots, and not at 8: the limit guards the TOML library's
// time, not ordinary files.
func TestNestingLimitIsEight(t *testing.T) {
	deep := func(n int) string { return "x = " + strings.Repeat("[", n) + "1" + strings.Repeat("]", n) }
	dotted := func(n int) string { return strings.Repeat("a.", n) + "b = 1" }
	for _, c := range []struct {
		line    string
		refused bool
	}{
		{deep(8), false}, {deep(9), true}, {dotted(8), false}, {dotted(9), true},
	} {
		_, err := ParseRoutine("r.toml", []byte(head+c.line+"\n"))
		var fe *FileError
		if !errors.As(err, &fe) {
			t.Fatalf("%s: err %v, want a *FileError (unknown key at least)", c.line, err)
		}
		if got := strings.Contains(fe.Msg, "nested too deep"); got != c.refused {
			t.Errorf("%s: %v, want refused for nesting %v", c.line, err, c.refused)
		}
		if c.refused && fe.Line != 3 {
			t.Errorf("%s: line %d, want 3", c.line, fe.Line)
		}
	}
}

// withCatalogDose changes one catalog card's dose for the length of a test.
func withCatalogDose(t *testing.T, id string, change func(d *Dose)) {
	t.Helper()
	for i := range catalog {
		if catalog[i].ID == id {
			old := catalog[i]
			change(&catalog[i].Dose)
			t.Cleanup(func() { catalog[i] = old })
			return
		}
	}
	t.Fatalf("no %s in the catalog", id)
}

// A catalog dose is taken as a file's default only if the file could have written it, so every
// routine accepted writes back to a file that parses: the limits are 1–10 sets, 1s–10m of hold in
// whole seconds, 1–100 reps, and each limit itself is allowed.
func TestCatalogDefaultsMustBeWritable(t *testing.T) {
	src := func(id string) string {
		return head + "[[exercise]]\nid = \"plank\"\nsets = 1\n\n[[exercise]]\nid = \"" + id + "\"\n"
	}
	for _, c := range []struct {
		id     string
		change func(d *Dose)
		key    string // "" when the default is fine
	}{
		{"wall-sit", func(d *Dose) { d.Sets = 10 }, ""},
		{"wall-sit", func(d *Dose) { d.Sets = 1 }, ""},
		{"wall-sit", func(d *Dose) { d.Sets = 11 }, "exercise[2].sets"},
		{"wall-sit", func(d *Dose) { d.Sets = 0 }, "exercise[2].sets"},
		{"wall-sit", func(d *Dose) { d.Hold = 10 * time.Minute }, ""},
		{"wall-sit", func(d *Dose) { d.Hold = time.Second }, ""},
		{"wall-sit", func(d *Dose) { d.Hold = 10*time.Minute + time.Second }, "exercise[2].hold"},
		{"wall-sit", func(d *Dose) { d.Hold = 999 * time.Millisecond }, "exercise[2].hold"},
		{"wall-sit", func(d *Dose) { d.Hold = 1500 * time.Millisecond }, "exercise[2].hold"},
		{"squat-to-chair", func(d *Dose) { d.Reps = 100 }, ""},
		{"squat-to-chair", func(d *Dose) { d.Reps = 1 }, ""},
		{"squat-to-chair", func(d *Dose) { d.Reps = 101 }, "exercise[2].reps"},
		{"squat-to-chair", func(d *Dose) { d.Reps = 0 }, "exercise[2].reps"},
	} {
		t.Run(c.id+" "+c.key, func(t *testing.T) {
			withCatalogDose(t, c.id, c.change)
			r, err := ParseRoutine("r.toml", []byte(src(c.id)))
			if c.key == "" {
				if err != nil {
					t.Fatalf("a writable default refused: %v", err)
				}
				back, err := ParseRoutine("back.toml", MarshalRoutine(r))
				if err != nil || back.Items[1].Dose != r.Items[1].Dose {
					t.Fatalf("written back: %v, dose %+v, want %+v", err, back.Items[1].Dose, r.Items[1].Dose)
				}
				return
			}
			var fe *FileError
			if !errors.As(err, &fe) || fe.Key != c.key || fe.Line != 7 || !strings.Contains(fe.Msg, "no usable default") {
				t.Fatalf("err %v, want %s at line 7 (its header) with no usable default", err, c.key)
			}
		})
	}
}

// A number in a duration has at most six digits, so no duration can overflow.
func TestParseDurationDigitLimit(t *testing.T) {
	if d, err := parseDuration("999999s"); err != nil || d != 999999*time.Second {
		t.Fatalf("six digits: %v, %v", d, err)
	}
	if _, err := parseDuration("1000000s"); err == nil || !strings.Contains(err.Error(), "malformed") {
		t.Fatalf("seven digits: %v, want malformed", err)
	}
}

// A slug keeps every letter and digit at the ends of the ASCII ranges, lowercased, and treats the
// characters just outside them as separators.
func TestSlugASCIIEdges(t *testing.T) {
	for _, c := range []struct{ name, want string }{
		{"AZ az 09", "az-az-09"},
		{"Zebra9 Alpha0", "zebra9-alpha0"},
		{"a@b[c`d{e/f:g", "a-b-c-d-e-f-g"},
		{"@[`{/:", "routine"},
	} {
		if got := Slug(c.name); got != c.want {
			t.Errorf("Slug(%q) = %q, want %q", c.name, got, c.want)
		}
	}
}
