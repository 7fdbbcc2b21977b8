package figure

import (
	"math"
	"time"
)

// MaxChangesPerSecond caps how often a moving figure is redrawn: smooth enough to follow, and
// few enough that a slow terminal or ssh link writes little.
const MaxChangesPerSecond = 8

// At returns the pose a fraction t (0 to 1) of the way through the set, passing through its
// poses in order at equal spacing: a paced rep shows At(f) in its first phase and At(1-f) in
// its second, f being the fraction of the phase gone.
func (s Set) At(t float64) Pose {
	if len(s.Between) == 0 {
		return Interpolate(s.Start, s.End, t)
	}
	ps := s.Poses()
	t = min(max(t, 0), 1)
	x := t * float64(len(ps)-1)
	i := min(int(x), len(ps)-2)
	return Interpolate(ps[i], ps[i+1], x-float64(i))
}

// Step rounds the fraction f of a phase lasting d down to a step the figure may show, so it
// changes at most MaxChangesPerSecond times a second; a screen redraws the figure only when
// Step's answer changes. The end of the phase (f = 1) is always a step of its own.
func Step(f float64, d time.Duration) float64 {
	f = min(max(f, 0), 1)
	steps := math.Floor(d.Seconds() * MaxChangesPerSecond)
	if steps < 1 || f == 1 {
		return math.Floor(f)
	}
	return math.Floor(f*steps) / steps
}
