package figure

import "math"

// PropKind is a kind of thing drawn around the person.
type PropKind int

// The props. X, Y and W of a Prop mean, per kind:
const (
	// PropFloor is the floor line under the whole frame; X, Y and W are unused.
	PropFloor PropKind = iota
	// PropCounter is a kitchen counter: its near edge at X, its top at height Y, W deep (the sign
	// says which way it extends).
	PropCounter
	// PropWall is a wall (or door frame) at X, Y high.
	PropWall
	// PropChair is a chair: the seat's front edge at X, seat height Y, W deep (signed), the back
	// rest rising at the far edge.
	PropChair
	// PropStep is a low step: near edge at X, height Y, W deep (signed).
	PropStep
	// PropBand is an elastic band tied at (X, Y) and held in the left hand.
	PropBand
	// PropStrap is a strap from the left hand around the left foot.
	PropStrap
	// PropStick is a stick held along the back, touching the head, upper back and tailbone.
	PropStick
	// PropDome is a balance dome centred at X, Y high and W wide, stood on.
	PropDome
)

// Prop is one thing around the person, in world units (see PropKind for what X, Y and W mean).
type Prop struct {
	Kind    PropKind
	X, Y, W float64
}

// propStrokes appends the lines of every prop except the floor, which spans the frame and is
// drawn by the caller.
func propStrokes(dst []segment, props []Prop, b *Body) []segment {
	for _, p := range props {
		switch p.Kind {
		case PropFloor:
		case PropCounter:
			dst = append(dst, segment{Point{p.X, p.Y}, Point{p.X + p.W, p.Y}}, segment{Point{p.X, p.Y}, Point{p.X, 0}})
		case PropWall:
			dst = append(dst, segment{Point{p.X, 0}, Point{p.X, p.Y}})
		case PropChair:
			back := p.X + p.W
			dst = append(dst, segment{Point{p.X, p.Y}, Point{back, p.Y}}, segment{Point{p.X, p.Y}, Point{p.X, 0}},
				segment{Point{back, 0}, Point{back, p.Y * 1.9}})
		case PropStep:
			dst = append(dst, segment{Point{p.X, 0}, Point{p.X, p.Y}}, segment{Point{p.X, p.Y}, Point{p.X + p.W, p.Y}},
				segment{Point{p.X + p.W, p.Y}, Point{p.X + p.W, 0}})
		case PropBand:
			dst = append(dst, segment{Point{p.X, p.Y}, b.Hand[0]}, segment{Point{p.X, p.Y - 3}, Point{p.X, p.Y + 3}})
		case PropStrap:
			dst = append(dst, segment{b.Hand[0], b.Toe[0]})
		case PropStick:
			along := Point{b.Head.X - b.Hip.X, b.Head.Y - b.Hip.Y}
			n := math.Hypot(along.X, along.Y)
			along = Point{along.X / n, along.Y / n}
			behind := Point{-along.Y, along.X} // the back side when facing +x
			// Off the spine line by the head's radius: the stick touches the back of the head.
			from := b.Hip.add(behind, b.HeadR).add(along, -6)
			to := b.Hip.add(behind, b.HeadR).add(along, n+b.HeadR+4)
			dst = append(dst, segment{from, to})
		case PropDome:
			const steps = 8
			prev := Point{p.X - p.W/2, 0}
			for i := 1; i <= steps; i++ {
				s, c := math.Sincos(math.Pi * float64(i) / steps)
				q := Point{p.X - c*p.W/2, s * p.Y}
				dst = append(dst, segment{prev, q})
				prev = q
			}
			dst = append(dst, segment{Point{p.X - p.W/2, 0}, Point{p.X + p.W/2, 0}})
		}
	}
	return dst
}

// hasFloor reports whether the props include the floor.
func hasFloor(props []Prop) bool {
	for _, p := range props {
		if p.Kind == PropFloor {
			return true
		}
	}
	return false
}
