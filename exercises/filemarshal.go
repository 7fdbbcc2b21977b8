package exercises

import (
	"bytes"
	"fmt"
	"strings"
	"unicode"
)

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
