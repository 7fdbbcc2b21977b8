package figure

// Lower body and balance exercises, standing at a counter, a wall or a chair.

// counterBeside returns a counter whose near edge is under the pose's hand: a hand rests on it.
func counterBeside(p Pose) Prop {
	hand, _ := hands(p)
	return Prop{Kind: PropCounter, X: hand.X - 2, Y: hand.Y, W: 30}
}

// atCounter is standing tall with both hands forward on a counter.
func atCounter() Pose {
	return with(standing(), func(p *Pose) { p.bothArms(Arm{Shoulder: 35, Elbow: 50}) })
}

// heel-raise: holding a counter, rise onto the balls of the feet and lower slowly.
func heelRaiseSet() Set {
	start := atCounter()
	counter := counterBeside(start)
	end := with(start, func(p *Pose) { p.bothLegs(Leg{Ankle: 50}) })
	return Set{Start: withProps(start, counter), End: withProps(reach(end, Point{counter.X + 2, counter.Y}), counter)}
}

// wall-sit: back on the wall, feet forward, slid down a little onto an imaginary high stool;
// hips stay above the knees.
func wallSitSet() Set {
	lean := func(hip, knee float64) Pose {
		return with(standing(), func(p *Pose) {
			p.Trunk = -6
			p.bothLegs(flat(p.Trunk, hip, knee))
		})
	}
	start, end := lean(22, 16), lean(55, 60)
	wall := Prop{Kind: PropWall, X: Place(end).Shoulder.X - backPad, Y: 105}
	// Both poses keep the upper back on the wall: the feet stay, the back slides.
	start.X = wall.X + backPad - Place(start).Shoulder.X
	return Set{Start: withProps(start, wall), End: withProps(end, wall)}
}

// squat-to-chair: hips back first, chest up, spine long, down until the seat is touched, hips
// still above the knees.
func squatToChairSet() Set {
	end := with(standing(), func(p *Pose) {
		p.Trunk = 38
		p.bothLegs(flat(p.Trunk, 100, 80))
		p.bothArms(Arm{Shoulder: 95})
	})
	b := Place(end)
	// The seat's front edge stays under the thighs, so hips above knees reads at a glance.
	chair := Prop{Kind: PropChair, X: b.Hip.X + 6, Y: b.Hip.Y - backPad - 1, W: -18}
	return Set{Start: withProps(standing(), chair), End: withProps(end, chair)}
}

// single-leg-stand: one hand on a counter, the other leg lifted with the knee bent.
func singleLegStandSet() Set {
	start := with(standing(), func(p *Pose) { p.LeftArm = Arm{Shoulder: 35, Elbow: 50} })
	counter := counterBeside(start)
	end := with(start, func(p *Pose) { p.RightLeg = Leg{Hip: 45, Knee: 80, Ankle: 20} })
	return Set{Start: withProps(start, counter), End: withProps(end, counter), Side: SideLeft}
}

// bosu-squat (therapist-only): a shallow squat on a balance dome, both hands on a counter.
func bosuSquatSet() Set {
	const dome = 10
	start := with(atCounter(), func(p *Pose) { p.Ground = dome })
	counter := counterBeside(start)
	props := []Prop{counter, {Kind: PropDome, X: 5, Y: dome, W: 40}}
	end := with(start, func(p *Pose) {
		p.Trunk = 20
		p.bothLegs(flat(20, 70, 80))
	})
	return Set{Start: withProps(start, props...), End: withProps(reach(end, Point{counter.X + 2, counter.Y}), props...)}
}

// single-leg-stance-test: arms crossed on the chest beside a counter, one leg lifted.
func stanceTestSet() Set {
	crossed := Arm{Shoulder: 35, Elbow: 125}
	start := with(standing(), func(p *Pose) { p.bothArms(crossed) })
	counter := counterBeside(with(start, func(p *Pose) { p.bothArms(Arm{Shoulder: 35, Elbow: 50}) }))
	counter.X += 6
	end := with(start, func(p *Pose) { p.RightLeg = Leg{Hip: 30, Knee: 70, Ankle: 20} })
	return Set{Start: withProps(start, counter), End: withProps(end, counter), Side: SideLeft}
}
