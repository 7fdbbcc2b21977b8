package exercises

import (
	"bytes"
	"slices"
	"strconv"
)

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
