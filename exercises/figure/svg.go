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
	s := shapeOf(p)
	num := func(v float64) string { return strconv.FormatFloat(v, 'f', 1, 64) }
	var b strings.Builder
	b.Grow(160 + 64*len(s.lines))
	b.WriteString(`<svg xmlns="http://www.w3.org/2000/svg" width="` + strconv.Itoa(w) + `" height="` + strconv.Itoa(h) +
		`" viewBox="` + num(f.X0) + " " + num(-f.Y1) + " " + num(f.X1-f.X0) + " " + num(f.Y1-f.Y0) +
		`" preserveAspectRatio="xMidYMax meet" aria-hidden="true">`)
	b.WriteString(`<g fill="none" stroke="currentColor" stroke-width="` + num(svgStroke) + `" stroke-linecap="round">`)
	line := func(a, c Point) {
		b.WriteString(`<line x1="` + num(a.X) + `" y1="` + num(-a.Y) + `" x2="` + num(c.X) + `" y2="` + num(-c.Y) + `"/>`)
	}
	for _, l := range s.lines {
		line(l.a, l.b)
	}
	if s.floor {
		line(Point{f.X0, 0}, Point{f.X1, 0})
	}
	b.WriteString(`<circle cx="` + num(s.head.X) + `" cy="` + num(-s.head.Y) + `" r="` + num(s.r) + `"/>`)
	b.WriteString("</g></svg>")
	return b.String()
}
