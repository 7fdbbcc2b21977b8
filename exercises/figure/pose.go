package figure

// View is the plane the figure is drawn in.
type View int

// The views. In the side view the person faces +x (right) unless the pose is mirrored; near and
// far limbs are drawn over each other. In the front view the person faces the viewer, the left
// limbs on the viewer's right.
const (
	ViewSide View = iota
	ViewFront
)

// Support says which part of the body carries the weight, and so how the figure is placed on
// the floor: the lowest point of the body always rests on the floor line.
type Support int

// The supports.
const (
	// SupportFeet: standing (or leaning on a counter or wall); the left ankle stays at x = 0, so
	// the feet stay planted while the rest of the body moves. A pose on one leg stands on the
	// left; the lifted leg is the right.
	SupportFeet Support = iota
	// SupportBack: lying; the hip stays at x = 0.
	SupportBack
	// SupportSeat: sitting; the hip stays at x = 0 and the chair in the props carries it.
	SupportSeat
)

// Side names a body side of a sided exercise.
type Side int

// The sides. SideNone is an exercise done with both sides at once.
const (
	SideNone Side = iota
	SideLeft
	SideRight
)

// Leg is one leg's joint angles in degrees. Hip flexion moves the thigh forward of the trunk
// line, knee flexion bends the shank back, ankle plantar flexion points the toes down. In the
// front view Hip is abduction (away from the midline) and Knee bends the shank back toward it.
type Leg struct {
	Hip, Knee, Ankle float64
}

// Arm is one arm's joint angles in degrees: shoulder flexion raises the upper arm forward
// (0 hanging along the trunk, 180 overhead), elbow flexion bends the forearm forward. In the
// front view Shoulder is abduction.
type Arm struct {
	Shoulder, Elbow float64
}

// Pose is one moment of an exercise: joint angles, how the body is supported, and the props
// around it. Angles are degrees; zero everywhere is standing tall, arms by the sides.
type Pose struct {
	View View
	// Trunk tilts the pelvis and lower back from upright: positive leans forward (the hinge of
	// a squat, the incline of a plank), -90 lies on the back with the head behind the hips.
	Trunk float64
	// Spine bends the upper back against the lower back: positive is flexion (rounding, as in a
	// crunch), negative extension. The osteoporosis rule keeps it near zero.
	Spine float64
	// Twist rotates the shoulders against the hips. It cannot be seen in a side view; the front
	// view narrows the shoulders. The osteoporosis rule keeps it near zero.
	Twist float64
	// Neck bends the head forward of the upper back's line (negative: head back).
	Neck     float64
	LeftLeg  Leg
	RightLeg Leg
	LeftArm  Arm
	RightArm Arm
	Support  Support
	// Ground is the height of the surface the lowest point rests on: 0 for the floor, a step's
	// or a balance dome's height when standing on one.
	Ground float64
	// X moves the whole figure along the floor after it is placed on its support: feet walked
	// back from a counter, a step forward.
	X float64
	// Props are the things around the person, in the same units as the body (a standing person
	// is about 100 tall). They are shared between the poses of a set and never changed.
	Props []Prop
	// Mirror draws the pose flipped left to right: the same exercise on the other side.
	Mirror bool
}

// Set is the poses of one exercise: at least a start and an end, with optional poses between
// them, all drawn in one frame. Side is the side the poses show for a sided exercise (SideNone
// otherwise): the standing leg of a balance pose, the moving limb of a core or stretch exercise.
// For gives the other side.
type Set struct {
	Start   Pose
	Between []Pose
	End     Pose
	Side    Side
}

// Poses returns the set's poses in order: start, those between, end.
func (s Set) Poses() []Pose {
	out := make([]Pose, 0, len(s.Between)+2)
	out = append(out, s.Start)
	out = append(out, s.Between...)
	return append(out, s.End)
}

// For returns the set for the given side: the same set when the side is the one drawn or the
// exercise is not sided, otherwise every pose with its limbs swapped and drawn mirrored, so the
// person is seen doing it on the other side.
func (s Set) For(side Side) Set {
	if s.Side == SideNone || side == SideNone || side == s.Side {
		return s
	}
	out := Set{Start: s.Start.Swapped(), End: s.End.Swapped(), Side: side}
	for _, p := range s.Between {
		out.Between = append(out.Between, p.Swapped())
	}
	return out
}

// Swapped returns the pose done on the other side: left and right limbs exchanged and the
// drawing mirrored.
func (p Pose) Swapped() Pose {
	p.LeftLeg, p.RightLeg = p.RightLeg, p.LeftLeg
	p.LeftArm, p.RightArm = p.RightArm, p.LeftArm
	p.Twist = -p.Twist
	p.Mirror = !p.Mirror
	return p
}

// Interpolate returns the pose a fraction t of the way from a to b (t is clamped to 0..1):
// every joint angle moves linearly. View, props and mirroring are a's; the support is a's until
// half way, then b's.
func Interpolate(a, b Pose, t float64) Pose {
	t = min(max(t, 0), 1)
	lerp := func(x, y float64) float64 { return x + (y-x)*t }
	legs := func(x, y Leg) Leg {
		return Leg{lerp(x.Hip, y.Hip), lerp(x.Knee, y.Knee), lerp(x.Ankle, y.Ankle)}
	}
	arms := func(x, y Arm) Arm { return Arm{lerp(x.Shoulder, y.Shoulder), lerp(x.Elbow, y.Elbow)} }
	out := a
	out.Trunk = lerp(a.Trunk, b.Trunk)
	out.Spine = lerp(a.Spine, b.Spine)
	out.Twist = lerp(a.Twist, b.Twist)
	out.Neck = lerp(a.Neck, b.Neck)
	out.Ground = lerp(a.Ground, b.Ground)
	out.X = lerp(a.X, b.X)
	out.LeftLeg, out.RightLeg = legs(a.LeftLeg, b.LeftLeg), legs(a.RightLeg, b.RightLeg)
	out.LeftArm, out.RightArm = arms(a.LeftArm, b.LeftArm), arms(a.RightArm, b.RightArm)
	if t >= 0.5 {
		out.Support = b.Support
	}
	return out
}
