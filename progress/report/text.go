package report

import (
	"fmt"
	"html"
	"strconv"
	"strings"
	"time"

	"upright/exercises"
	"upright/progress"
	"upright/session/record"
)

// flagTexts lists what made a session flagged, one short line each.
func flagTexts(r record.Record) []string {
	var out []string
	if r.Status == record.StatusStopped {
		out = append(out, "stopped at check-in")
	}
	if r.Checkin.Fall {
		out = append(out, "a fall since the last session")
	}
	for _, id := range r.Checkin.RedFlags {
		out = append(out, "red flag: "+id)
	}
	for _, f := range r.Flags {
		s := f.Kind
		if f.Exercise != "" {
			s += " (" + exerciseName(f.Exercise) + ")"
		}
		if f.Detail != "" {
			s += ": " + f.Detail
		}
		out = append(out, s)
	}
	if r.Checkout != nil {
		for _, rep := range r.Checkout.Reports {
			for _, x := range []struct {
				on   bool
				what string
			}{{rep.SharpPain, "sharp pain"}, {rep.Dizziness, "dizziness"}, {rep.BalanceLoss, "loss of balance"}} {
				if x.on {
					out = append(out, x.what+" ("+exerciseName(rep.Exercise)+")")
				}
			}
		}
	}
	return out
}

// flagContext is what else a therapist needs to read a flag: the pain around it and how much of
// the session was done.
func flagContext(r record.Record) string {
	s := "pain " + strconv.Itoa(r.Checkin.Pain)
	if r.Checkout != nil {
		s += " → " + strconv.Itoa(r.Checkout.Pain) + ", effort " + strconv.Itoa(r.Checkout.Effort)
	}
	s += fmt.Sprintf(", %d of %d sets", r.SetsDone(), r.SetsPlanned())
	if m := r.Checkin.Morning; m != "" {
		s += ", morning after the last session: " + string(m)
	}
	return s
}

func exerciseName(id string) string {
	if ex, ok := exercises.Lookup(id); ok {
		return ex.Name
	}
	return id
}

// clean strips what must never reach a report from user text, line by line: exercises.CleanText's
// control characters (terminal escapes among them) and bidirectional overrides and isolates, which
// can make text read differently from what it is. Newlines are kept; invalid UTF-8 becomes U+FFFD.
func clean(s string) string {
	lines := strings.Split(strings.ToValidUTF8(s, "\uFFFD"), "\n")
	for i, l := range lines {
		lines[i] = exercises.CleanText(l)
	}
	return strings.Join(lines, "\n")
}

// esc makes user text safe for HTML and SVG (XML) text and attribute values.
func esc(s string) string { return html.EscapeString(clean(s)) }

func day(t time.Time, loc *time.Location) string { return t.In(loc).Format("2006-01-02") }

func stamp(t time.Time, loc *time.Location) string { return t.In(loc).Format("2006-01-02 15:04") }

func num(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }

// one spells a score or a mean with one decimal at most: "3", "2.5".
func one(v float64) string { return num(float64(int64(v*10+0.5)) / 10) }

// mean spells a mean score, or a dash when nothing was counted.
func mean(m progress.Mean) string {
	if v, ok := m.Value(); ok {
		return one(v)
	}
	return "–"
}

// secs spells seconds with one decimal at most.
func secs(v float64) string { return strconv.FormatFloat(v, 'f', 1, 64) + " s" }

func signed(v float64) string {
	s := strconv.FormatFloat(v, 'f', 1, 64)
	if v >= 0 {
		s = "+" + s
	}
	return s + " s"
}

// periodText spells the period as local dates, Until being exclusive.
func (d reportData) periodText() (from, to string) {
	from = "the first session"
	if !d.in.Since.IsZero() {
		from = day(d.in.Since, d.loc)
	} else if d.summary.Sessions > 0 {
		from = day(d.summary.First, d.loc)
	}
	return from, day(d.end, d.loc)
}

// spanText names a row of weeks: "week 3, from 2026-11-18" or "weeks 1–13, 2026-01-05 to
// 2026-04-05", numbered from first's week.
func spanText(s progress.Span, first time.Time, loc *time.Location) string {
	n := int(s.Start.Sub(first).Hours()/24+0.5)/7 + 1
	last := s.End.AddDate(0, 0, -1)
	if s.Weeks == 1 {
		return fmt.Sprintf("week %d, from %s", n, day(s.Start, loc))
	}
	return fmt.Sprintf("weeks %d–%d, %s to %s", n, n+s.Weeks-1, day(s.Start, loc), day(last, loc))
}

// value spells a trend value with its unit.
func (t trend) value(v float64) string {
	if t.reps {
		return exercises.Count(int(v), "rep", "reps")
	}
	return secs(v)
}

func pointsMax(ps []progress.Point) float64 {
	m := 0.0
	for _, p := range ps {
		m = max(m, p.Value)
	}
	return m
}

// note is the session's check-out note, or "".
func note(r record.Record) string {
	if r.Checkout == nil {
		return ""
	}
	return r.Checkout.Note
}

// hoursMinutes spells a duration as "1 h 05 min" or "15 min".
func hoursMinutes(d time.Duration) string {
	m := int(d.Round(time.Minute) / time.Minute)
	if m < 60 {
		return strconv.Itoa(m) + " min"
	}
	return fmt.Sprintf("%d h %02d min", m/60, m%60)
}

// doseText spells a dose as "3 × 10 s" or "2 × 8 reps, hold 5s".
func doseText(d exercises.Dose) string {
	var parts []string
	if d.Reps > 0 {
		parts = append(parts, fmt.Sprintf("%d × %d reps", max(d.Sets, 1), d.Reps))
		if d.Hold > 0 {
			parts = append(parts, "hold "+exercises.FormatDuration(d.Hold))
		}
	} else {
		parts = append(parts, fmt.Sprintf("%d × %s", max(d.Sets, 1), exercises.FormatDuration(d.Hold)))
	}
	return strings.Join(parts, ", ")
}

// status spells a session's outcome for the sessions table.
func status(r record.Record) string {
	if r.Status != record.StatusStopped && r.SetsDone() == 0 {
		return r.Status + ", no set done"
	}
	return r.Status
}
