package figure

import "math"

// The spine rule's limits in degrees. Osteoporosis guidance avoids bending the spine forward to
// end range, twisting, and the two together (Too Fit To Fracture, 2014): a recommended pose may
// tilt the whole trunk (hinge, incline, lying) but bends and twists the spine itself only this
// much. Extension has a little more room for the standing back extension's small lift.
const (
	NeutralFlexion   = 10.0
	NeutralExtension = 20.0
	NeutralTwist     = 10.0
)

// Neutral reports whether the pose keeps the spine neutral by the limits above.
func (p Pose) Neutral() bool {
	return p.Spine <= NeutralFlexion && p.Spine >= -NeutralExtension && math.Abs(p.Twist) <= NeutralTwist
}
