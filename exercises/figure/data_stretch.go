package figure

// Stretches and posture work. Stretches go to mild tension only; none bends the spine forward.

// chest-stretch: forearms on a door frame at shoulder height (seen from the side they point
// back and up), one foot steps through until the chest opens.
func chestStretchSet() Set {
	arms := Arm{Shoulder: -80, Elbow: -100}
	start := with(standing(), func(p *Pose) { p.bothArms(arms) })
	_, elbow := hands(start)
	frame := Prop{Kind: PropWall, X: elbow.X - 1, Y: 110}
	end := with(start, func(p *Pose) {
		p.LeftLeg = flat(0, 25, 10)
		p.RightLeg = Leg{Hip: -12, Knee: 5, Ankle: -8}
		p.bothArms(Arm{Shoulder: -95, Elbow: -85})
	})
	_, e2 := hands(end)
	end.X = elbow.X - e2.X
	return Set{Start: withProps(start, frame), End: withProps(end, frame)}
}

// hip-flexor-stretch: holding a counter, the left foot steps back and the body shifts forward
// with the trunk upright, stretching the front of the back hip.
func hipFlexorSet() Set {
	start := atCounter()
	counter := counterBeside(start)
	counter.X += 10
	end := with(start, func(p *Pose) {
		p.LeftLeg = Leg{Hip: -20, Knee: 8, Ankle: -10}
		p.RightLeg = flat(0, 32, 32)
	})
	target := Point{counter.X + 2, counter.Y}
	return Set{Start: withProps(reach(start, target), counter), End: withProps(reach(end, target), counter), Side: SideLeft}
}

// calf-stretch: hands on a wall, the left leg straight behind with the heel down, leaning in.
func calfStretchSet() Set {
	end := with(standing(), func(p *Pose) {
		p.Trunk = 22
		p.LeftLeg = flat(22, 0, 0)
		p.RightLeg = flat(22, 50, 42)
		p.bothArms(Arm{Shoulder: 75, Elbow: 25})
	})
	hand, _ := hands(end)
	wall := Prop{Kind: PropWall, X: hand.X + 1, Y: 110}
	start := walkTo(with(standing(), func(p *Pose) { p.Trunk = 6 }), Point{wall.X - 1, hand.Y + 4})
	return Set{Start: withProps(start, wall), End: withProps(end, wall), Side: SideLeft}
}

// hamstring-stretch: on the back, a strap round the left foot, the leg raised until the back of
// the thigh feels a mild stretch; no forward bend anywhere.
func hamstringSet() Set {
	strap := Prop{Kind: PropStrap}
	start := with(lying(), func(p *Pose) {
		p.LeftLeg = Leg{Hip: 70, Knee: 70}
		p.bothArms(Arm{Shoulder: 60, Elbow: 10})
	})
	end := with(start, func(p *Pose) {
		p.LeftLeg = Leg{Hip: 75, Knee: 5}
		p.bothArms(Arm{Shoulder: 80, Elbow: 10})
	})
	return Set{Start: withProps(start, strap), End: withProps(end, strap), Side: SideLeft}
}

// back-extension: hands on the hips, the chest lifts a little: a small range, not a backbend.
func backExtensionSet() Set {
	hips := Arm{Shoulder: -25, Elbow: 110}
	start := with(standing(), func(p *Pose) { p.bothArms(hips) })
	end := with(start, func(p *Pose) { p.Spine, p.Neck = -18, -6 })
	return Set{Start: start, End: end}
}

// chin-tuck: from the head poking forward to the chin drawn straight back over the shoulders.
func chinTuckSet() Set {
	start := with(standing(), func(p *Pose) { p.Neck = 32 })
	end := with(start, func(p *Pose) { p.Neck = -4 })
	return Set{Start: start, End: end}
}

// shoulder-blade-squeeze: elbows bent at the sides, drawn gently back and down.
func shoulderBladeSet() Set {
	start := with(standing(), func(p *Pose) { p.bothArms(Arm{Shoulder: 10, Elbow: 90}) })
	end := with(start, func(p *Pose) { p.bothArms(Arm{Shoulder: -25, Elbow: 90}) })
	return Set{Start: start, End: end}
}

// back-extensor-hold: on the back, knees bent, head and shoulders pressed gently down with the
// arms along the floor.
func backExtensorSet() Set {
	// An isometric press: only the head's small nod back into the floor shows.
	start := lying()
	end := with(start, func(p *Pose) { p.Neck = -8 })
	return Set{Start: start, End: end}
}
