package profile

import (
	"fmt"
	"sort"
	"strconv"
	"strings"

	"upright/exercises"
)

// The therapist types overrides and targets on one line each; these read and write those lines.

// ParseOverrides reads dose overrides written as "plank 3x20s, heel-raise 2x12, chin-tuck 1x8x5s":
// an exercise id, then sets, then reps and/or a hold in seconds (ending in s), joined by x. Reps on
// a hold and a hold on reps are refused as routine files refuse them; ValidateOverrides adds the
// rules that depend on the person.
func ParseOverrides(s string) (map[string]DoseOverride, error) {
	out := map[string]DoseOverride{}
	for _, part := range strings.Split(s, ",") {
		part = strings.TrimSpace(part)
		if part == "" {
			continue
		}
		id, dose, ok := strings.Cut(part, " ")
		if !ok {
			return nil, fmt.Errorf("%q: write an exercise id, a space and a dose such as 3x20s or 2x12", part)
		}
		ex, known := exercises.Lookup(id)
		if !known {
			return nil, fmt.Errorf("%q is not an exercise id; see the catalog", id)
		}
		o, err := parseDose(strings.TrimSpace(dose))
		if err != nil {
			return nil, fmt.Errorf("%s: %w", id, err)
		}
		if err := checkDose(ex, o); err != nil {
			return nil, err
		}
		out[id] = o
	}
	return out, nil
}

func parseDose(s string) (DoseOverride, error) {
	fields := strings.Split(strings.ToLower(s), "x")
	var o DoseOverride
	for i, f := range fields {
		hold := strings.HasSuffix(f, "s")
		n, err := strconv.Atoi(strings.TrimSuffix(f, "s"))
		if err != nil {
			return o, fmt.Errorf("%q is not a dose such as 3x20s or 2x12", s)
		}
		// A number ending in s is the hold, the first number without one the sets, any other the reps.
		into, most, limits := &o.Reps, 100, "%d reps: use 1 to 100"
		if hold {
			into, most, limits = &o.HoldSeconds, 600, "a %d s hold: use 1 to 600 seconds"
		} else if i == 0 {
			into, most, limits = &o.Sets, 10, "%d sets: use 1 to 10"
		}
		if n < 1 || n > most {
			return o, fmt.Errorf(limits, n)
		}
		*into = n
	}
	return o, nil
}

// FormatOverrides writes overrides the way ParseOverrides reads them, ids in order.
func FormatOverrides(o map[string]DoseOverride) string {
	ids := make([]string, 0, len(o))
	for id := range o {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	var parts []string
	for _, id := range ids {
		v := o[id]
		var d []string
		if v.Sets > 0 {
			d = append(d, strconv.Itoa(v.Sets))
		}
		if v.Reps > 0 {
			d = append(d, strconv.Itoa(v.Reps))
		}
		if v.HoldSeconds > 0 {
			d = append(d, strconv.Itoa(v.HoldSeconds)+"s")
		}
		parts = append(parts, id+" "+strings.Join(d, "x"))
	}
	return strings.Join(parts, ", ")
}

// ParseTargets reads weekly targets as four day counts: strength, balance, posture, stretch.
func ParseTargets(s string) (*WeeklyTargets, error) {
	f := strings.Fields(s)
	if len(f) == 0 {
		return nil, nil
	}
	if len(f) != 4 {
		return nil, fmt.Errorf("write four day counts: strength balance posture stretch, e.g. 2 7 7 2")
	}
	var n [4]int
	for i, v := range f {
		d, err := strconv.Atoi(v)
		if err != nil || d < 0 || d > 7 {
			return nil, fmt.Errorf("%q is not a number of days from 0 to 7", v)
		}
		n[i] = d
	}
	return &WeeklyTargets{StrengthDays: n[0], BalanceDays: n[1], PostureDays: n[2], StretchDays: n[3]}, nil
}

// FormatTargets writes targets the way ParseTargets reads them; "" for none.
func FormatTargets(t *WeeklyTargets) string {
	if t == nil {
		return ""
	}
	return fmt.Sprintf("%d %d %d %d", t.StrengthDays, t.BalanceDays, t.PostureDays, t.StretchDays)
}
