package exercises

import (
	"fmt"
	"slices"
	"sort"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/BurntSushi/toml"
)

// fileParser turns a decoded document into a Routine, collecting one error per bad key.
type fileParser struct {
	file string
	loc  *locator
	errs []*FileError
	// stored routines were accepted before a flagged exercise needed acknowledge_caution, and
	// must still load; every file read now must acknowledge.
	stored bool
}

func (p *fileParser) errorf(line int, key, format string, args ...any) {
	p.errs = append(p.errs, &FileError{File: p.file, Line: line, Key: key, Msg: fmt.Sprintf(format, args...)})
}

func (p *fileParser) routine(doc map[string]any) Routine {
	r := Routine{GetReady: DefaultGetReady, Rest: DefaultRest, Source: SourceFile}
	for _, k := range sortedKeys(doc) {
		v, line := doc[k], p.loc.rootLine(k)
		switch k {
		case "name":
			r.Name = p.text(line, k, v, maxNameLen, false)
			if r.Name != "" && !Visible(r.Name) {
				p.errorf(line, k, "must not be blank; give it letters or digits")
			}
		case "description":
			r.Description = p.text(line, k, v, maxDescriptionLen, true)
		case "get_ready":
			r.GetReady, _ = p.duration(line, k, v, 0, 30*time.Second)
		case "rest":
			r.Rest, _ = p.duration(line, k, v, 0, 10*time.Minute)
		case "exercise":
			r.Items = p.items(line, v)
		default:
			p.errorf(line, toml.Key{k}.String(), "unknown key; a routine has name, description, get_ready, rest and [[exercise]] tables")
		}
	}
	if _, ok := doc["name"]; !ok {
		p.errorf(1, "name", `missing; give the routine a name, e.g. name = "Morning core"`)
	}
	if _, ok := doc["exercise"]; !ok {
		p.errorf(1, "exercise", `no exercises; add at least one [[exercise]] table with an id, e.g. id = "plank"`)
	}
	r.ID = Slug(r.Name)
	return r
}

func (p *fileParser) items(line int, v any) []Item {
	tables, ok := v.([]map[string]any)
	if !ok {
		p.errorf(line, "exercise", "write each exercise as an [[exercise]] table")
		return nil
	}
	if len(tables) > maxItems {
		p.errorf(p.loc.headerLine(maxItems), fmt.Sprintf("exercise[%d]", maxItems+1), "too many exercises; a routine has at most %d", maxItems)
		return nil
	}
	items := make([]Item, len(tables))
	for i, t := range tables {
		items[i] = p.item(i, t)
	}
	return items
}

// item parses the i-th [[exercise]] table. Dose fields it leaves out come from the catalog, except
// tempo (absent means tapped) and rest (absent means the routine's rest).
func (p *fileParser) item(i int, t map[string]any) Item {
	key := func(k string) string { return fmt.Sprintf("exercise[%d].%s", i+1, toml.Key{k}.String()) }
	line := func(k string) int { return p.loc.exerciseLine(i, k) }
	var it Item
	found := false
	switch id, ok := t["id"].(string); {
	case t["id"] == nil:
		p.errorf(p.loc.headerLine(i), key("id"), `missing; every exercise needs an id, e.g. id = "plank"`)
	case !ok:
		p.errorf(line("id"), key("id"), `must be a string, e.g. id = "plank"`)
	default:
		if it.Exercise, found = Lookup(id); !found {
			p.errorf(line("id"), key("id"), `unknown exercise id %q; see "upright exercises"`, id)
		}
	}
	ex, m := it.Exercise, it.Exercise.Measure
	d := Dose{Sets: ex.Dose.Sets}
	if found && usesHold(m) {
		d.Hold = ex.Dose.Hold
	}
	if found && usesReps(m) {
		d.Reps = ex.Dose.Reps
	}
	for _, k := range sortedKeys(t) {
		v := t[k]
		if k == "id" {
			continue
		}
		if !slices.Contains([]string{"sets", "hold", "reps", "tempo", "rest", "acknowledge_caution", "window", "cap"}, k) {
			p.errorf(line(k), key(k), "unknown key; an exercise has id, sets, hold, reps, tempo, window, cap, rest and acknowledge_caution")
			continue
		}
		if found {
			if msg := DoseKeyRule(ex, k); msg != "" {
				p.errorf(line(k), key(k), "%s", msg)
				continue
			}
		}
		switch k {
		case "sets":
			d.Sets = p.integer(line(k), key(k), v, 1, 10, d.Sets)
		case "reps":
			d.Reps = p.integer(line(k), key(k), v, 1, 100, d.Reps)
		case "hold", "window", "cap":
			d.Hold, _ = p.duration(line(k), key(k), v, time.Second, 10*time.Minute)
		case "rest":
			// Dose.Rest 0 means "the routine's rest", so a 0s override could not be told apart.
			if rest, ok := p.duration(line(k), key(k), v, 0, 10*time.Minute); ok && rest == 0 {
				p.errorf(line(k), key(k), `an exercise's rest must be at least 1s; for no rest, set the routine's rest = "0s"`)
			} else {
				d.Rest = rest
			}
		case "tempo":
			d.Tempo = p.tempo(line(k), key(k), v)
		case "acknowledge_caution":
			b, ok := v.(bool)
			if !ok {
				p.errorf(line(k), key(k), "must be true or false")
				b = true // one problem with this key is enough to report
			}
			it.CautionAcknowledged = b
		}
	}
	if found {
		p.checkDefaults(i, ex, t, d)
		if ex.Status.Flagged() && !it.CautionAcknowledged && !p.stored {
			at := line("id")
			if _, given := t["acknowledge_caution"]; given {
				at = line("acknowledge_caution")
			}
			p.errorf(at, key("acknowledge_caution"),
				"%s is %s; add acknowledge_caution = true only when a therapist prescribed it", ex.ID, ex.Status)
		}
	}
	it.Dose = d
	return it
}

// checkDefaults catches catalog doses a file could not have written, so every accepted routine
// writes back to a file that parses.
func (p *fileParser) checkDefaults(i int, ex Exercise, t map[string]any, d Dose) {
	bad := func(k string, ok bool, want string) {
		if _, given := t[k]; !given && !ok {
			p.errorf(p.loc.headerLine(i), fmt.Sprintf("exercise[%d].%s", i+1, k), "missing, and %s has no usable default; add %s = %s", ex.ID, k, want)
		}
	}
	bad("sets", d.Sets >= 1 && d.Sets <= 10, "1 to 10")
	if usesHold(ex.Measure) {
		bad(timeKey(ex.Measure), d.Hold >= time.Second && d.Hold <= 10*time.Minute && d.Hold%time.Second == 0, `"1s" to "10m"`)
	}
	if usesReps(ex.Measure) {
		bad("reps", d.Reps >= 1 && d.Reps <= 100, "1 to 100")
	}
}

// usesHold reports whether a measure takes a hold: a target, a per-rep hold or a cap.
func usesHold(m Measure) bool {
	switch m {
	case MeasureHold, MeasureHoldReps, MeasureMaxHold, MeasureStagedHolds, MeasureTimedReps, MeasureStopwatch:
		return true
	case MeasureReps:
		return false
	}
	return false
}

// usesReps reports whether a measure counts reps.
func usesReps(m Measure) bool {
	switch m {
	case MeasureReps, MeasureHoldReps:
		return true
	case MeasureHold, MeasureMaxHold, MeasureStagedHolds, MeasureTimedReps, MeasureStopwatch:
		return false
	}
	return false
}

// DoseKeyRule explains why the dose key k ("hold", "reps" or "tempo") does not apply to ex's
// measure, or returns "" when it does. Routine files and a therapist's dose changes follow it.
func DoseKeyRule(ex Exercise, k string) string {
	var ok bool
	var which string
	switch k {
	case "hold", "window", "cap":
		ok, which = timeKey(ex.Measure) == k, timeKeyUsers(k)
	case "reps":
		ok, which = usesReps(ex.Measure), "reps and hold-reps"
	case "tempo":
		ok, which = ex.Measure == MeasureReps, "reps"
	default:
		return ""
	}
	if ok {
		return ""
	}
	return fmt.Sprintf("%s is a %s exercise; %s applies only to %s exercises", ex.ID, ex.Measure, k, which)
}

// text checks a string value; multiline allows newlines and tabs, and turns CRLF into LF.
func (p *fileParser) text(line int, key string, v any, maxLen int, multiline bool) string {
	s, ok := v.(string)
	if !ok {
		p.errorf(line, key, "must be a string in quotes")
		return ""
	}
	if multiline {
		s = strings.ReplaceAll(s, "\r\n", "\n")
	}
	n := utf8.RuneCountInString(s)
	switch {
	case !multiline && n == 0:
		p.errorf(line, key, "must not be empty")
	case n > maxLen:
		p.errorf(line, key, "is %d characters long; at most %d", n, maxLen)
	}
	for _, r := range s {
		if UnsafeRune(r) && !(multiline && (r == '\n' || r == '\t')) {
			// Bidi controls too: they reorder how a name reads wherever it is printed.
			p.errorf(line, key, "contains the control character %U; remove it", r)
			break
		}
	}
	return s
}

func (p *fileParser) integer(line int, key string, v any, lo, hi int, def int) int {
	switch n := v.(type) {
	case int64:
		if n < int64(lo) || n > int64(hi) {
			p.errorf(line, key, "%d is out of range; use %d to %d", n, lo, hi)
			return def
		}
		return int(n)
	case float64:
		p.errorf(line, key, "must be a whole number")
	default:
		p.errorf(line, key, "must be a number without quotes, e.g. %s = %d", lastKey(key), lo)
	}
	return def
}

// lastKey is the last part of an error key: "sets" of "exercise[2].sets".
func lastKey(key string) string { return key[strings.LastIndexByte(key, '.')+1:] }

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
