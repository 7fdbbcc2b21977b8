package exercises

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestParseRoutineReportsEveryError: one run names every problem of a file, each at its own line,
// in line order, so a therapist fixes a file in one pass.
func TestParseRoutineReportsEveryError(t *testing.T) {
	src := routineFile(
		`name = "`+"\u200b\u2800\u3164"+`"`, // 1: only invisible characters
		`rest = "1.5s"`,                     // 2
		``,
		`[[exercise]]`,
		`id = "bosu-squat"`, // 5: flagged, not acknowledged
		`sets = 0`,          // 6
		``,
		`[[exercise]]`,
		`id = "plank"`,
		`reps = 20`, // 10: reps on a hold
		``,
		`[[exercise]]`,
		`id = "bicycle-crunch"`,
		`acknowledge_caution = false`, // 14: said no
		`colour = "red"`,              // 15: unknown, and no exercise follows it
	)
	_, err := ParseRoutine("r.toml", []byte(src))
	var all FileErrors
	if !errors.As(err, &all) {
		t.Fatalf("error %v is not FileErrors", err)
	}
	want := []string{
		`r.toml:1: name: must not be blank; give it letters or digits`,
		`r.toml:2: rest: "1.5s" is not in whole seconds`,
		`r.toml:5: exercise[1].acknowledge_caution: bosu-squat is therapist-only; add acknowledge_caution = true only when a therapist prescribed it`,
		`r.toml:6: exercise[1].sets: 0 is out of range`,
		`r.toml:10: exercise[2].reps: plank is a hold exercise; reps applies only to reps and hold-reps exercises`,
		`r.toml:14: exercise[3].acknowledge_caution: bicycle-crunch is not-recommended`,
		`r.toml:15: exercise[3].colour: unknown key`,
	}
	lines := strings.Split(err.Error(), "\n")
	if len(lines) != len(want) || len(all) != len(want) {
		t.Fatalf("%d lines, %d errors, want %d:\n%s", len(lines), len(all), len(want), err)
	}
	for i, w := range want {
		if !strings.HasPrefix(lines[i], w) {
			t.Errorf("line %d\n got: %s\nwant: %s…", i+1, lines[i], w)
		}
	}
	var first *FileError
	if !errors.As(err, &first) || first.Line != 1 || first.Key != "name" {
		t.Errorf("errors.As finds %+v, want the first problem", first)
	}
}

// TestParseRoutineUnknownKeyAlone: an unknown top-level key is reported at its line even when no
// exercise follows it, and the missing exercises are reported too.
func TestParseRoutineUnknownKeyAlone(t *testing.T) {
	_, err := ParseRoutine("r.toml", []byte("name = \"x\"\n\n[[exercises]]\nid = \"plank\"\n"))
	want := "r.toml:1: exercise: no exercises; add at least one [[exercise]] table with an id, e.g. id = \"plank\"\n" +
		"r.toml:3: exercises: unknown key; a routine has name, description, get_ready, rest and [[exercise]] tables"
	if err == nil || err.Error() != want {
		t.Errorf("error\n got: %v\nwant: %s", err, want)
	}
}

// TestParseRoutineErrorCap: a file with a problem on every line stops at MaxFileErrors and says
// how many more there were.
func TestParseRoutineErrorCap(t *testing.T) {
	var b strings.Builder
	b.WriteString("name = \"x\"\n")
	for i := range 30 {
		fmt.Fprintf(&b, "[[exercise]]\nid = \"plonk%d\"\n", i)
	}
	_, err := ParseRoutine("r.toml", []byte(b.String()))
	var all FileErrors
	if !errors.As(err, &all) || len(all) != MaxFileErrors+1 {
		t.Fatalf("got %d errors, want %d and a summary:\n%v", len(all), MaxFileErrors+1, err)
	}
	if got, want := all[MaxFileErrors].Error(), "r.toml:41: and 10 more problems after this line; fix these first"; got != want {
		t.Errorf("last line %q, want %q", got, want)
	}
}

func TestVisible(t *testing.T) {
	for s, want := range map[string]bool{
		"Core": true, " a ": true, "é": true, "☀": true, "1": true,
		"": false, "   ": false, "\u200b": false, "\u200d\u00ad\ufeff": false, "\u2800": false,
		"\u3164\u115f\u1160\uffa0": false, "\u0301": false, "\u3000\u00a0": false, "\u2060\U000e0041": false,
	} {
		if got := Visible(s); got != want {
			t.Errorf("Visible(%+q) = %v, want %v", s, got, want)
		}
	}
}

// TestParseStoredAcceptsUnacknowledged: a routine saved before the acknowledgement rule still
// opens from the database; the same text as a file is refused.
func TestParseStoredAcceptsUnacknowledged(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("testdata", "routines", "bad-flagged-unacknowledged.toml"))
	if err != nil {
		t.Fatal(err)
	}
	r, err := ParseStored("saved", data)
	if err != nil {
		t.Fatalf("stored routine refused: %v", err)
	}
	if crunch := r.Items[1]; crunch.Exercise.ID != "bicycle-crunch" || crunch.CautionAcknowledged {
		t.Errorf("item 2 = %s, acknowledged %v; want bicycle-crunch, false", crunch.Exercise.ID, crunch.CautionAcknowledged)
	}
	if _, err := ParseRoutine("saved", data); err == nil {
		t.Error("ParseRoutine accepted an unacknowledged flagged exercise")
	}
}
