package figure

import "math"

// Point is a place in the figure's world: x forward (or to the viewer's right in the front
// view), y up, the floor at y = 0. A standing person is about 100 units tall.
type Point struct{ X, Y float64 }

// Segment lengths and widths in world units, from adult proportions scaled to a height of 100.
const (
	thighLen     = 24.0
	shankLen     = 24.0
	footLen      = 13.0 // ankle to toe
	heelLen      = 3.0  // ankle back to heel
	ankleHeight  = 3.0
	lowBackLen   = 15.0
	upBackLen    = 15.0
	neckLen      = 4.0
	headR        = 7.0
	upperArmLen  = 17.0
	forearmLen   = 21.0 // elbow to fingertips
	hipHalf      = 7.0  // front view
	shoulderHalf = 11.0
	// backPad is the body's thickness behind the spine line: lying, the spine rests this far
	// above the floor, so the drawn line does not sink into it.
	backPad = 5.0
)

// Body is a pose's joints placed in the world. Index 0 of each pair is the left side.
type Body struct {
	Hip, Mid, Shoulder, Head Point // Head is the centre of the head circle
	HeadR                    float64
	HipJoint, ShoulderJoint  [2]Point // differ from Hip and Shoulder only in the front view
	Knee, Ankle, Heel, Toe   [2]Point
	Elbow, Hand              [2]Point
}

// dir is the unit vector at angle a degrees from straight up, positive toward +x.
func dir(a float64) Point {
	s, c := math.Sincos(a * math.Pi / 180)
	return Point{s, c}
}

func (p Point) add(q Point, k float64) Point { return Point{p.X + q.X*k, p.Y + q.Y*k} }

// Place puts the pose's joints in the world: joint angles chained from the hip, then the whole
// body moved so its lowest point rests on the ground and its support stays at x = 0. The pose is
// not mirrored here; drawing does that.
func Place(p Pose) Body {
	var b Body
	b.HeadR = headR
	b.Mid = Point{}.add(dir(p.Trunk), lowBackLen)
	up := p.Trunk + p.Spine
	b.Shoulder = b.Mid.add(dir(up), upBackLen)
	head := up + p.Neck
	b.Head = b.Shoulder.add(dir(head), neckLen+headR)

	front := p.View == ViewFront
	across := dir(p.Trunk + 90)
	shoulderAcross := dir(up + 90)
	twist := math.Cos(p.Twist * math.Pi / 180)
	legs := [2]Leg{p.LeftLeg, p.RightLeg}
	arms := [2]Arm{p.LeftArm, p.RightArm}
	for i := range 2 {
		s := 1.0
		if front && i == 1 {
			s = -1
		}
		if front {
			b.HipJoint[i] = b.Hip.add(across, s*hipHalf)
			b.ShoulderJoint[i] = b.Shoulder.add(shoulderAcross, s*shoulderHalf*twist)
		} else {
			b.HipJoint[i], b.ShoulderJoint[i] = b.Hip, b.Shoulder
		}
		l := legs[i]
		thigh := p.Trunk + 180 - s*l.Hip
		shank := thigh + s*l.Knee
		b.Knee[i] = b.HipJoint[i].add(dir(thigh), thighLen)
		b.Ankle[i] = b.Knee[i].add(dir(shank), shankLen)
		if front {
			// Seen from the front a foot is a short stroke under the ankle.
			foot := dir(shank + s*90)
			b.Heel[i] = b.Ankle[i].add(dir(shank), ankleHeight).add(foot, -heelLen)
			b.Toe[i] = b.Heel[i].add(foot, heelLen*2)
		} else {
			foot := dir(shank - 90 + l.Ankle)
			sole := b.Ankle[i].add(dir(shank), ankleHeight)
			b.Heel[i] = sole.add(foot, -heelLen)
			b.Toe[i] = sole.add(foot, footLen)
		}
		a := arms[i]
		upper := up + 180 - s*a.Shoulder
		b.Elbow[i] = b.ShoulderJoint[i].add(dir(upper), upperArmLen)
		b.Hand[i] = b.Elbow[i].add(dir(upper-s*a.Elbow), forearmLen)
	}

	// The lowest point rests on the ground; the spine and head carry their thickness.
	low := math.Inf(1)
	for _, q := range []Point{b.Hip.add(Point{0, -backPad}, 1), b.Mid.add(Point{0, -backPad}, 1),
		b.Shoulder.add(Point{0, -backPad}, 1), b.Head.add(Point{0, -headR}, 1)} {
		low = min(low, q.Y)
	}
	for i := range 2 {
		for _, q := range []Point{b.Knee[i], b.Heel[i], b.Toe[i], b.Elbow[i], b.Hand[i]} {
			low = min(low, q.Y)
		}
	}
	anchor := b.Hip.X
	if p.Support == SupportFeet {
		anchor = b.Ankle[0].X
	}
	b.move(Point{p.X - anchor, p.Ground - low})
	return b
}

// move shifts every joint by d.
func (b *Body) move(d Point) {
	for _, q := range []*Point{&b.Hip, &b.Mid, &b.Shoulder, &b.Head} {
		*q = q.add(d, 1)
	}
	for i := range 2 {
		for _, q := range []*Point{&b.HipJoint[i], &b.ShoulderJoint[i], &b.Knee[i], &b.Ankle[i],
			&b.Heel[i], &b.Toe[i], &b.Elbow[i], &b.Hand[i]} {
			*q = q.add(d, 1)
		}
	}
}

// segment is one straight stroke of the drawing.
type segment struct{ a, b Point }

// strokes returns the body's lines: trunk in two parts, neck, legs, feet and arms.
func (b *Body) strokes(dst []segment) []segment {
	neckBase := b.Head.add(Point{b.Shoulder.X - b.Head.X, b.Shoulder.Y - b.Head.Y}, b.HeadR/dist(b.Head, b.Shoulder))
	dst = append(dst, segment{b.Hip, b.Mid}, segment{b.Mid, b.Shoulder}, segment{b.Shoulder, neckBase})
	if b.HipJoint[0] != b.HipJoint[1] {
		dst = append(dst, segment{b.HipJoint[0], b.HipJoint[1]}, segment{b.ShoulderJoint[0], b.ShoulderJoint[1]})
	}
	for i := range 2 {
		dst = append(dst,
			segment{b.HipJoint[i], b.Knee[i]}, segment{b.Knee[i], b.Ankle[i]}, segment{b.Heel[i], b.Toe[i]},
			segment{b.ShoulderJoint[i], b.Elbow[i]}, segment{b.Elbow[i], b.Hand[i]})
	}
	return dst
}

func dist(p, q Point) float64 { return math.Hypot(p.X-q.X, p.Y-q.Y) }
