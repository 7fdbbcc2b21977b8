package figure

import (
	"math"
	"slices"
	"strings"
	"testing"

	"upright/exercises"
)

// movers name the part of the body each paced exercise trains: the part a person following the
// figure must see move between the rep's two phases.
var movers = map[string]func(b Body) Point{
	"heel-raise":       func(b Body) Point { return b.Heel[0] },
	"heel-drop":        func(b Body) Point { return b.Heel[0] },
	"squat-to-chair":   func(b Body) Point { return b.Hip },
	"bosu-squat":       func(b Body) Point { return b.Hip },
	"hip-hinge":        func(b Body) Point { return b.Shoulder },
	"step-up":          func(b Body) Point { return b.Hip },
	"bridge":           func(b Body) Point { return b.Hip },
	"dead-bug":         func(b Body) Point { return b.Ankle[0] },
	"mountain-climber": func(b Body) Point { return b.Knee[1] },
	"back-extension":   func(b Body) Point { return b.Head },
	"wall-push-up":     func(b Body) Point { return b.Shoulder },
	"band-row":         func(b Body) Point { return b.Hand[0] },
}

// minMoveDots is how far, in Braille dots, the trained part must move between a paced rep's
// phases in the ordinary session view's figure (about 10 rows): a full cell row, so the change
// is more than one dot flickering.
const minMoveDots = 4

// TestPacedMovementReads: in every paced exercise the part the exercise trains moves at least a
// cell row's worth of dots between start and end, drawn at the session view's size in the frame
// a moving figure uses: heels rise in a heel raise, hips lower in a squat.
func TestPacedMovementReads(t *testing.T) {
	var ids []string
	for _, e := range exercises.Catalog() {
		if e.Measure == exercises.MeasureReps && e.Dose.Tempo.Paced() {
			ids = append(ids, e.ID)
		}
	}
	slices.Sort(ids)
	for _, id := range ids {
		part, ok := movers[id]
		if !ok {
			t.Errorf("%s is paced but names no moving part in movers", id)
			continue
		}
		s, _ := For(id)
		f := FrameOf(s.Poses()...)
		const h = 10
		w := Width(f, h)
		m := newMapping(f, 2*w, 4*h)
		x0, y0 := m.dot(part(Place(s.Start)))
		x1, y1 := m.dot(part(Place(s.End)))
		if d := math.Hypot(float64(x1-x0), float64(y1-y0)); d < minMoveDots {
			t.Errorf("%s: the trained part moves %.1f dots at %dx%d, want at least %d", id, d, w, h, minMoveDots)
		}
	}
}

// TestHeelsRiseInAHeelRaise: the heel raise's heels rise clearly off the floor, by at least
// a full cell row at the session view's size, so the rise reads as the heels' and not only the head's.
func TestHeelsRiseInAHeelRaise(t *testing.T) {
	s, _ := For("heel-raise")
	a, b := Place(s.Start), Place(s.End)
	if rise := b.Heel[0].Y - a.Heel[0].Y; rise < 10 {
		t.Errorf("heels rise %.1f units, want at least 10", rise)
	}
	f := FrameOf(s.Poses()...)
	m := newMapping(f, 2*Width(f, 10), 40)
	if _, y0 := m.dot(a.Heel[0]); true {
		if _, y1 := m.dot(b.Heel[0]); y0-y1 < minMoveDots {
			t.Errorf("heels rise %d dots, want at least %d", y0-y1, minMoveDots)
		}
	}
}

// TestFourStagesDiffer: the 4-stage balance test has one pose a stance, feet side by side,
// semi-tandem, tandem and one leg, and each draws differently from every other at the session
// view's size.
func TestFourStagesDiffer(t *testing.T) {
	e, _ := exercises.Lookup(exercises.FourStageTestID)
	s, _ := For(e.ID)
	if n := len(s.Poses()); n != len(e.Stages) {
		t.Fatalf("%d poses for %d stances", n, len(e.Stages))
	}
	f := FrameOf(s.Poses()...)
	seen := map[string]int{}
	for i := range e.Stages {
		// The session shows stance i as the set's pose that far through it (Set.At).
		drawn := strings.Join(RenderIn(s.At(float64(i)/float64(len(e.Stages)-1)), f, Width(f, 10), 10), "\n")
		if j, ok := seen[drawn]; ok {
			t.Errorf("stance %d (%s) draws the same as stance %d (%s)", i+1, e.Stages[i], j+1, e.Stages[j])
		}
		seen[drawn] = i
	}
}
