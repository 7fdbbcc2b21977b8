package exercises

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
)

// FuzzParseRoutine checks that ParseRoutine never panics, that every rejection is FileErrors,
// each on a line the file has, and that every accepted routine survives MarshalRoutine unchanged.
func FuzzParseRoutine(f *testing.F) {
	paths, err := filepath.Glob(filepath.Join("testdata", "routines", "*.toml"))
	if err != nil || len(paths) == 0 {
		f.Fatalf("no seed files: %v", err)
	}
	for _, path := range paths {
		data, err := os.ReadFile(path)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		r, err := ParseRoutine("fuzz.toml", data)
		if err != nil {
			var all FileErrors
			if !errors.As(err, &all) || len(all) == 0 {
				t.Fatalf("error %v is not FileErrors", err)
			}
			lines := 1 + bytes.Count(data, []byte("\n"))
			msgs := strings.Split(err.Error(), "\n")
			if len(msgs) != len(all) || len(all) > MaxFileErrors+1 {
				t.Fatalf("error of %d lines for %d problems:\n%v", len(msgs), len(all), err)
			}
			for i, fe := range all {
				if fe.File != "fuzz.toml" || fe.Line < 1 || fe.Line > lines {
					t.Fatalf("error %v: line outside the file's %d lines", fe, lines)
				}
				// Each message is printed to a terminal as FILE:LINE: …, so it must start that way
				// and carry nothing from the file that a terminal would act on.
				if prefix := fmt.Sprintf("fuzz.toml:%d: ", fe.Line); !strings.HasPrefix(msgs[i], prefix) {
					t.Fatalf("error %q does not start with %q", msgs[i], prefix)
				}
				if j := strings.IndexFunc(msgs[i], terminalUnsafe); j >= 0 {
					t.Fatalf("error %q carries a control or bidi character at byte %d", msgs[i], j)
				}
			}
			return
		}
		out := MarshalRoutine(r)
		again, err := ParseRoutine("again.toml", out)
		if err != nil {
			t.Fatalf("marshalled routine does not parse: %v\n%s", err, out)
		}
		if !sameRoutine(r, again) {
			t.Fatalf("round trip changed the routine\n got %+v\nwant %+v\n%s", again, r, out)
		}
	})
}

// terminalUnsafe is what a terminal could act on: control characters (ESC, BEL, NUL, C1) and the bidi
// controls that reorder a line (U+202A–U+202E, U+2066–U+2069, LRM, RLM, ALM).
func terminalUnsafe(r rune) bool {
	return unicode.IsControl(r) || (r >= 0x202A && r <= 0x202E) || (r >= 0x2066 && r <= 0x2069) ||
		r == 0x200E || r == 0x200F || r == 0x061C
}
