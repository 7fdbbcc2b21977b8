package figure

import (
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

func TestInterpolate(t *testing.T) {
	a := Pose{Trunk: 0, LeftLeg: Leg{Hip: 10}, RightArm: Arm{Elbow: 90}, X: 0, Support: SupportFeet}
	b := Pose{Trunk: 40, LeftLeg: Leg{Hip: 90}, RightArm: Arm{Elbow: 30}, X: 10, Support: SupportSeat}
	for _, tc := range []struct {
		t                    float64
		trunk, hip, elbow, x float64
		support              Support
	}{
		{-1, 0, 10, 90, 0, SupportFeet},
		{0, 0, 10, 90, 0, SupportFeet},
		{0.25, 10, 30, 75, 2.5, SupportFeet},
		{0.5, 20, 50, 60, 5, SupportSeat},
		{1, 40, 90, 30, 10, SupportSeat},
		{2, 40, 90, 30, 10, SupportSeat},
	} {
		p := Interpolate(a, b, tc.t)
		if p.Trunk != tc.trunk || p.LeftLeg.Hip != tc.hip || p.RightArm.Elbow != tc.elbow || p.X != tc.x || p.Support != tc.support {
			t.Errorf("t=%v: trunk %v hip %v elbow %v x %v support %v, want %v %v %v %v %v",
				tc.t, p.Trunk, p.LeftLeg.Hip, p.RightArm.Elbow, p.X, p.Support, tc.trunk, tc.hip, tc.elbow, tc.x, tc.support)
		}
	}
}

// TestRenderIsPlainText: every line is exactly w cells of spaces and Braille patterns, nothing
// a terminal would interpret, and the figure is never empty.
func TestRenderIsPlainText(t *testing.T) {
	for _, id := range IDs() {
		s, _ := For(id)
		for _, size := range [][2]int{{12, 6}, {24, 12}, {60, 30}, {13, 7}} {
			rows := Render(s.End, size[0], size[1])
			if len(rows) != size[1] {
				t.Fatalf("%s at %dx%d: %d rows", id, size[0], size[1], len(rows))
			}
			dots := 0
			for _, r := range rows {
				if n := utf8.RuneCountInString(r); n != size[0] {
					t.Errorf("%s at %dx%d: a row of %d cells", id, size[0], size[1], n)
				}
				for _, c := range r {
					if c != ' ' && (c < 0x2800 || c > 0x28ff) {
						t.Errorf("%s: rune %U is not a space or a Braille pattern", id, c)
					}
					if c != ' ' {
						dots++
					}
				}
			}
			if dots < size[0] {
				t.Errorf("%s at %dx%d: only %d cells drawn", id, size[0], size[1], dots)
			}
		}
	}
	if got := Render(Pose{}, 0, 5); got != nil {
		t.Errorf("a zero-width block gave %q", got)
	}
}

// TestOtherSideIsMirrored: the right side of a sided exercise is the left side's drawing turned
// around, and turning twice gives the original.
func TestOtherSideIsMirrored(t *testing.T) {
	s, _ := For("single-leg-stand")
	r := s.For(SideRight)
	if r.Side != SideRight || !r.End.Mirror || r.End.RightLeg != s.End.LeftLeg {
		t.Fatalf("right side: side %v mirror %v right leg %+v", r.Side, r.End.Mirror, r.End.RightLeg)
	}
	left, right := Render(s.End, 24, 12), Render(r.End, 24, 12)
	if strings.Join(left, "\n") == strings.Join(right, "\n") {
		t.Error("the right side draws the same as the left")
	}
	if back := r.For(SideLeft); back.End.Mirror || back.End.LeftLeg != s.End.LeftLeg {
		t.Errorf("turned twice: mirror %v left leg %+v", back.End.Mirror, back.End.LeftLeg)
	}
}

func TestLayout(t *testing.T) {
	for _, tc := range []struct {
		name            string
		w, h, text, gap int
		wantW, wantH    int
		ok              bool
	}{
		{"80x24 beside 40 columns of text", 80, 24, 40, 2, 38, 19, true},
		{"wide terminal: height limits", 200, 24, 40, 2, 48, 24, true},
		{"just the minimum", 54, 6, 40, 2, 12, 6, true},
		{"one column short", 53, 6, 40, 2, 0, 0, false},
		{"too low", 120, 5, 40, 2, 0, 0, false},
		{"text takes everything", 40, 24, 40, 0, 0, 0, false},
	} {
		w, h, ok := Beside(tc.w, tc.h, tc.text, tc.gap)
		if w != tc.wantW || h != tc.wantH || ok != tc.ok {
			t.Errorf("%s: %d×%d %v, want %d×%d %v", tc.name, w, h, ok, tc.wantW, tc.wantH, tc.ok)
		}
		if ok && !Fits(w, h) {
			t.Errorf("%s: Beside gave %d×%d, which does not fit", tc.name, w, h)
		}
	}
	if w, h, ok := Below(40, 12, 5, 1); !ok || w != 12 || h != 6 {
		t.Errorf("below 5 rows of text in 40x12: %d×%d %v", w, h, ok)
	}
	if Fits(MinWidth-1, MinHeight) || Fits(MinWidth, MinHeight-1) || !Fits(MinWidth, MinHeight) {
		t.Error("Fits disagrees with MinWidth and MinHeight")
	}
}

func TestPair(t *testing.T) {
	s, _ := For("squat-to-chair")
	rows := Pair(s.Start, s.End, 50, 12)
	if len(rows) != 12 {
		t.Fatalf("%d rows", len(rows))
	}
	for i, r := range rows {
		if n := utf8.RuneCountInString(r); n != 50 {
			t.Errorf("row %d: %d cells", i, n)
		}
	}
	if !strings.Contains(rows[6], arrow) {
		t.Errorf("no arrow on the middle row: %q", rows[6])
	}
	if Pair(s.Start, s.End, 27, 12) != nil {
		t.Error("halves under the minimum width still drawn")
	}
}

// TestSVGMatchesRender: the SVG draws the same strokes as the terminal figure, plus the floor
// and the head.
func TestSVGMatchesRender(t *testing.T) {
	s, _ := For("plank")
	svg := SVG(s.End, 160, 160)
	want := len(shapeOf(s.End).lines) + 1
	if got := strings.Count(svg, "<line "); got != want {
		t.Errorf("%d lines, want %d", got, want)
	}
	for _, part := range []string{`<svg xmlns="http://www.w3.org/2000/svg" width="160" height="160"`, "<circle ", "currentColor", "</svg>"} {
		if !strings.Contains(svg, part) {
			t.Errorf("no %q in %s", part, svg)
		}
	}
	if strings.Contains(svg, "NaN") || strings.Contains(svg, "Inf") {
		t.Errorf("non-numbers in %s", svg)
	}
}

// TestPairSVG: both poses and the arrow, in one document.
func TestPairSVG(t *testing.T) {
	s, _ := For("squat-to-chair")
	svg := PairSVG(s.Start, s.End, 320, 160)
	want := len(shapeOf(s.Start).lines) + len(shapeOf(s.End).lines) + 2 + 3
	if got := strings.Count(svg, "<line "); got != want {
		t.Errorf("%d lines, want %d", got, want)
	}
	if got := strings.Count(svg, "<circle "); got != 2 {
		t.Errorf("%d heads, want 2", got)
	}
}

// TestSetAt passes through every pose of the set in order.
func TestSetAt(t *testing.T) {
	s, _ := For("four-stage-balance-test")
	ps := s.Poses()
	for i, p := range ps {
		got := s.At(float64(i) / float64(len(ps)-1))
		if got.LeftLeg != p.LeftLeg || got.RightLeg != p.RightLeg {
			t.Errorf("pose %d: legs %+v %+v, want %+v %+v", i, got.LeftLeg, got.RightLeg, p.LeftLeg, p.RightLeg)
		}
	}
	two, _ := For("squat-to-chair")
	if got, want := two.At(0.5).Trunk, (two.Start.Trunk+two.End.Trunk)/2; got != want {
		t.Errorf("half way: trunk %v, want %v", got, want)
	}
}

// TestStepLimitsChanges: over a phase the figure shows at most MaxChangesPerSecond different
// steps a second, and reaches the end pose.
func TestStepLimitsChanges(t *testing.T) {
	for _, d := range []time.Duration{3 * time.Second, 2 * time.Second, 500 * time.Millisecond, 100 * time.Millisecond} {
		seen := map[float64]bool{}
		const ticks = 1000
		for i := 0; i <= ticks; i++ {
			seen[Step(float64(i)/ticks, d)] = true
		}
		if limit := max(1, int(d.Seconds()*MaxChangesPerSecond)) + 1; len(seen) > limit {
			t.Errorf("%v phase: %d different steps, at most %d allowed", d, len(seen), limit)
		}
		if !seen[1] || !seen[0] {
			t.Errorf("%v phase: start or end pose never shown: %v", d, seen)
		}
	}
}

// TestPairArrowAtFiguresMiddle: lying figures side by side fill only the lower rows of a block;
// the arrow sits on a row they are drawn on, not above them.
func TestPairArrowAtFiguresMiddle(t *testing.T) {
	s, _ := For("dead-bug")
	rows := PairIn(s.Start, s.End, LayoutSide, 60, 14)
	at := -1
	for i, r := range rows {
		if strings.Contains(r, arrow) {
			at = i
		}
	}
	if at < 0 {
		t.Fatal("no arrow")
	}
	left := []rune(rows[at])[:(60-len(arrow))/2]
	if strings.TrimSpace(string(left)) == "" {
		t.Errorf("arrow on row %d, where the figures have no dots:\n%s", at, strings.Join(rows, "\n"))
	}
}

// TestPairStacksWideFigures: in a block taller than wide, lying figures go one above the other,
// each as long as the block is wide, with the arrow's row between; standing ones stay side by side.
func TestPairStacksWideFigures(t *testing.T) {
	s, _ := For("dead-bug")
	rows := Pair(s.Start, s.End, 36, 17)
	if len(rows) != 17 || strings.TrimSpace(rows[8]) != stackArrow {
		t.Fatalf("dead bug in 36x17 not stacked around row 8:\n%s", strings.Join(rows, "\n"))
	}
	inked := 0
	for _, r := range rows[:8] {
		if strings.TrimSpace(r) != "" {
			inked++
		}
	}
	if inked < MinHeight {
		t.Errorf("the start pose fills %d rows, want at least %d:\n%s", inked, MinHeight, strings.Join(rows, "\n"))
	}
	sq, _ := For("squat-to-chair")
	if got := Pair(sq.Start, sq.End, 36, 17); !strings.Contains(strings.Join(got, "\n"), arrow) {
		t.Errorf("squat to chair not side by side in 36x17:\n%s", strings.Join(got, "\n"))
	}
}

// TestWidthFollowsAspect: a lying figure needs more columns for its rows than a standing one.
func TestWidthFollowsAspect(t *testing.T) {
	lie, _ := For("dead-bug")
	stand, _ := For("single-leg-stand")
	if l, s := Width(FrameOf(lie.Poses()...), 8), Width(FrameOf(stand.Poses()...), 8); l <= 2*s {
		t.Errorf("8 rows: lying %d columns, standing %d", l, s)
	}
	if w := Width(FrameOf(stand.Poses()...), 1); w != MinWidth {
		t.Errorf("a one-row figure asks %d columns, want the minimum %d", w, MinWidth)
	}
}
