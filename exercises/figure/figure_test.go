package figure

import (
	"reflect"
	"slices"
	"strings"
	"testing"

	"upright/exercises"
)

// versionTwo are the exercises of the clinical review's version 2; their poses are here before
// the catalog has them.
var versionTwo = []string{
	"four-stage-balance-test", "chair-stand-30s", "timed-up-and-go",
	"tandem-stance", "tandem-walk", "wall-push-up", "band-row", "step-up", "bridge", "heel-drop", "hip-hinge",
}

// TestEveryExerciseHasPoses lists every catalog id (and version 2 id) without poses, so a new
// exercise names what it is missing.
func TestEveryExerciseHasPoses(t *testing.T) {
	var missing []string
	for _, id := range append(exercises.IDs(), versionTwo...) {
		s, ok := For(id)
		if !ok {
			missing = append(missing, id)
			continue
		}
		if reflect.DeepEqual(s.Start, s.End) {
			t.Errorf("%s: start and end poses are the same; draw how the exercise moves or is entered", id)
		}
	}
	if len(missing) > 0 {
		t.Errorf("no start and end poses for %s: add them to the sets map", strings.Join(missing, ", "))
	}
}

// TestSidedExercisesHaveASide: a sided exercise says which side its poses show, so For can draw
// the other one; an exercise done with both sides at once has none.
func TestSidedExercisesHaveASide(t *testing.T) {
	for _, e := range exercises.Catalog() {
		s, ok := For(e.ID)
		if !ok {
			continue // reported by TestEveryExerciseHasPoses
		}
		if e.Sided != (s.Side != SideNone) {
			t.Errorf("%s: sided %v but poses drawn for side %v", e.ID, e.Sided, s.Side)
		}
	}
}

// allPoses returns every pose of a set on both sides and half way between its poses, the
// frames a paced rep shows.
func allPoses(s Set) []Pose {
	var out []Pose
	for _, side := range []Set{s, s.For(SideRight)} {
		ps := side.Poses()
		out = append(out, ps...)
		for i := 1; i < len(ps); i++ {
			out = append(out, Interpolate(ps[i-1], ps[i], 0.5))
		}
	}
	return out
}

// TestSpineStaysNeutral is the osteoporosis rule: no recommended exercise is drawn with the
// spine flexed or twisted beyond the limits, in any pose or between poses.
func TestSpineStaysNeutral(t *testing.T) {
	ids := IDs()
	slices.Sort(ids)
	for _, id := range ids {
		if flagged(id) {
			continue
		}
		s, _ := For(id)
		for i, p := range allPoses(s) {
			if !p.Neutral() {
				t.Errorf("%s pose %d: spine %.0f°, twist %.0f°: outside the neutral limits (flexion %.0f°, extension %.0f°, twist %.0f°)",
					id, i, p.Spine, p.Twist, NeutralFlexion, NeutralExtension, NeutralTwist)
			}
		}
	}
}

// TestFlaggedCrunchIsDrawnAsDone keeps the rule honest: the not-recommended crunch is drawn
// curled and twisted, and Neutral says so.
func TestFlaggedCrunchIsDrawnAsDone(t *testing.T) {
	s, _ := For("bicycle-crunch")
	if s.End.Neutral() {
		t.Errorf("bicycle crunch end pose counts as neutral (spine %.0f°, twist %.0f°)", s.End.Spine, s.End.Twist)
	}
}

// TestSquatToChairHinges: the squat that replaces deep squats hinges (trunk tilted forward, hips
// back behind the feet) and stops with the hips above the knees, just over the seat.
func TestSquatToChairHinges(t *testing.T) {
	s, _ := For("squat-to-chair")
	b := Place(s.End)
	for i := range 2 {
		if b.Hip.Y <= b.Knee[i].Y {
			t.Errorf("hip at %.1f, knee %d at %.1f: hips must stay above the knees", b.Hip.Y, i, b.Knee[i].Y)
		}
		if b.Hip.X >= b.Ankle[i].X {
			t.Errorf("hip at x %.1f, ankle %d at %.1f: the hips go back first", b.Hip.X, i, b.Ankle[i].X)
		}
	}
	if s.End.Trunk < 20 || !s.End.Neutral() {
		t.Errorf("trunk tilt %.0f°, spine %.0f°: a hinge tilts the trunk forward with the spine long", s.End.Trunk, s.End.Spine)
	}
	var chair *Prop
	for i := range s.End.Props {
		if s.End.Props[i].Kind == PropChair {
			chair = &s.End.Props[i]
		}
	}
	if chair == nil {
		t.Fatal("no chair in the squat to chair")
	}
	lo, hi := min(chair.X, chair.X+chair.W), max(chair.X, chair.X+chair.W)
	if b.Hip.X < lo || b.Hip.X > hi || b.Hip.Y < chair.Y || b.Hip.Y > chair.Y+backPad+4 {
		t.Errorf("hip at (%.1f, %.1f), seat from %.1f to %.1f at %.1f: the hips touch the seat lightly", b.Hip.X, b.Hip.Y, lo, hi, chair.Y)
	}
}

// TestFloorShows: every pose stands or lies on a drawn floor, and the catalog's floor exercises
// show it as a full line along the bottom row at every size.
func TestFloorShows(t *testing.T) {
	for _, id := range IDs() {
		s, _ := For(id)
		for i, p := range s.Poses() {
			if !hasFloor(p.Props) {
				t.Errorf("%s pose %d has no floor", id, i)
			}
		}
	}
	for _, e := range exercises.Catalog() {
		s, ok := For(e.ID)
		if !ok || !e.Floor {
			continue
		}
		for _, size := range [][2]int{{24, 12}, {12, 6}, {60, 30}} {
			for i, p := range s.Poses() {
				rows := Render(p, size[0], size[1])
				bottom := []rune(rows[len(rows)-1])
				if n := len(bottom) - strings.Count(string(bottom), " "); n < len(bottom) {
					t.Errorf("%s pose %d at %dx%d: floor covers %d of %d cells", e.ID, i, size[0], size[1], n, len(bottom))
				}
			}
		}
	}
}

// flagged reports whether the catalog flags the exercise (not recommended, therapist only): those
// are drawn as they are done, outside the safety rules the figures otherwise show.
func flagged(id string) bool {
	e, ok := exercises.Lookup(id)
	return ok && e.Status.Flagged()
}

// TestLyingRestsOnTheFloor: a recommended pose supported on the back keeps the head on the floor:
// "head down" in the dead bug, never a curl-up.
func TestLyingRestsOnTheFloor(t *testing.T) {
	for _, id := range IDs() {
		if flagged(id) {
			continue
		}
		s, _ := For(id)
		for i, p := range s.Poses() {
			if p.Support != SupportBack {
				continue
			}
			b := Place(p)
			if got := b.Head.Y - b.HeadR; got > 0.5 {
				t.Errorf("%s pose %d: head %.1f above the floor; the head stays down", id, i, got)
			}
		}
	}
}
