package exercises

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"testing"
)

// FuzzParseRoutine checks that ParseRoutine never panics, that every rejection is one *FileError
// on a line the file has, and that every accepted routine survives MarshalRoutine unchanged.
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
			var fe *FileError
			if !errors.As(err, &fe) {
				t.Fatalf("error %v is not a *FileError", err)
			}
			if lines := 1 + bytes.Count(data, []byte("\n")); fe.File != "fuzz.toml" || fe.Line < 1 || fe.Line > lines {
				t.Fatalf("error %v: line outside the file's %d lines", err, lines)
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
