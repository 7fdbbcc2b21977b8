package figure

import (
	"strconv"
	"strings"
)

// svgStroke is the line width in world units: about a finger's width on a 100-unit person.
const svgStroke = 2.5

// SVG draws the pose as an inline SVG w × h pixels, framed on the pose alone, from the same
// geometry as Render. Lines use currentColor, so the figure takes the text colour of the page
// around it (and prints). The caller names the exercise beside it; the drawing is decorative.
func SVG(p Pose, w, h int) string { return SVGIn(p, FrameOf(p), w, h) }

// SVGIn draws the pose within the given frame (see FrameOf), so the start and end of an exercise
// can be shown at one scale.
func SVGIn(p Pose, f Frame, w, h int) string {
	var b strings.Builder
	svgOpen(&b, w, h, f.X0, f.X1-f.X0, f)
	svgPose(&b, p, f, 0)
	b.WriteString("</g></svg>")
	return b.String()
}

// PairSVG draws start and end side by side at one scale with an arrow between them, w × h
// pixels: the report's and the catalog card's picture of an exercise.
func PairSVG(start, end Pose, w, h int) string {
	f := FrameOf(start, end)
	fw := f.X1 - f.X0
	gap := max(fw*0.25, 20)
	var b strings.Builder
	svgOpen(&b, w, h, f.X0, 2*fw+gap, f)
	svgPose(&b, start, f, 0)
	y := -(f.Y1 - f.Y0) / 2
	x0, x1 := f.X1+gap*0.2, f.X1+gap*0.8
	svgLine(&b, Point{x0, -y}, Point{x1, -y})
	svgLine(&b, Point{x1 - 5, -y + 4}, Point{x1, -y})
	svgLine(&b, Point{x1 - 5, -y - 4}, Point{x1, -y})
	svgPose(&b, end, f, fw+gap)
	b.WriteString("</g></svg>")
	return b.String()
}

func num(v float64) string { return strconv.FormatFloat(v, 'f', 1, 64) }

// svgOpen starts the document: a viewBox from x0, width vw, over the frame's height, the figure
// resting on the bottom edge however the page sizes it.
func svgOpen(b *strings.Builder, w, h int, x0, vw float64, f Frame) {
	b.WriteString(`<svg xmlns="http://www.w3.org/2000/svg" width="` + strconv.Itoa(w) + `" height="` + strconv.Itoa(h) +
		`" viewBox="` + num(x0) + " " + num(-f.Y1) + " " + num(vw) + " " + num(f.Y1-f.Y0) +
		`" preserveAspectRatio="xMidYMax meet" aria-hidden="true">`)
	b.WriteString(`<g fill="none" stroke="currentColor" stroke-width="` + num(svgStroke) + `" stroke-linecap="round">`)
}

// svgLine writes one stroke; y is flipped, as SVG counts down from the top.
func svgLine(b *strings.Builder, a, c Point) {
	b.WriteString(`<line x1="` + num(a.X) + `" y1="` + num(-a.Y) + `" x2="` + num(c.X) + `" y2="` + num(-c.Y) + `"/>`)
}

// svgPose writes the pose's strokes, floor and head, dx to the right.
func svgPose(b *strings.Builder, p Pose, f Frame, dx float64) {
	s := shapeOf(p)
	at := func(q Point) Point { return Point{q.X + dx, q.Y} }
	for _, l := range s.lines {
		svgLine(b, at(l.a), at(l.b))
	}
	if s.floor {
		svgLine(b, Point{f.X0 + dx, 0}, Point{f.X1 + dx, 0})
	}
	b.WriteString(`<circle cx="` + num(s.head.X+dx) + `" cy="` + num(-s.head.Y) + `" r="` + num(s.r) + `"/>`)
}
