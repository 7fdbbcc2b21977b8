package exercises

import (
	"bytes"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/BurntSushi/toml"
)

// routineFile joins lines into a routine file, so a case can count its lines.
func routineFile(lines ...string) string { return strings.Join(lines, "\n") + "\n" }

// head is the usual first two lines of a test file; exercises start on line 3.
const head = "name = \"Test\"\n\n"

func TestParseRoutineErrors(t *testing.T) {
	tests := []struct {
		name string
		src  string
		want string // prefix of the error
	}{
		{"unknown id on line 7", routineFile(
			`# Weekday routine`,
			`name = "Bad"`,
			``,
			`[[exercise]]`,
			`id = "plank"`,
			`[[exercise]]`,
			`id = "plonk"`,
		), `bad.toml:7: exercise[2].id: unknown exercise id "plonk"; see "upright exercises"`},
		{"id not a string", head + "[[exercise]]\nid = 3\n", "bad.toml:4: exercise[1].id: must be a string"},
		{"missing id", head + "[[exercise]]\nsets = 2\n", "bad.toml:3: exercise[1].id: missing"},
		{"unknown top-level key", "name = \"x\"\ncolour = 1\n[[exercise]]\nid = \"plank\"\n", "bad.toml:2: colour: unknown key"},
		{"unknown top-level table", "name = \"x\"\n[[exercise]]\nid = \"plank\"\n[meta]\nauthor = \"me\"\n", "bad.toml:4: meta: unknown key"},
		{"unknown quoted key", "name = \"x\"\n\"get ready\" = \"5s\"\n[[exercise]]\nid = \"plank\"\n", `bad.toml:2: "get ready": unknown key`},
		{"unknown exercise key", head + "[[exercise]]\nid = \"plank\"\nseconds = 20\n", "bad.toml:5: exercise[1].seconds: unknown key"},
		{"unknown exercise subtable", head + "[[exercise]]\nid = \"plank\"\n\n[exercise.notes]\ntext = \"x\"\n", "bad.toml:6: exercise[1].notes: unknown key"},
		{"unknown dotted key", head + "[[exercise]]\nid = \"plank\"\nhold.max = \"20s\"\n", "bad.toml:5: exercise[1].hold: must be a duration"},

		{"sets 0", head + "[[exercise]]\nid = \"plank\"\nsets = 0\n", "bad.toml:5: exercise[1].sets: 0 is out of range; use 1 to 10"},
		{"sets 11", head + "[[exercise]]\nid = \"plank\"\nsets = 11\n", "bad.toml:5: exercise[1].sets: 11 is out of range"},
		{"sets fractional", head + "[[exercise]]\nid = \"plank\"\nsets = 2.5\n", "bad.toml:5: exercise[1].sets: must be a whole number"},
		{"sets quoted", head + "[[exercise]]\nid = \"plank\"\nsets = \"3\"\n", "bad.toml:5: exercise[1].sets: must be a number"},
		{"reps 0", head + "[[exercise]]\nid = \"heel-raise\"\nreps = 0\n", "bad.toml:5: exercise[1].reps: 0 is out of range; use 1 to 100"},
		{"reps 101", head + "[[exercise]]\nid = \"chin-tuck\"\nreps = 101\n", "bad.toml:5: exercise[1].reps: 101 is out of range"},
		{"hold 0s", head + "[[exercise]]\nid = \"plank\"\nhold = \"0s\"\n", `bad.toml:5: exercise[1].hold: "0s" is out of range; use 1s to 10m`},
		{"hold over 10m", head + "[[exercise]]\nid = \"plank\"\nhold = \"10m1s\"\n", "bad.toml:5: exercise[1].hold: \"10m1s\" is out of range"},
		{"hold in hours", head + "[[exercise]]\nid = \"plank\"\nhold = \"1h\"\n", "bad.toml:5: exercise[1].hold: \"1h\" is out of range"},
		{"item rest over 10m", head + "[[exercise]]\nid = \"plank\"\nrest = \"11m\"\n", "bad.toml:5: exercise[1].rest: \"11m\" is out of range"},
		{"item rest 0s", head + "[[exercise]]\nid = \"plank\"\nrest = \"0s\"\n", "bad.toml:5: exercise[1].rest: an exercise's rest must be at least 1s"},
		{"routine rest over 10m", "name = \"x\"\nrest = \"10m30s\"\n[[exercise]]\nid = \"plank\"\n", "bad.toml:2: rest: \"10m30s\" is out of range; use 0s to 10m"},
		{"get_ready over 30s", "name = \"x\"\nget_ready = \"31s\"\n[[exercise]]\nid = \"plank\"\n", "bad.toml:2: get_ready: \"31s\" is out of range; use 0s to 30s"},
		{"get_ready a number", "name = \"x\"\nget_ready = 5\n[[exercise]]\nid = \"plank\"\n", "bad.toml:2: get_ready: must be a duration in quotes"},

		{"duration without unit", head + "[[exercise]]\nid = \"plank\"\nhold = \"20\"\n", `bad.toml:5: exercise[1].hold: "20" has no unit`},
		{"negative duration", head + "[[exercise]]\nid = \"plank\"\nhold = \"-20s\"\n", `bad.toml:5: exercise[1].hold: "-20s" is negative`},
		{"fractional duration", head + "[[exercise]]\nid = \"plank\"\nhold = \"1.5s\"\n", `bad.toml:5: exercise[1].hold: "1.5s" is not in whole seconds`},
		{"milliseconds", head + "[[exercise]]\nid = \"plank\"\nhold = \"1500ms\"\n", `bad.toml:5: exercise[1].hold: "1500ms" is not in whole seconds`},
		{"units out of order", head + "[[exercise]]\nid = \"plank\"\nhold = \"30s1m\"\n", `bad.toml:5: exercise[1].hold: malformed duration "30s1m"`},
		{"unit twice", head + "[[exercise]]\nid = \"plank\"\nhold = \"1m1m\"\n", `bad.toml:5: exercise[1].hold: malformed duration`},
		{"space in duration", head + "[[exercise]]\nid = \"plank\"\nhold = \"20 s\"\n", `bad.toml:5: exercise[1].hold: malformed duration`},
		{"unit only", head + "[[exercise]]\nid = \"plank\"\nhold = \"s\"\n", `bad.toml:5: exercise[1].hold: malformed duration`},
		{"empty duration", head + "[[exercise]]\nid = \"plank\"\nhold = \"\"\n", `bad.toml:5: exercise[1].hold: empty duration`},
		{"unknown unit", head + "[[exercise]]\nid = \"plank\"\nhold = \"2d\"\n", `bad.toml:5: exercise[1].hold: malformed duration`},

		{"reps on a hold", head + "[[exercise]]\nid = \"plank\"\nreps = 10\n", "bad.toml:5: exercise[1].reps: plank is a hold exercise; reps applies only to reps and hold-reps exercises"},
		{"reps on a max-hold", head + "[[exercise]]\nid = \"single-leg-stance-test\"\nreps = 3\n", "bad.toml:5: exercise[1].reps: single-leg-stance-test is a max-hold exercise"},
		{"tempo on a hold", head + "[[exercise]]\nid = \"wall-sit\"\ntempo = \"3s/3s\"\n", "bad.toml:5: exercise[1].tempo: wall-sit is a hold exercise; tempo applies only to reps exercises"},
		{"tempo on hold-reps", head + "[[exercise]]\nid = \"chin-tuck\"\ntempo = \"3s/3s\"\n", "bad.toml:5: exercise[1].tempo: chin-tuck is a hold-reps exercise"},
		{"hold on reps", head + "[[exercise]]\nid = \"heel-raise\"\nhold = \"5s\"\n", "bad.toml:5: exercise[1].hold: heel-raise is a reps exercise; hold applies only to hold, hold-reps, max-hold and staged-holds exercises"},
		{"tempo without slash", head + "[[exercise]]\nid = \"heel-raise\"\ntempo = \"3s\"\n", `bad.toml:5: exercise[1].tempo: must be "up/down"`},
		{"tempo too slow", head + "[[exercise]]\nid = \"heel-raise\"\ntempo = \"3s/31s\"\n", `bad.toml:5: exercise[1].tempo: down "31s" is out of range; use 1s to 30s`},
		{"tempo zero", head + "[[exercise]]\nid = \"heel-raise\"\ntempo = \"0s/3s\"\n", `bad.toml:5: exercise[1].tempo: up "0s" is out of range`},
		{"tempo malformed", head + "[[exercise]]\nid = \"heel-raise\"\ntempo = \"3/5\"\n", `bad.toml:5: exercise[1].tempo: up: "3" has no unit`},
		{"acknowledge not a bool", head + "[[exercise]]\nid = \"bosu-squat\"\nacknowledge_caution = \"yes\"\n", "bad.toml:5: exercise[1].acknowledge_caution: must be true or false"},

		{"same key, third table", routineFile(
			`name = "x"`,
			`[[exercise]]`,
			`id = "plank"`,
			`sets = 3`,
			`[[exercise]]`,
			`id = "plank"`,
			`sets = 3`,
			`[[exercise]]`,
			`id = "plank"`,
			`sets = 30`,
		), "bad.toml:10: exercise[3].sets: 30 is out of range"},
		{"text that looks like a table", routineFile(
			`name = "x"`,
			`description = """`,
			`[[exercise]]`,
			`id = "plonk"`,
			`"""`,
			`[[exercise]]`,
			`id = "plank"`,
			`# sets = 1`,
			`sets = 0`,
		), "bad.toml:9: exercise[1].sets: 0 is out of range"},
		{"first error by line wins", routineFile(
			`name = "x"`,
			`[[exercise]]`,
			`zzz = 1`,
			`id = "plank"`,
			`aaa = 1`,
		), "bad.toml:3: exercise[1].zzz: unknown key"},

		{"empty file", "", "bad.toml:1: file is empty"},
		{"blank file", " \n\n\t\n", "bad.toml:1: file is empty"},
		{"comments only", "# nothing\n", "bad.toml:1: name: missing"},
		{"no exercises", "name = \"x\"\n", "bad.toml:1: exercise: no exercises"},
		{"missing name", "[[exercise]]\nid = \"plank\"\n", "bad.toml:1: name: missing"},
		{"name empty", "name = \"\"\n[[exercise]]\nid = \"plank\"\n", "bad.toml:1: name: must not be empty"},
		{"name blank", "name = \"   \"\n[[exercise]]\nid = \"plank\"\n", "bad.toml:1: name: must not be blank"},
		{"name too long", "name = \"" + strings.Repeat("é", 81) + "\"\n[[exercise]]\nid = \"plank\"\n", "bad.toml:1: name: is 81 characters long; at most 80"},
		{"name with escape sequence", "name = \"x\\u001b[2J\"\n[[exercise]]\nid = \"plank\"\n", "bad.toml:1: name: contains the control character U+001B"},
		{"name with newline", "name = \"a\\nb\"\n[[exercise]]\nid = \"plank\"\n", "bad.toml:1: name: contains the control character U+000A"},
		{"name a table", "[name]\nfirst = \"x\"\n[[exercise]]\nid = \"plank\"\n", "bad.toml:1: name: must be a string"},
		{"description too long", "name = \"x\"\ndescription = \"" + strings.Repeat("a", 501) + "\"\n[[exercise]]\nid = \"plank\"\n", "bad.toml:2: description: is 501 characters long; at most 500"},
		{"description with bell", "name = \"x\"\ndescription = \"a\\u0007\"\n[[exercise]]\nid = \"plank\"\n", "bad.toml:2: description: contains the control character U+0007"},
		{"inline exercises", "name = \"x\"\nexercise = [{id = \"plank\"}]\n", "bad.toml:2: exercise: write each exercise as an [[exercise]] table"},
		{"exercise a table", "name = \"x\"\n[exercise]\nid = \"plank\"\n", "bad.toml:2: exercise: write each exercise as an [[exercise]] table"},
		{"too many exercises", "name = \"x\"\n" + strings.Repeat("[[exercise]]\nid = \"plank\"\n", 51), "bad.toml:102: exercise[51]: too many exercises; a routine has at most 50"},

		{"syntax error", head + "[[exercise]]\nid = \"plank\"\nsets = = 3\n", "bad.toml:5: TOML syntax:"},
		{"duplicate key", "name = \"x\"\nname = \"y\"\n", "bad.toml:2: TOML syntax:"},
		{"newline in basic string", "name = \"x\ny\"\n", "bad.toml:1: TOML syntax:"},
		{"over 64 KiB", "name = \"x\"\n" + strings.Repeat("# padding\n", 7000), "bad.toml:1: file is larger than 64 KiB"},
		{"not UTF-8", "name = \"x\"\n\ndescription = \"caf\xe9\"\n", "bad.toml:3: file is not valid UTF-8 (byte 0xe9)"},
		{"nested inline tables", "name = \"x\"\n\na = " + strings.Repeat("{b = ", 9) + "1" + strings.Repeat("}", 9) + "\n", "bad.toml:3: nested too deep"},
		{"nested arrays", "name = \"x\"\na = [\n" + strings.Repeat("[", 8) + "1" + strings.Repeat("]", 9) + "\n", "bad.toml:3: nested too deep"},
		{"dotted key of many parts", "name = \"x\"\n# a.b.c.d.e.f.g.h.i.j\ndesc = \"a.b.c.d.e.f.g.h.i.j\"\n" + strings.Repeat("a.", 9) + "b = 1\n", "bad.toml:4: nested too deep"},
		{"NUL", "name = \"x\"\nid = \"a\x00\"\n", "bad.toml:2: file contains a NUL byte"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := ParseRoutine("bad.toml", []byte(tt.src))
			if err == nil {
				t.Fatalf("accepted: %+v", r)
			}
			if !strings.HasPrefix(err.Error(), tt.want) {
				t.Errorf("error\n got: %s\nwant: %s…", err, tt.want)
			}
			var fe *FileError
			if !errors.As(err, &fe) || fe.File != "bad.toml" || fe.Line < 1 {
				t.Errorf("error %#v is not a *FileError with file and line", err)
			}
			for _, l := range strings.Split(err.Error(), "\n") {
				if !regexp.MustCompile(`^bad\.toml:[0-9]+: `).MatchString(l) {
					t.Errorf("error line %q does not start with bad.toml:LINE:", l)
				}
			}
			if !reflect.DeepEqual(r, Routine{}) {
				t.Errorf("routine on error = %+v, want zero", r)
			}
		})
	}
}

func TestFileErrorFormat(t *testing.T) {
	tests := []struct {
		err  FileError
		want string
	}{
		{FileError{"a.toml", 7, "exercise[2].id", "unknown"}, "a.toml:7: exercise[2].id: unknown"},
		{FileError{"a.toml", 1, "", "file is empty"}, "a.toml:1: file is empty"},
		{FileError{"a.toml", 0, "", "no such file"}, "a.toml: no such file"},
	}
	for _, tt := range tests {
		if got := tt.err.Error(); got != tt.want {
			t.Errorf("Error() = %q, want %q", got, tt.want)
		}
	}
}

func lookup(t *testing.T, id string) Exercise {
	t.Helper()
	e, ok := Lookup(id)
	if !ok {
		t.Fatalf("catalog has no %q", id)
	}
	return e
}

func TestParseRoutineDefaults(t *testing.T) {
	src := routineFile(
		`name = "Morning core"`,
		`[[exercise]]`,
		`id = "plank"`,
		`[[exercise]]`,
		`id = "heel-raise"`,
		`[[exercise]]`,
		`id = "chin-tuck"`,
		`[[exercise]]`,
		`id = "single-leg-stance-test"`,
		`sets = 1`,
	)
	got, err := ParseRoutine("ok.toml", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	plank, heel, chin, test := lookup(t, "plank"), lookup(t, "heel-raise"), lookup(t, "chin-tuck"), lookup(t, "single-leg-stance-test")
	want := Routine{
		ID: "morning-core", Name: "Morning core", GetReady: DefaultGetReady, Rest: DefaultRest, Source: SourceFile,
		Items: []Item{
			// Catalog sets and hold; no rest of its own, so the routine's rest applies.
			{Exercise: plank, Dose: Dose{Sets: plank.Dose.Sets, Hold: plank.Dose.Hold}},
			// Catalog reps; no tempo written means tapped, whatever the catalog's tempo.
			{Exercise: heel, Dose: Dose{Sets: heel.Dose.Sets, Reps: heel.Dose.Reps}},
			{Exercise: chin, Dose: Dose{Sets: chin.Dose.Sets, Reps: chin.Dose.Reps, Hold: chin.Dose.Hold}},
			{Exercise: test, Dose: Dose{Sets: 1, Hold: test.Dose.Hold}},
		},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got  %+v\nwant %+v", got, want)
	}
	if plank.Dose.Sets == 0 || plank.Dose.Hold == 0 || heel.Dose.Reps == 0 || !heel.Dose.Tempo.Paced() {
		t.Errorf("catalog doses changed; this test needs non-zero ones")
	}
	if got.RestAfter(0) != DefaultRest {
		t.Errorf("RestAfter(0) = %v, want the routine's %v", got.RestAfter(0), DefaultRest)
	}
}

func TestParseRoutineExplicit(t *testing.T) {
	got, err := ReadRoutineFile(filepath.Join("testdata", "routines", "good-morning-core.toml"))
	if err != nil {
		t.Fatal(err)
	}
	want := Routine{
		ID: "morning-core", Name: "Morning core", Description: "Short core routine for weekdays",
		GetReady: 5 * time.Second, Rest: 45 * time.Second, Source: SourceFile,
		Items: []Item{
			{Exercise: lookup(t, "plank"), Dose: Dose{Sets: 3, Hold: 20 * time.Second, Rest: 30 * time.Second}},
			{Exercise: lookup(t, "heel-raise"), Dose: Dose{Sets: 2, Reps: 10, Tempo: Tempo{Up: 3 * time.Second, Down: 5 * time.Second}}},
		},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got  %+v\nwant %+v", got, want)
	}
}

func TestParseRoutineFlagged(t *testing.T) {
	r, err := ReadRoutineFile(filepath.Join("testdata", "routines", "good-flagged.toml"))
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Items) != 2 {
		t.Fatalf("items = %d, want 2", len(r.Items))
	}
	bosu, crunch := r.Items[0], r.Items[1]
	if bosu.Exercise.Status != StatusTherapistOnly || !bosu.CautionAcknowledged {
		t.Errorf("bosu-squat: status %v, acknowledged %v; want therapist-only, true", bosu.Exercise.Status, bosu.CautionAcknowledged)
	}
	if crunch.Exercise.Status != StatusNotRecommended || !crunch.CautionAcknowledged {
		t.Errorf("bicycle-crunch: status %v, acknowledged %v; want not-recommended, true", crunch.Exercise.Status, crunch.CautionAcknowledged)
	}
	if n := len(r.Flagged()); n != 2 {
		t.Errorf("Flagged() has %d items, want 2", n)
	}
}

func TestParseRoutineDetails(t *testing.T) {
	tests := []struct {
		file  string
		check func(Routine) bool
	}{
		{"good-quoted-keys.toml", func(r Routine) bool {
			return r.Name == `Literal name with "quotes"` && strings.HasPrefix(r.Description, "Multi-line") &&
				len(r.Items) == 2 && r.Items[0].Dose.Sets == 2 && r.Items[1].Dose.Tempo.String() == "3s/5s"
		}},
		{"good-crlf.toml", func(r Routine) bool { return r.Description == "first line\nsecond line" }},
		{"good-zero-times.toml", func(r Routine) bool { return r.GetReady == 0 && r.Rest == 0 && r.RestAfter(0) == 15*time.Second }},
		{"good-max-values.toml", func(r Routine) bool {
			d := r.Items[0].Dose
			return len([]rune(r.Name)) == 80 && d.Sets == 10 && d.Reps == 100 && d.Tempo.Rep() == time.Minute && r.Items[1].Dose.Hold == 10*time.Minute
		}},
		{"good-unicode.toml", func(r Routine) bool {
			return r.Name == "Rückenschule – morgens ☀" && r.ID == "ruckenschule-morgens" && strings.Contains(r.Description, "\t") && strings.Contains(r.Description, "\n")
		}},
		{"good-fifty.toml", func(r Routine) bool { return len(r.Items) == 50 }},
		{"good-every-measure.toml", func(r Routine) bool {
			return r.Items[0].Dose.Hold == 90*time.Second && r.Items[1].Dose.Rest == 90*time.Second && r.Items[2].Dose.Sets == lookup(t, "shoulder-blade-squeeze").Dose.Sets
		}},
	}
	for _, tt := range tests {
		r, err := ReadRoutineFile(filepath.Join("testdata", "routines", tt.file))
		if err != nil {
			t.Errorf("%s: %v", tt.file, err)
			continue
		}
		if r.Source != SourceFile || !tt.check(r) {
			t.Errorf("%s: unexpected routine %+v", tt.file, r)
		}
	}
}

// TestRoutineSeeds checks every seed file: good-*.toml parse, and bad-*.toml fail with the error
// their first line names ("# want: LINE: KEY").
func TestRoutineSeeds(t *testing.T) {
	paths, err := filepath.Glob(filepath.Join("testdata", "routines", "*.toml"))
	if err != nil || len(paths) < 20 {
		t.Fatalf("seed files: %d, %v", len(paths), err)
	}
	for _, path := range paths {
		base := filepath.Base(path)
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		_, err = ParseRoutine(base, data)
		switch {
		case strings.HasPrefix(base, "good-"):
			if err != nil {
				t.Errorf("%s: %v", base, err)
			}
		case strings.HasPrefix(base, "bad-"):
			first, _, _ := bytes.Cut(data, []byte("\n"))
			want, ok := strings.CutPrefix(string(first), "# want: ")
			if !ok {
				t.Errorf("%s: first line must be # want: LINE: KEY", base)
				continue
			}
			if err == nil || !strings.HasPrefix(err.Error(), base+":"+want) {
				t.Errorf("%s: error %v, want prefix %s:%s", base, err, base, want)
			}
		default:
			t.Errorf("%s: seed names start with good- or bad-", base)
		}
	}
}

func TestReadRoutineFile(t *testing.T) {
	dir := t.TempDir()
	missing := filepath.Join(dir, "missing.toml")
	_, err := ReadRoutineFile(missing)
	if err == nil || err.Error() != missing+": no such file; check the path" || !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("missing file: %v", err)
	}

	huge := filepath.Join(dir, "huge.toml")
	if err := os.WriteFile(huge, bytes.Repeat([]byte("# x\n"), 1<<20), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := ReadRoutineFile(huge); err == nil || err.Error() != huge+":1: file is larger than 64 KiB; a routine file is a short text file" {
		t.Errorf("huge file: %v", err)
	}

	exact := filepath.Join(dir, "exact.toml")
	src := []byte("name = \"x\"\n[[exercise]]\nid = \"plank\"\n")
	src = append(src, bytes.Repeat([]byte("#"), 64<<10-len(src))...)
	if err := os.WriteFile(exact, src, 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := ReadRoutineFile(exact); err != nil {
		t.Errorf("file of exactly 64 KiB: %v", err)
	}

	if _, err := ReadRoutineFile(dir); err == nil || !strings.HasPrefix(err.Error(), dir+": cannot read") {
		t.Errorf("directory: %v", err)
	}
}

// TestSlugKeepsNonLatinNamesApart: names with no ASCII form get ids of their own, stable from
// one run to the next, in the id alphabet.
func TestSlugKeepsNonLatinNamesApart(t *testing.T) {
	names := []string{"朝の体操", "夜の体操", "Утренняя зарядка", "Вечерняя зарядка", "Tai chi 太極拳", "Tai chi 八段錦"}
	seen := map[string]string{}
	for _, n := range names {
		id := Slug(n)
		if other, ok := seen[id]; ok {
			t.Errorf("%q and %q share the id %q", n, other, id)
		}
		seen[id] = n
		if id != Slug(n) || len(id) > maxSlugLen || strings.Trim(id, "abcdefghijklmnopqrstuvwxyz0123456789-") != "" {
			t.Errorf("Slug(%q) = %q: not a stable id of at most %d of a–z, 0–9 and -", n, id, maxSlugLen)
		}
	}
	if id := Slug("Tai chi 太極拳"); !strings.HasPrefix(id, "tai-chi-") {
		t.Errorf("Slug kept nothing of the Latin part: %q", id)
	}
	if id := Slug(strings.Repeat("a", 50) + "太"); len(id) != maxSlugLen {
		t.Errorf("a long mixed name gives %q (%d characters), want %d", id, len(id), maxSlugLen)
	}
}

func TestSlug(t *testing.T) {
	tests := []struct{ name, want string }{
		{"Morning core", "morning-core"},
		{"  Morning   CORE!! ", "morning-core"},
		{"Posture & stretch (v2)", "posture-stretch-v2"},
		{"Übungen für den Rücken", "ubungen-fur-den-rucken"},
		{"Étirements du matin", "etirements-du-matin"},
		{"U\u0308bungen", "ubungen"}, // the same name, its umlaut as a combining mark
		{"☀☀☀", "routine"},
		{"", "routine"},
		{"---", "routine"},
		{strings.Repeat("a", 50), strings.Repeat("a", 40)},
		{strings.Repeat("a", 39) + " b", strings.Repeat("a", 39)},
		{"K\u212Aelvin", "kkelvin"}, // the Kelvin sign is a K
	}
	for _, tt := range tests {
		if got := Slug(tt.name); got != tt.want {
			t.Errorf("Slug(%q) = %q, want %q", tt.name, got, tt.want)
		}
	}
}

func TestParseDuration(t *testing.T) {
	good := map[string]time.Duration{
		"0s": 0, "20s": 20 * time.Second, "90s": 90 * time.Second, "2m": 2 * time.Minute,
		"1m30s": 90 * time.Second, "1h": time.Hour, "1h2m3s": time.Hour + 2*time.Minute + 3*time.Second, "007s": 7 * time.Second,
	}
	for s, want := range good {
		if got, err := parseDuration(s); err != nil || got != want {
			t.Errorf("parseDuration(%q) = %v, %v; want %v", s, got, err, want)
		}
	}
	for _, s := range []string{"", "20", "-1s", "+1s", "1.5s", "1.0s", "500ms", "1us", "1µs", "1ns", "1m1h", "1s1s", "1 s", " 1s", "1s ", "s", "1x", "1234567s", "1m30", "0x10s", "１s"} {
		if d, err := parseDuration(s); err == nil {
			t.Errorf("parseDuration(%q) = %v, want an error", s, d)
		}
	}
}

// sameRoutine reports whether b is a as ParseRoutine would return it: from a file, named by slug.
func sameRoutine(a, b Routine) bool {
	a.Source, a.ID = SourceFile, Slug(a.Name)
	return reflect.DeepEqual(a, b)
}

func TestMarshalRoundTrip(t *testing.T) {
	plank, heel, bosu := lookup(t, "plank"), lookup(t, "heel-raise"), lookup(t, "bosu-squat")
	routines := Builtin()
	if len(routines) == 0 {
		t.Fatal("no built-in routines")
	}
	routines = append(routines,
		Routine{Name: `Quotes " and \ backslash`, Description: "Line one\nline two\ttabbed \"quoted\" \\ ünïcödé ☀ \u2028",
			GetReady: 0, Rest: 10 * time.Minute, Items: []Item{
				{Exercise: plank, Dose: Dose{Sets: 10, Hold: 10 * time.Minute, Rest: time.Second}},
				{Exercise: heel, Dose: Dose{Sets: 1, Reps: 1}},
				{Exercise: bosu, Dose: Dose{Sets: 2, Reps: 5, Tempo: Tempo{Up: 30 * time.Second, Down: time.Second}}, CautionAcknowledged: true},
			}},
		Routine{Name: "#[[exercise]] = '''", GetReady: 30 * time.Second, Rest: 0, Items: []Item{
			{Exercise: lookup(t, "chin-tuck"), Dose: Dose{Sets: 1, Reps: 100, Hold: 1 * time.Second, Rest: 61 * time.Second}},
			{Exercise: lookup(t, "single-leg-stance-test"), Dose: Dose{Sets: 3, Hold: 45 * time.Second}},
		}},
	)
	for _, r := range routines {
		data := MarshalRoutine(r)
		got, err := ParseRoutine("out.toml", data)
		if err != nil {
			t.Errorf("%s: %v\n%s", r.Name, err, data)
			continue
		}
		if !sameRoutine(r, got) {
			t.Errorf("%s: round trip changed the routine\n got %+v\nwant %+v\n%s", r.Name, got, r, data)
		}
	}
}

func TestMarshalRoutineText(t *testing.T) {
	r := Routine{Name: "Morning core", GetReady: 5 * time.Second, Rest: 45 * time.Second, Items: []Item{
		{Exercise: lookup(t, "plank"), Dose: Dose{Sets: 3, Hold: 20 * time.Second, Rest: 30 * time.Second}},
		{Exercise: lookup(t, "heel-raise"), Dose: Dose{Sets: 2, Reps: 10, Tempo: Tempo{Up: 3 * time.Second, Down: 5 * time.Second}}},
	}}
	want := `name = "Morning core"
get_ready = "5s"
rest = "45s"

[[exercise]]
id = "plank"
sets = 3
hold = "20s"
rest = "30s"

[[exercise]]
id = "heel-raise"
sets = 2
reps = 10
tempo = "3s/5s"
`
	if got := string(MarshalRoutine(r)); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
	if got := quote("a\"b\\c\x7f\x01\u0085\xff"); got != `"a\"b\\c\u007F\u0001\u0085`+"\uFFFD\"" {
		t.Errorf("quote = %s", got)
	}
}

func TestLocate(t *testing.T) {
	src := routineFile(
		"\ufeffname = 'x' # 1",
		`description = """`,
		`[[exercise]]`,
		`id = "not a key"""" # ends in a quote`,
		`get_ready = 1979-05-27 07:32:00Z`,
		`"a.b" . c = [ # 6`,
		`  "]", '[', """`,
		`x = """, { y = '}' },`,
		`]`,
		`[[exercise]] # 10`,
		`id = 'plank'`,
		`[ exercise . sub ] # 12`,
		`[[exercise]]`,
		`hold = '''`,
		`'''`,
		`"sets" = 1 # 16`,
		`[[exercise.deep]]`,
		`[other]`,
		`k = 1 # 19`,
	)
	var doc map[string]any
	if _, err := toml.Decode(src, &doc); err != nil {
		t.Fatalf("test document is not valid TOML: %v", err)
	}
	l := locate([]byte(src))
	for _, c := range []struct {
		got, want int
		what      string
	}{
		{l.rootLine("name"), 1, "name"},
		{l.rootLine("description"), 2, "description"},
		{l.rootLine("get_ready"), 5, "get_ready"},
		{l.rootLine("a.b"), 6, `"a.b"`},
		{l.rootLine("exercise"), 10, "exercise"},
		{l.rootLine("other"), 18, "other"},
		{l.rootLine("k"), 1, "k is in [other], not top-level"},
		{l.headerLine(0), 10, "header 0"},
		{l.headerLine(1), 13, "header 1"},
		{l.headerLine(2), 1, "no header 2"},
		{l.exerciseLine(0, "id"), 11, "exercise[1].id"},
		{l.exerciseLine(0, "sub"), 12, "exercise[1].sub"},
		{l.exerciseLine(1, "hold"), 14, "exercise[2].hold"},
		{l.exerciseLine(1, "sets"), 16, "exercise[2].sets"},
		{l.exerciseLine(1, "deep"), 17, "exercise[2].deep"},
		{l.exerciseLine(1, "id"), 13, "exercise[2].id falls back to its header"},
	} {
		if c.got != c.want {
			t.Errorf("%s: line %d, want %d", c.what, c.got, c.want)
		}
	}
}
