package exercises

import (
	"bytes"
	"fmt"
	"hash/fnv"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Slug turns a routine name into an id: lowercase ASCII letters and digits, accents taken off
// ("Übungen" gives "ubungen"), runs of anything else as one hyphen, at most 40 characters, and
// "routine" when nothing is left. A name with letters or digits that have no ASCII form (朝の体操,
// Зарядка) also gets a short hash of the name, so two such routines do not share an id and one
// never replaces the other when saved.
func Slug(name string) string {
	var b strings.Builder
	gap, dropped := false, false
	for _, r := range norm.NFD.String(name) {
		if r >= 'A' && r <= 'Z' {
			r += 'a' - 'A'
		}
		if (r < 'a' || r > 'z') && (r < '0' || r > '9') {
			if unicode.Is(unicode.Mn, r) {
				continue // an accent, taken off its letter
			}
			dropped = dropped || unicode.IsLetter(r) || unicode.IsDigit(r)
			gap = true
			continue
		}
		if gap && b.Len() > 0 {
			b.WriteByte('-')
		}
		gap = false
		b.WriteRune(r)
	}
	limit := maxSlugLen
	if dropped {
		limit -= 7 // room for "-" and the hash
	}
	s := strings.TrimRight(b.String()[:min(b.Len(), limit)], "-")
	if s == "" {
		s = "routine"
	}
	if dropped {
		h := fnv.New32a()
		h.Write([]byte(name))
		s = fmt.Sprintf("%s-%06x", s, h.Sum32()&0xffffff)
	}
	return s
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
			fmt.Fprintf(&b, "%s = %s\n", timeKey(m), quote(FormatDuration(d.Hold)))
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
