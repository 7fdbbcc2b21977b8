package exercises

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

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
		if err != nil {
			p.errorf(line, key, "%s: %v", part.name, err)
			return Tempo{}
		}
		if d < time.Second || d > 30*time.Second {
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
	if s == "" {
		return 0, fmt.Errorf("empty duration; %s", example)
	}
	if s[0] == '-' {
		return 0, fmt.Errorf("%q is negative; %s", s, example)
	}
	if strings.Trim(s, "0123456789") == "" {
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
		rest := s[j:]
		if rest[0] == '.' || strings.HasPrefix(rest, "ms") || strings.HasPrefix(rest, "us") ||
			strings.HasPrefix(rest, "µs") || strings.HasPrefix(rest, "ns") {
			return 0, fmt.Errorf("%q is not in whole seconds; %s", s, example)
		}
		unit, ok := durationUnits[rest[0]]
		if !ok || unit >= last {
			return 0, fmt.Errorf("malformed duration %q; %s", s, example)
		}
		last = unit
		total += time.Duration(n) * unit
		i = j + 1
	}
	return total, nil
}

// durationUnits are the units a routine file's durations may use, by their letter.
var durationUnits = map[byte]time.Duration{'h': time.Hour, 'm': time.Minute, 's': time.Second}
