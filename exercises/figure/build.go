package figure

import "math"

// The helpers here build the pose data: a few base positions, and props placed where a pose
// puts a hand or a hip, so the drawing's contacts are computed rather than guessed.

// floorOnly is the props of an exercise with nothing but the floor.
var floorOnly = []Prop{{Kind: PropFloor}}

// standing is the base of every standing pose: upright, knees soft.
func standing() Pose { return Pose{Props: floorOnly} }

// lying is on the back, knees bent and feet flat, arms by the sides.
func lying() Pose {
	bent := Leg{Hip: 50, Knee: 100, Ankle: 40}
	return Pose{Trunk: -90, Support: SupportBack, LeftLeg: bent, RightLeg: bent, Props: floorOnly}
}

// sitting is upright on a chair with the feet under the knees.
func sitting() Pose {
	sit := Leg{Hip: 90, Knee: 90}
	return Pose{Support: SupportFeet, LeftLeg: sit, RightLeg: sit}
}

// flat is a leg at the given hip and knee flexion with the foot flat on the floor, for a trunk
// tilted by trunk (side view).
func flat(trunk, hip, knee float64) Leg { return Leg{Hip: hip, Knee: knee, Ankle: hip - trunk - knee} }

// with returns p changed by f: poses are written as a base and what differs from it.
func with(p Pose, f func(*Pose)) Pose {
	f(&p)
	return p
}

// withProps returns p with its props replaced.
func withProps(p Pose, props ...Prop) Pose {
	p.Props = append([]Prop{{Kind: PropFloor}}, props...)
	return p
}

// bothArms sets both arms to a.
func (p *Pose) bothArms(a Arm) { p.LeftArm, p.RightArm = a, a }

// bothLegs sets both legs to l.
func (p *Pose) bothLegs(l Leg) { p.LeftLeg, p.RightLeg = l, l }

// reach bends both arms (as far as they go) so the hands come to target: two-segment inverse
// kinematics, elbow bending the natural way. It keeps a pose's hands on a counter or wall that
// another pose of the set placed.
func reach(p Pose, target Point) Pose {
	b := Place(p)
	s := b.Shoulder
	dx, dy := target.X-s.X, target.Y-s.Y
	d := min(math.Hypot(dx, dy), upperArmLen+forearmLen-0.01)
	toward := math.Atan2(dx, dy) * 180 / math.Pi
	cosA := (upperArmLen*upperArmLen + d*d - forearmLen*forearmLen) / (2 * upperArmLen * d)
	a := math.Acos(max(-1, min(1, cosA))) * 180 / math.Pi
	up := p.Trunk + p.Spine
	// Bending the elbow forward (flexion) puts the upper arm on the lower side of the line to
	// the target when facing +x.
	upper := toward + a
	elbow := s.add(dir(upper), upperArmLen)
	fore := math.Atan2(target.X-elbow.X, target.Y-elbow.Y) * 180 / math.Pi
	arm := Arm{Shoulder: norm(up + 180 - upper), Elbow: norm(upper - fore)}
	p.LeftArm, p.RightArm = arm, arm
	return p
}

// walkTo moves the feet (X) and the arms so the left hand rests on target: the body keeps its
// lean and its legs, as when a person walks the feet back from a counter.
func walkTo(p Pose, target Point) Pose {
	for range 4 {
		p = reach(p, target)
		hand, _ := hands(p)
		p.X += target.X - hand.X
	}
	return reach(p, target)
}

// norm brings an angle into -180..180.
func norm(a float64) float64 {
	a = math.Mod(a+180, 360)
	if a < 0 {
		a += 360
	}
	return a - 180
}

// hands returns where the pose puts the left hand and elbow.
func hands(p Pose) (hand, elbow Point) {
	b := Place(p)
	return b.Hand[0], b.Elbow[0]
}
