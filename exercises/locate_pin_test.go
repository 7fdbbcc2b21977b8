package exercises

import (
	"errors"
	"strings"
	"testing"

	"github.com/BurntSushi/toml"
)

// stringsDoc holds every kind of string and array the line finder must skip without being fooled
// by what is inside: escaped quotes, line-ending backslashes, a header written inside a string.
func stringsDoc() string {
	return routineFile(
		`name = "x \" # not a comment"`, // 1
		`description = """one \`,        // 2
		`  two \`,                       // 3
		`  [[exercise]] \`,              // 4
		`  three"""`,                    // 5
		`a = [ "x\" ]", """`,            // 6
		`[[exercise]]`,                  // 7: inside the string
		`""", [1], { b = ']' },`,        // 8
		`  'lit\', "tab\\",`,            // 9
		`  [ [2], """`,                  // 10
		`[[exercise]]`,                  // 11: inside the string
		`"""] ]`,                        // 12
		`[[exercise]]`,                  // 13: the header
		`id = "plank"`,                  // 14
		`sets = 2 # 15`,                 // 15
	)
}

// Lines are found past multi-line strings, escapes and nested arrays: a header written inside a
// string is text, not a header, so an error names the line the person sees it on.
func TestLocateSkipsWhatStringsHold(t *testing.T) {
	l := locateValid(t, stringsDoc())
	wantLines(t, []lineCase{
		{l.rootLine("name"), 1, "name"},
		{l.rootLine("description"), 2, "description"},
		{l.rootLine("a"), 6, "a"},
		{len(l.headers), 1, "headers"},
		{l.headerLine(0), 13, "header"},
		{l.exerciseLine(0, "id"), 14, "exercise[1].id"},
		{l.exerciseLine(0, "sets"), 15, "exercise[1].sets"},
	})
}

// The line finder only ever sees files the TOML library accepted, but it must still stop cleanly
// wherever its input ends, in the middle of a key, a string, an escape or an array: a file cut
// short at any byte never crashes it, and it finds no line past the end.
func TestLocateStopsCleanlyAtAnyEnd(t *testing.T) {
	for _, src := range []string{stringsDoc(), routineFile(
		"\ufeffname = 'x' # 1", `[[exercise]]`, `"a.b" . c = [ '[', """`, `x`, `""" ]`, `id = "x\\"`, `hold = '''`, `'''`,
	)} {
		for n := 0; n <= len(src); n++ {
			cut := src[:n]
			func() {
				defer func() {
					if p := recover(); p != nil {
						t.Fatalf("locate panicked on the file cut after %d bytes %q: %v", n, cut, p)
					}
				}()
				l := locate([]byte(cut))
				last := strings.Count(cut, "\n") + 1
				for _, h := range l.headers {
					if h > last {
						t.Fatalf("cut after %d bytes: header at line %d of %d", n, h, last)
					}
				}
			}()
		}
	}
}

// A dotted "exercise.id" at the top level is an exercise written the wrong way: the error says so
// on its line.
func TestDottedExerciseKeyAtTheTop(t *testing.T) {
	_, err := ParseRoutine("r.toml", []byte(head+"exercise.id = \"plank\"\n"))
	var fe *FileError
	if !errors.As(err, &fe) || fe.Line != 3 || fe.Key != "exercise" || !strings.Contains(fe.Msg, "[[exercise]] table") {
		t.Fatalf("err %v, want exercise at line 3 asking for an [[exercise]] table", err)
	}
}

// Bare keys of every kind of character are found, and a multi-line string that ends in extra
// quotes of its own kind ends where TOML says, so the header after it is still a header.
func TestLocateBareKeysAndQuoteRuns(t *testing.T) {
	src := routineFile(
		`name = "x"`,         // 1
		`Z9 = 1`,             // 2
		`A0 = 2`,             // 3
		`a_b-c = 3`,          // 4
		`q = ["""x"""", 1]`,  // 5: the string is x"
		`r = ['''y''''', 2]`, // 6: the string is y''
		`[[exercise]]`,       // 7
		`id = "plank"`,       // 8
	)
	l := locateValid(t, src)
	wantLines(t, []lineCase{
		{l.rootLine("Z9"), 2, "Z9"}, {l.rootLine("A0"), 3, "A0"}, {l.rootLine("a_b-c"), 4, "a_b-c"},
		{l.rootLine("r"), 6, "r"}, {l.headerLine(0), 7, "header"}, {l.exerciseLine(0, "id"), 8, "exercise[1].id"},
	})
}

// locateValid runs the line finder on a test document, which must first be valid TOML: the line
// finder only ever sees files the TOML library accepted.
func locateValid(t *testing.T, src string) *locator {
	t.Helper()
	var doc map[string]any
	if _, err := toml.Decode(src, &doc); err != nil {
		t.Fatalf("test document is not valid TOML: %v", err)
	}
	return locate([]byte(src))
}

type lineCase struct {
	got, want int
	what      string
}

func wantLines(t *testing.T, cases []lineCase) {
	t.Helper()
	for _, c := range cases {
		if c.got != c.want {
			t.Errorf("%s: line %d, want %d", c.what, c.got, c.want)
		}
	}
}
