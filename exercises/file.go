package exercises

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/BurntSushi/toml"
)

// Limits of a routine file, from DESIGN.md.
const (
	maxFileSize       = 64 << 10
	maxItems          = 50
	maxNameLen        = 80
	maxDescriptionLen = 500
	maxSlugLen        = 40
)

// FileError is one problem in a routine file. Line is 1-based; Key is the TOML key at fault, with
// exercises numbered from 1 ("exercise[2].id"), or empty for whole-file and syntax problems.
type FileError struct {
	File string
	Line int
	Key  string
	Msg  string
}

// Error spells the problem as FILE:LINE: KEY: message, leaving out the key when there is none.
// Keys and parser messages can quote the file's own text, and the message goes to a terminal, so
// control and bidi characters are spelled as \uXXXX rather than passed through.
func (e *FileError) Error() string {
	var b strings.Builder
	b.WriteString(e.File)
	if e.Line > 0 {
		b.WriteString(":" + strconv.Itoa(e.Line))
	}
	b.WriteString(": ")
	if e.Key != "" {
		b.WriteString(e.Key + ": ")
	}
	b.WriteString(e.Msg)
	return escapeUnsafe(b.String())
}

// escapeUnsafe spells control characters and bidi controls as \uXXXX; everything else is kept.
func escapeUnsafe(s string) string {
	if strings.IndexFunc(s, unsafeRune) < 0 {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		if unsafeRune(r) {
			fmt.Fprintf(&b, "\\u%04x", r)
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// unsafeRune is a rune a terminal acts on rather than draws: control characters (ESC, BEL, NUL,
// C1) and the bidi controls that reorder a line.
func unsafeRune(r rune) bool {
	return unicode.IsControl(r) || (r >= 0x202A && r <= 0x202E) || (r >= 0x2066 && r <= 0x2069) ||
		r == 0x200E || r == 0x200F || r == 0x061C
}

// ReadRoutineFile reads and parses the routine file at path. It reads no more than the size limit,
// so a huge file costs nothing; errors name the path as given.
func ReadRoutineFile(path string) (Routine, error) {
	f, err := os.Open(path)
	if err != nil {
		return Routine{}, readError(path, err)
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, maxFileSize+1))
	if err != nil {
		return Routine{}, readError(path, err)
	}
	return ParseRoutine(path, data)
}

// pathError is a routine file that could not be read at all. It unwraps to the cause so callers can
// still ask errors.Is(err, fs.ErrNotExist).
type pathError struct {
	msg string
	err error
}

func (e *pathError) Error() string { return e.msg }
func (e *pathError) Unwrap() error { return e.err }

func readError(path string, err error) error {
	msg := path + ": cannot read: " + err.Error()
	var pe *fs.PathError
	switch {
	case errors.Is(err, fs.ErrNotExist):
		msg = path + ": no such file; check the path"
	case errors.As(err, &pe):
		msg = path + ": cannot read: " + pe.Err.Error()
	}
	return &pathError{msg: msg, err: err}
}

// ParseRoutine parses a routine file; file is the name used in errors. The routine's ID is the
// Slug of its name and its Source is SourceFile. Every key is checked; when there are several
// problems the returned error is a *FileError for the one on the earliest line, so that
// "upright routine check" prints one line.
//
// An exercise's sets, hold and reps default to the catalog's dose. Its tempo does not: no tempo
// means tapped reps, as the file format says. Its rest defaults to the routine's rest, which is
// what that top-level key is for; a rest of its own must be at least 1s, because Dose.Rest 0
// already means "the routine's rest". acknowledge_caution is accepted on any exercise, so a file
// stays valid if the catalog later changes an exercise's status.
func ParseRoutine(file string, data []byte) (Routine, error) {
	if fe := checkBytes(file, data); fe != nil {
		return Routine{}, fe
	}
	if fe := checkNesting(file, data); fe != nil {
		return Routine{}, fe
	}
	var doc map[string]any
	if _, err := toml.Decode(string(data), &doc); err != nil {
		return Routine{}, syntaxError(file, data, err)
	}
	p := &fileParser{file: file, loc: locate(data)}
	r := p.routine(doc)
	if len(p.errs) > 0 {
		sort.SliceStable(p.errs, func(i, j int) bool { return p.errs[i].Line < p.errs[j].Line })
		return Routine{}, p.errs[0]
	}
	return r, nil
}

// checkBytes does the whole-file checks the TOML parser does not do, or does without a line.
func checkBytes(file string, data []byte) *FileError {
	switch {
	case len(data) > maxFileSize:
		return &FileError{File: file, Line: 1, Msg: "file is larger than 64 KiB; a routine file is a short text file"}
	case len(bytes.TrimSpace(data)) == 0:
		return &FileError{File: file, Line: 1, Msg: "file is empty; a routine needs a name and at least one [[exercise]]"}
	}
	line := 1
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		switch {
		case r == 0:
			return &FileError{File: file, Line: line, Msg: "file contains a NUL byte; is it a text file?"}
		case r == utf8.RuneError && size == 1:
			return &FileError{File: file, Line: line, Msg: fmt.Sprintf("file is not valid UTF-8 (byte 0x%02x); save it as UTF-8", data[i])}
		case r == '\n':
			line++
		}
		i += size
	}
	return nil
}

// checkNesting rejects deeply nested values and keys of many parts before the TOML library sees
// them: no routine needs either, and the library's time grows faster than their size (a 40 KB file
// of nested inline tables takes it about 20 s). It counts outside strings and comments only.
func checkNesting(file string, data []byte) *FileError {
	const maxDepth, maxDots = 8, 8
	s := &scanner{src: data, line: 1}
	depth, dots := 0, 0
	for s.pos < len(data) {
		switch data[s.pos] {
		case '"', '\'':
			s.value()
			continue
		case '#':
			s.skipComment()
			continue
		case '\n':
			s.line++
			dots = 0
		case '[', '{':
			depth++
			dots = 0
		case ']', '}':
			depth = max(depth-1, 0)
			dots = 0
		case ',', '=':
			dots = 0
		case '.':
			dots++
		}
		if depth > maxDepth || dots > maxDots {
			return &FileError{File: file, Line: s.line, Msg: "nested too deep; a routine file needs only plain keys and [[exercise]] tables"}
		}
		s.pos++
	}
	return nil
}

func syntaxError(file string, data []byte, err error) *FileError {
	var pe toml.ParseError
	if !errors.As(err, &pe) {
		return &FileError{File: file, Line: 1, Msg: "TOML: " + err.Error()}
	}
	line := pe.Position.Line
	if line < 1 {
		// The parser leaves a few errors without a line; its byte offset is the next best thing.
		line = 1 + bytes.Count(data[:min(max(pe.Position.Start, 0), len(data))], []byte("\n"))
	}
	return &FileError{File: file, Line: line, Msg: "TOML syntax: " + strings.TrimSuffix(pe.Message, ".")}
}

// fileParser turns a decoded document into a Routine, collecting one error per bad key.
type fileParser struct {
	file string
	loc  *locator
	errs []*FileError
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
			if r.Name != "" && strings.TrimSpace(r.Name) == "" {
				p.errorf(line, k, "must not be blank")
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
		if !slices.Contains([]string{"sets", "hold", "reps", "tempo", "rest", "acknowledge_caution"}, k) {
			p.errorf(line(k), key(k), "unknown key; an exercise has id, sets, hold, reps, tempo, rest and acknowledge_caution")
			continue
		}
		if found {
			if msg := notApplies(ex, k); msg != "" {
				p.errorf(line(k), key(k), "%s", msg)
				continue
			}
		}
		switch k {
		case "sets":
			d.Sets = p.integer(line(k), key(k), v, 1, 10, d.Sets)
		case "reps":
			d.Reps = p.integer(line(k), key(k), v, 1, 100, d.Reps)
		case "hold":
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
			}
			it.CautionAcknowledged = b
		}
	}
	if found {
		p.checkDefaults(i, ex, t, d)
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
		bad("hold", d.Hold >= time.Second && d.Hold <= 10*time.Minute && d.Hold%time.Second == 0, `"1s" to "10m"`)
	}
	if usesReps(ex.Measure) {
		bad("reps", d.Reps >= 1 && d.Reps <= 100, "1 to 100")
	}
}

// usesHold reports whether a measure takes a hold: a target, a per-rep hold or a cap.
func usesHold(m Measure) bool {
	switch m {
	case MeasureHold, MeasureHoldReps, MeasureMaxHold:
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
	case MeasureHold, MeasureMaxHold:
		return false
	}
	return false
}

// notApplies explains why key k does not apply to ex's measure, or returns "".
func notApplies(ex Exercise, k string) string {
	var ok bool
	var which string
	switch k {
	case "hold":
		ok, which = usesHold(ex.Measure), "hold, hold-reps and max-hold"
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
		if unsafeRune(r) && !(multiline && (r == '\n' || r == '\t')) {
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

// duration checks a duration value; ok is false, and the duration 0, when there was an error.
func (p *fileParser) duration(line int, key string, v any, lo, hi time.Duration) (d time.Duration, ok bool) {
	s, isString := v.(string)
	if !isString {
		p.errorf(line, key, `must be a duration in quotes, e.g. %s = "20s"`, lastKey(key))
		return 0, false
	}
	d, err := parseDuration(s)
	if err != nil {
		p.errorf(line, key, "%v", err)
		return 0, false
	}
	if d < lo || d > hi {
		p.errorf(line, key, "%q is out of range; use %s to %s", s, FormatDuration(lo), FormatDuration(hi))
		return 0, false
	}
	return d, true
}

func (p *fileParser) tempo(line int, key string, v any) Tempo {
	s, ok := v.(string)
	up, down, split := strings.Cut(s, "/")
	if !ok || !split {
		p.errorf(line, key, `must be "up/down" in quotes, e.g. tempo = "3s/5s"`)
		return Tempo{}
	}
	var t Tempo
	for _, part := range []struct {
		d    *time.Duration
		s    string
		name string
	}{{&t.Up, up, "up"}, {&t.Down, down, "down"}} {
		d, err := parseDuration(part.s)
		switch {
		case err != nil:
			p.errorf(line, key, "%s: %v", part.name, err)
			return Tempo{}
		case d < time.Second || d > 30*time.Second:
			p.errorf(line, key, "%s %q is out of range; use 1s to 30s", part.name, part.s)
			return Tempo{}
		}
		*part.d = d
	}
	return t
}

// parseDuration reads the durations routine files use: whole seconds written with h, m and s, each
// at most once and in that order ("20s", "1m30s", "2m"). time.ParseDuration would also take "1.5s",
// "-3s" and "300ms", none of which a timer in whole seconds can honour.
func parseDuration(s string) (time.Duration, error) {
	const example = `write it like "20s", "1m30s" or "2m"`
	switch {
	case s == "":
		return 0, fmt.Errorf("empty duration; %s", example)
	case s[0] == '-':
		return 0, fmt.Errorf("%q is negative; %s", s, example)
	case strings.Trim(s, "0123456789") == "":
		return 0, fmt.Errorf("%q has no unit; %s", s, example)
	}
	var total time.Duration
	last := time.Duration(1 << 62)
	for i := 0; i < len(s); {
		j := i
		for j < len(s) && s[j] >= '0' && s[j] <= '9' {
			j++
		}
		if j == i || j-i > 6 || j == len(s) {
			return 0, fmt.Errorf("malformed duration %q; %s", s, example)
		}
		n, _ := strconv.Atoi(s[i:j])
		var unit time.Duration
		switch rest := s[j:]; {
		case rest[0] == '.', strings.HasPrefix(rest, "ms"), strings.HasPrefix(rest, "us"),
			strings.HasPrefix(rest, "µs"), strings.HasPrefix(rest, "ns"):
			return 0, fmt.Errorf("%q is not in whole seconds; %s", s, example)
		case rest[0] == 'h':
			unit = time.Hour
		case rest[0] == 'm':
			unit = time.Minute
		case rest[0] == 's':
			unit = time.Second
		default:
			return 0, fmt.Errorf("malformed duration %q; %s", s, example)
		}
		if unit >= last {
			return 0, fmt.Errorf("malformed duration %q; %s", s, example)
		}
		last = unit
		total += time.Duration(n) * unit
		i = j + 1
	}
	return total, nil
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

// Slug turns a routine name into an id: lowercase ASCII letters and digits, runs of anything else
// as one hyphen, at most 40 characters, and "routine" when nothing is left.
func Slug(name string) string {
	var b strings.Builder
	gap := false
	for _, r := range name {
		if r >= 'A' && r <= 'Z' {
			r += 'a' - 'A'
		}
		if (r < 'a' || r > 'z') && (r < '0' || r > '9') {
			gap = true
			continue
		}
		if gap && b.Len() > 0 {
			b.WriteByte('-')
		}
		gap = false
		b.WriteRune(r)
		if b.Len() >= maxSlugLen {
			break
		}
	}
	if s := strings.TrimRight(b.String()[:min(b.Len(), maxSlugLen)], "-"); s != "" {
		return s
	}
	return "routine"
}

// MarshalRoutine writes r in the routine file format. Every dose field its exercise's measure
// takes is written, so the file keeps its meaning if the catalog's start doses change; a routine
// that ParseRoutine accepted parses back to the same routine.
func MarshalRoutine(r Routine) []byte {
	var b bytes.Buffer
	fmt.Fprintf(&b, "name = %s\n", quote(r.Name))
	if r.Description != "" {
		fmt.Fprintf(&b, "description = %s\n", quote(r.Description))
	}
	fmt.Fprintf(&b, "get_ready = %s\n", quote(FormatDuration(r.GetReady)))
	fmt.Fprintf(&b, "rest = %s\n", quote(FormatDuration(r.Rest)))
	for _, it := range r.Items {
		m, d := it.Exercise.Measure, it.Dose
		fmt.Fprintf(&b, "\n[[exercise]]\nid = %s\n", quote(it.Exercise.ID))
		if d.Sets != 0 {
			fmt.Fprintf(&b, "sets = %d\n", d.Sets)
		}
		if usesHold(m) && d.Hold != 0 {
			fmt.Fprintf(&b, "hold = %s\n", quote(FormatDuration(d.Hold)))
		}
		if usesReps(m) && d.Reps != 0 {
			fmt.Fprintf(&b, "reps = %d\n", d.Reps)
		}
		if m == MeasureReps && d.Tempo.Paced() {
			fmt.Fprintf(&b, "tempo = %s\n", quote(d.Tempo.String()))
		}
		if d.Rest > 0 {
			fmt.Fprintf(&b, "rest = %s\n", quote(FormatDuration(d.Rest)))
		}
		if it.CautionAcknowledged {
			b.WriteString("acknowledge_caution = true\n")
		}
	}
	return b.Bytes()
}

// quote writes s as a TOML basic string. Invalid UTF-8 becomes U+FFFD, as TOML files are UTF-8.
func quote(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		switch r {
		case '"', '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case '\n':
			b.WriteString(`\n`)
		case '\t':
			b.WriteString(`\t`)
		case '\r':
			b.WriteString(`\r`)
		default:
			if unicode.IsControl(r) {
				fmt.Fprintf(&b, `\u%04X`, r)
			} else {
				b.WriteRune(r)
			}
		}
	}
	b.WriteByte('"')
	return b.String()
}

// locator knows the line of every key of a routine file. The TOML library keeps key positions to
// itself, and keeps one per key name, so every [[exercise]] table's "id" shares a single entry; a
// small scanner over the source, run only once the library has accepted it, fills the gap.
type locator struct {
	root    map[string]int // first line of each top-level key or table
	keys    map[exKey]int  // line of each key of each [[exercise]] table
	headers []int          // line of each [[exercise]] header
}

type exKey struct {
	table int
	key   string
}

func (l *locator) rootLine(k string) int {
	if line, ok := l.root[k]; ok {
		return line
	}
	return 1
}

func (l *locator) headerLine(i int) int {
	if i < len(l.headers) {
		return l.headers[i]
	}
	return 1
}

func (l *locator) exerciseLine(i int, k string) int {
	if line, ok := l.keys[exKey{i, k}]; ok {
		return line
	}
	return l.headerLine(i)
}

// locate scans valid TOML: headers, dotted and quoted keys, and values only far enough to skip
// them (strings of the four kinds, arrays and inline tables over several lines, comments).
func locate(src []byte) *locator {
	l := &locator{root: map[string]int{}, keys: map[exKey]int{}}
	s := &scanner{src: src, line: 1}
	if bytes.HasPrefix(src, []byte("\ufeff")) {
		s.pos = 3
	}
	var table []string
	add := func(line int, path []string) {
		if len(path) == 0 {
			return
		}
		if _, ok := l.root[path[0]]; !ok {
			l.root[path[0]] = line
		}
		if len(path) > 1 && path[0] == "exercise" && len(table) > 0 && table[0] == "exercise" && len(l.headers) > 0 {
			k := exKey{len(l.headers) - 1, path[1]}
			if _, ok := l.keys[k]; !ok {
				l.keys[k] = line
			}
		}
	}
	for {
		s.skipBlank()
		if s.pos >= len(src) {
			return l
		}
		line := s.line
		if src[s.pos] == '[' {
			array := s.at("[[")
			s.pos++
			if array {
				s.pos++
			}
			table = s.key()
			if array && len(table) == 1 && table[0] == "exercise" {
				l.headers = append(l.headers, line)
			}
			add(line, table)
			s.skipLine()
			continue
		}
		path := s.key()
		add(line, append(slices.Clip(table), path...))
		s.skipSpace()
		if s.pos < len(src) && src[s.pos] == '=' {
			s.pos++
			s.skipSpace()
			s.value()
		}
		s.skipLine()
	}
}

type scanner struct {
	src  []byte
	pos  int
	line int
}

func (s *scanner) at(prefix string) bool { return bytes.HasPrefix(s.src[s.pos:], []byte(prefix)) }

func (s *scanner) skipSpace() {
	for s.pos < len(s.src) && (s.src[s.pos] == ' ' || s.src[s.pos] == '\t') {
		s.pos++
	}
}

// skipBlank skips whitespace, newlines and comments.
func (s *scanner) skipBlank() {
	for s.pos < len(s.src) {
		switch s.src[s.pos] {
		case ' ', '\t', '\r':
			s.pos++
		case '\n':
			s.pos++
			s.line++
		case '#':
			s.skipComment()
		default:
			return
		}
	}
}

func (s *scanner) skipComment() {
	for s.pos < len(s.src) && s.src[s.pos] != '\n' {
		s.pos++
	}
}

// skipLine skips the rest of the line and its newline.
func (s *scanner) skipLine() {
	s.skipComment()
	if s.pos < len(s.src) {
		s.pos++
		s.line++
	}
}

// key reads a dotted key such as `a."b c".d`.
func (s *scanner) key() []string {
	var path []string
	for {
		s.skipSpace()
		if s.pos >= len(s.src) {
			return path
		}
		switch c := s.src[s.pos]; c {
		case '"':
			s.pos++
			raw := s.quoted('"', true)
			if k, err := strconv.Unquote(`"` + raw + `"`); err == nil {
				raw = k
			}
			path = append(path, raw)
		case '\'':
			s.pos++
			path = append(path, s.quoted('\'', false))
		default:
			start := s.pos
			for s.pos < len(s.src) && isBareKeyByte(s.src[s.pos]) {
				s.pos++
			}
			if s.pos == start {
				return path
			}
			path = append(path, string(s.src[start:s.pos]))
		}
		s.skipSpace()
		if s.pos >= len(s.src) || s.src[s.pos] != '.' {
			return path
		}
		s.pos++
	}
}

func isBareKeyByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-'
}

// quoted reads a one-line string after its opening quote, consumes the closing quote and returns
// the raw text between them.
func (s *scanner) quoted(q byte, escapes bool) string {
	start := s.pos
	for s.pos < len(s.src) && s.src[s.pos] != '\n' {
		c := s.src[s.pos]
		if escapes && c == '\\' && s.pos+1 < len(s.src) && s.src[s.pos+1] != '\n' {
			s.pos += 2
			continue
		}
		if c == q {
			s.pos++
			return string(s.src[start : s.pos-1])
		}
		s.pos++
	}
	return string(s.src[start:s.pos])
}

// multiline skips a multi-line string after its opening delimiter, counting lines.
func (s *scanner) multiline(delim string, escapes bool) {
	for s.pos < len(s.src) {
		switch c := s.src[s.pos]; {
		case escapes && c == '\\':
			s.pos++
			if s.pos < len(s.src) && s.src[s.pos] == '\n' {
				s.line++
			}
			s.pos++
		case s.at(delim):
			// A string may end in one or two quotes of its own kind: """a""""" is `a""`.
			s.pos += 3
			for n := 0; n < 2 && s.pos < len(s.src) && s.src[s.pos] == delim[0]; n++ {
				s.pos++
			}
			return
		case c == '\n':
			s.line++
			s.pos++
		default:
			s.pos++
		}
	}
}

// value skips a value. Scalars are left to skipLine, which also eats the time of "1979-05-27 07:32".
func (s *scanner) value() {
	switch {
	case s.pos >= len(s.src):
	case s.at(`"""`):
		s.pos += 3
		s.multiline(`"""`, true)
	case s.at(`'''`):
		s.pos += 3
		s.multiline(`'''`, false)
	case s.src[s.pos] == '"':
		s.pos++
		s.quoted('"', true)
	case s.src[s.pos] == '\'':
		s.pos++
		s.quoted('\'', false)
	case s.src[s.pos] == '[' || s.src[s.pos] == '{':
		s.nested()
	}
}

// nested skips an array or inline table, which may span lines and hold comments and strings.
func (s *scanner) nested() {
	depth := 0
	for s.pos < len(s.src) {
		switch c := s.src[s.pos]; c {
		case '[', '{':
			depth++
			s.pos++
		case ']', '}':
			depth--
			s.pos++
			if depth == 0 {
				return
			}
		case '#':
			s.skipComment()
		case '\n':
			s.line++
			s.pos++
		case '"', '\'':
			s.value()
		default:
			s.pos++
		}
	}
}
