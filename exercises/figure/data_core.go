package figure

// Core exercises. Every recommended pose keeps the spine neutral (Spine and Twist near zero);
// a hinge or an incline tilts the whole trunk instead.

// plank: forearms on a counter, body in one line from ear to ankle; it starts standing at the
// counter with the hands on its edge.
func plankSet() Set {
	end := with(standing(), func(p *Pose) {
		p.Trunk = 58
		p.bothLegs(Leg{Ankle: -30})
		p.bothArms(Arm{Shoulder: 58, Elbow: 90})
	})
	_, elbow := hands(end)
	counter := Prop{Kind: PropCounter, X: elbow.X - 3, Y: elbow.Y - 2, W: 30}
	end = withProps(end, counter)
	start := walkTo(withProps(with(standing(), func(p *Pose) {
		p.Trunk = 30
		p.bothLegs(Leg{Ankle: -12})
	}), counter), Point{counter.X + 3, counter.Y})
	return Set{Start: start, End: end}
}

// side-plank: side-on to a wall seen from the front, forearm up the wall, the body leaning into
// one straight line from head to feet.
func sidePlankSet() Set {
	lean := func(t float64) Pose {
		return with(standing(), func(p *Pose) {
			p.View = ViewFront
			p.Trunk = t
			p.LeftArm = Arm{Shoulder: 90 - t, Elbow: 90}
			p.RightArm = Arm{Shoulder: 10}
			p.LeftLeg = Leg{Hip: 0}
			p.RightLeg = Leg{Hip: 4}
		})
	}
	end := lean(18)
	hand, elbow := hands(end)
	wall := Prop{Kind: PropWall, X: max(hand.X, elbow.X) + 2, Y: 110}
	start := lean(6)
	// Side-on at the wall with the forearm already on it; then the lean.
	h2, e2 := hands(start)
	start.X = wall.X - 2 - max(h2.X, e2.X)
	return Set{Start: withProps(start, wall), End: withProps(end, wall), Side: SideLeft}
}

// dead-bug: on the back, knees bent, arms to the ceiling; one leg straightens away as the
// opposite arm reaches overhead, the head staying down.
func deadBugSet() Set {
	start := with(lying(), func(p *Pose) {
		p.bothLegs(Leg{Hip: 90, Knee: 90})
		p.bothArms(Arm{Shoulder: 90})
	})
	end := with(start, func(p *Pose) {
		p.LeftLeg = Leg{Hip: 25, Knee: 5}
		p.RightArm = Arm{Shoulder: 165}
	})
	return Set{Start: start, End: end, Side: SideLeft}
}

// mountain-climber: hands on a counter in a plank line; one knee comes slowly in and back.
// The poses show the right knee coming in.
func mountainClimberSet() Set {
	start := with(standing(), func(p *Pose) {
		p.Trunk = 55
		p.bothLegs(Leg{Ankle: -30})
		p.bothArms(Arm{Shoulder: 80})
	})
	hand, _ := hands(start)
	counter := Prop{Kind: PropCounter, X: hand.X - 3, Y: hand.Y, W: 30}
	start = withProps(start, counter)
	// The right knee comes in: the planted foot is the left, which placement keeps still.
	end := with(start, func(p *Pose) { p.RightLeg = Leg{Hip: 70, Knee: 120, Ankle: 10} })
	return Set{Start: start, End: end, Side: SideRight}
}

// bicycle-crunch is drawn as it is done, shoulders curled and twisted, because that is what the
// card warns against; it is flagged not recommended, the only set allowed outside the spine rule.
func bicycleCrunchSet() Set {
	start := with(lying(), func(p *Pose) {
		p.bothLegs(Leg{Hip: 90, Knee: 90})
		p.bothArms(Arm{Shoulder: 160, Elbow: 140})
		p.Spine, p.Neck = 30, 20
	})
	end := with(start, func(p *Pose) {
		p.LeftLeg = Leg{Hip: 120, Knee: 110}
		p.RightLeg = Leg{Hip: 30, Knee: 5}
		p.Spine, p.Twist = 40, 35
	})
	return Set{Start: start, End: end}
}
