package figure

// The version 2 exercises and the fall-risk tests. Their ids may not be in the catalog yet; the
// drawings wait here for them.

// four-stage-balance-test: beside a counter, feet side by side, then semi-tandem, tandem, one
// leg: one pose a stance, in the order of the catalog's Stages, which the session steps through.
func fourStageSet() Set {
	hand := Arm{Shoulder: 35, Elbow: 50}
	together := with(standing(), func(p *Pose) { p.LeftArm = hand })
	counter := counterBeside(together)
	counter.X += 6 // the hand ready just short of it: the test is done without holding on
	semi := with(together, func(p *Pose) { p.LeftLeg, p.RightLeg = flat(0, 5, 0), flat(0, -5, 0) })
	tandem := with(together, func(p *Pose) { p.LeftLeg, p.RightLeg = flat(0, 9, 0), flat(0, -9, 0) })
	one := with(together, func(p *Pose) { p.RightLeg = Leg{Hip: 30, Knee: 70, Ankle: 20} })
	return Set{
		Start:   withProps(together, counter),
		Between: []Pose{withProps(semi, counter), withProps(tandem, counter)},
		End:     withProps(one, counter),
	}
}

// seated is upright on a chair against nothing, arms crossed on the chest, and the chair under it.
func seated() (Pose, Prop) {
	p := with(sitting(), func(p *Pose) { p.bothArms(Arm{Shoulder: 35, Elbow: 125}) })
	b := Place(p)
	return p, Prop{Kind: PropChair, X: b.Hip.X + 10, Y: b.Hip.Y - backPad - 1, W: -20}
}

// chair-stand-30s: arms crossed, from sitting to standing fully and back.
func chairStandSet() Set {
	sit, chair := seated()
	stand := with(standing(), func(p *Pose) { p.bothArms(sit.LeftArm) })
	return Set{Start: withProps(sit, chair), End: withProps(stand, chair)}
}

// timed-up-and-go: from the chair, up and walking at the usual pace.
func timedUpAndGoSet() Set {
	sit, chair := seated()
	sit.bothArms(Arm{Shoulder: 10, Elbow: 30})
	walk := with(standing(), func(p *Pose) {
		p.X = 22
		p.LeftLeg = flat(0, 22, 6)
		p.RightLeg = Leg{Hip: -15, Knee: 25, Ankle: 30}
		p.LeftArm, p.RightArm = Arm{Shoulder: -20, Elbow: 20}, Arm{Shoulder: 20, Elbow: 30}
	})
	return Set{Start: withProps(sit, chair), End: withProps(walk, chair)}
}

// tandem-stance: one foot straight in front of the other, a hand ready on the counter.
func tandemStanceSet() Set {
	start := with(standing(), func(p *Pose) { p.LeftArm = Arm{Shoulder: 35, Elbow: 50} })
	counter := counterBeside(start)
	end := with(start, func(p *Pose) { p.LeftLeg, p.RightLeg = flat(0, 9, 0), flat(0, -9, 0) })
	return Set{Start: withProps(start, counter), End: withProps(end, counter)}
}

// tandem-walk: heel-to-toe steps along a counter, the back foot swinging through.
func tandemWalkSet() Set {
	start := with(standing(), func(p *Pose) {
		p.LeftArm = Arm{Shoulder: 35, Elbow: 50}
		p.LeftLeg, p.RightLeg = flat(0, 9, 0), flat(0, -9, 0)
	})
	counter := counterBeside(start)
	counter.W = 60
	end := with(start, func(p *Pose) {
		p.LeftLeg = flat(0, 0, 0)
		p.RightLeg = Leg{Hip: 25, Knee: 45, Ankle: 10}
		p.X = 8
	})
	return Set{Start: withProps(start, counter), End: withProps(end, counter)}
}

// wall-push-up: hands on the wall at shoulder height, the body in one line bending at the
// elbows toward the wall.
func wallPushUpSet() Set {
	start := with(standing(), func(p *Pose) {
		p.Trunk = 18
		p.bothLegs(flat(18, 0, 0))
		p.bothArms(Arm{Shoulder: 72})
	})
	hand, _ := hands(start)
	wall := Prop{Kind: PropWall, X: hand.X + 1, Y: 110}
	end := with(start, func(p *Pose) {
		p.Trunk = 30
		p.bothLegs(flat(30, 0, 0))
	})
	return Set{Start: withProps(start, wall), End: withProps(reach(end, hand), wall)}
}

// band-row: a band tied in front at chest height, pulled back with the elbows, spine tall.
func bandRowSet() Set {
	start := with(standing(), func(p *Pose) { p.bothArms(Arm{Shoulder: 80}) })
	hand, _ := hands(start)
	band := Prop{Kind: PropBand, X: hand.X + 22, Y: hand.Y}
	end := with(start, func(p *Pose) { p.bothArms(Arm{Shoulder: -20, Elbow: 100}) })
	return Set{Start: withProps(start, band), End: withProps(end, band)}
}

// step-up: the left foot on a low step, then standing tall on it.
func stepUpSet() Set {
	start := with(standing(), func(p *Pose) { p.LeftLeg = flat(0, 55, 80) })
	b := Place(start)
	step := Prop{Kind: PropStep, X: b.Heel[0].X - 3, Y: b.Heel[0].Y, W: 26}
	end := with(standing(), func(p *Pose) {
		p.Ground = step.Y
		p.RightLeg = Leg{Hip: -5, Knee: 35, Ankle: 20}
	})
	return Set{Start: withProps(start, step), End: withProps(end, step), Side: SideLeft}
}

// bridge: on the back, knees bent, the hips lift until shoulders, hips and knees are in a line.
func bridgeSet() Set {
	arms := Arm{Shoulder: 0}
	start := with(lying(), func(p *Pose) { p.bothArms(arms) })
	end := with(start, func(p *Pose) {
		p.Trunk = -108
		p.bothLegs(Leg{Hip: 0, Knee: 108, Ankle: 0})
		p.bothArms(Arm{Shoulder: -18})
	})
	return Set{Start: start, End: end}
}

// heel-drop: up on the toes, then down onto the heels with soft knees: the bone-loading jolt.
func heelDropSet() Set {
	start := with(standing(), func(p *Pose) { p.bothLegs(Leg{Ankle: 45}) })
	end := with(standing(), func(p *Pose) { p.bothLegs(flat(0, 6, 12)) })
	return Set{Start: start, End: end}
}

// hip-hinge: a stick along the back touching head, upper back and tailbone; the hips go back and
// the trunk tilts forward as one piece.
func hipHingeSet() Set {
	stick := Prop{Kind: PropStick}
	hold := func(p *Pose) { p.bothArms(Arm{Shoulder: -20, Elbow: 40}) }
	start := with(standing(), hold)
	end := with(start, func(p *Pose) {
		p.Trunk = 42
		p.bothLegs(flat(42, 55, 18))
	})
	return Set{Start: withProps(start, stick), End: withProps(end, stick)}
}
