package exercises

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/BurntSushi/toml"
)

// Limits of a routine file: generous for any real routine, small enough that a hostile file cannot
// flood a screen or the database.
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
	if strings.IndexFunc(s, UnsafeRune) < 0 {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		if UnsafeRune(r) {
			fmt.Fprintf(&b, "\\u%04x", r)
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
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
// Slug of its name and its Source is SourceFile. Every key is checked, and every problem found is
// returned as FileErrors in line order (at most MaxFileErrors of them); a file the TOML parser
// cannot read gives its one syntax error.
//
// An exercise's sets, hold and reps default to the catalog's dose. Its tempo does not: no tempo
// means tapped reps, as the file format says. Its rest defaults to the routine's rest, which is
// what that top-level key is for; a rest of its own must be at least 1s, because Dose.Rest 0
// already means "the routine's rest". A not-recommended or therapist-only exercise needs
// acknowledge_caution = true: the file says a therapist placed it knowingly. The key is accepted
// on any exercise, so a file stays valid if the catalog later drops an exercise's flag.
func ParseRoutine(file string, data []byte) (Routine, error) {
	return parse(file, data, false)
}

// ParseStored parses a routine saved in the database. Its rules are ParseRoutine's except one:
// a flagged exercise without acknowledge_caution is accepted, because routines saved before that
// rule must still open. The session shows the exercise's caution before it either way.
func ParseStored(file string, data []byte) (Routine, error) {
	return parse(file, data, true)
}

func parse(file string, data []byte, stored bool) (Routine, error) {
	if fe := checkBytes(file, data); fe != nil {
		return Routine{}, FileErrors{fe}
	}
	if fe := checkNesting(file, data); fe != nil {
		return Routine{}, FileErrors{fe}
	}
	var doc map[string]any
	if _, err := toml.Decode(string(data), &doc); err != nil {
		return Routine{}, FileErrors{syntaxError(file, data, err)}
	}
	p := &fileParser{file: file, loc: locate(data), stored: stored}
	r := p.routine(doc)
	if len(p.errs) > 0 {
		sort.SliceStable(p.errs, func(i, j int) bool { return p.errs[i].Line < p.errs[j].Line })
		return Routine{}, fileErrors(file, p.errs)
	}
	return r, nil
}

// checkBytes does the whole-file checks the TOML parser does not do, or does without a line.
func checkBytes(file string, data []byte) *FileError {
	if len(data) > maxFileSize {
		return &FileError{File: file, Line: 1, Msg: "file is larger than 64 KiB; a routine file is a short text file"}
	}
	if len(bytes.TrimSpace(data)) == 0 {
		return &FileError{File: file, Line: 1, Msg: "file is empty; a routine needs a name and at least one [[exercise]]"}
	}
	line := 1
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		if r == 0 {
			return &FileError{File: file, Line: line, Msg: "file contains a NUL byte; is it a text file?"}
		}
		if r == utf8.RuneError && size == 1 {
			return &FileError{File: file, Line: line, Msg: fmt.Sprintf("file is not valid UTF-8 (byte 0x%02x); save it as UTF-8", data[i])}
		}
		if r == '\n' {
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
