package main_test

import (
	"fmt"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
)

const twoByTwo = `name = "Two by two"
get_ready = "1s"
rest = "1s"

[[exercise]]
id = "plank"
sets = 2
hold = "2s"

[[exercise]]
id = "wall-sit"
sets = 2
hold = "2s"
`

// whereLine is the header every step screen carries (issue 18): the exercise and the set, each
// of its total.
var whereLine = regexp.MustCompile(`Exercise (\d) of 2 · set (\d) of 2`)

// TestEndToEndEveryStepSaysWhereAt40x12 walks a routine of two exercises of two sets at 40x12 and
// reads every step screen it sees (brief, get-ready, hold, rest): each names its exercise and set, and
// every set of the routine is seen so.
func TestEndToEndEveryStepSaysWhereAt40x12(t *testing.T) {
	bin, db, routine := buildBinary(t), filepath.Join(t.TempDir(), "u.db"), writeFile(t, "two.toml", twoByTwo)
	term := startTerminal(t, 40, 12, fmt.Sprintf("%s --quiet --db %s --routine %s", bin, db, routine))
	term.waitFor("Welcome", 10*time.Second)
	term.enterUntil("back pain")
	term.send("Enter", "Enter", "Enter", "Enter")
	seen := map[string]bool{}
	steps := 0
	deadline := time.Now().Add(60 * time.Second)
	for {
		if time.Now().After(deadline) {
			t.Fatalf("the routine never reached the check-out; seen %v; the screen:\n%s", seen, term.screen())
		}
		scr := term.screen()
		switch {
		case strings.Contains(scr, "Check-out"):
			if len(seen) != 4 {
				t.Fatalf("want every set of both exercises seen named, got %v", seen)
			}
			if steps < 8 {
				t.Fatalf("only %d step screens read", steps)
			}
			return
		case strings.Contains(scr, "enter start"): // a brief names the set it starts too
			if !whereLine.MatchString(scr) {
				t.Fatalf("a brief without its exercise and set number:\n%s", scr)
			}
			term.send("Enter")
		case strings.Contains(scr, "Starting in"), strings.Contains(scr, " left of "), strings.Contains(scr, "\nRest"):
			m := whereLine.FindStringSubmatch(scr)
			if m == nil {
				t.Fatalf("a step screen without its exercise and set number:\n%s", scr)
			}
			seen[m[1]+"/"+m[2]] = true
			steps++
		}
		time.Sleep(40 * time.Millisecond)
	}
}
