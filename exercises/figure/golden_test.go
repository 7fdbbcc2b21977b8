package figure

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/charmbracelet/x/exp/golden"
)

// goldenSizes are the two sizes every exercise's start and end are pinned at: a figure beside
// text on an 80-column screen, and the smallest size a figure is drawn at.
var goldenSizes = [][2]int{{24, 12}, {12, 6}}

// TestGolden pins the start and end pose of every exercise at both sizes, framed together as a
// moving figure is. Regenerate with `go test ./exercises/figure -update` and read the diff.
func TestGolden(t *testing.T) {
	ids := IDs()
	slices.Sort(ids)
	for _, id := range ids {
		s, _ := For(id)
		f := FrameOf(s.Poses()...)
		for _, size := range goldenSizes {
			for _, end := range []bool{false, true} {
				p, name := s.Start, "start"
				if end {
					p, name = s.End, "end"
				}
				t.Run(fmt.Sprintf("%s_%s_%dx%d", id, name, size[0], size[1]), func(t *testing.T) {
					golden.RequireEqual(t, []byte(strings.Join(RenderIn(p, f, size[0], size[1]), "\n")+"\n"))
				})
			}
		}
	}
}

// TestGoldenSVG pins the report's and the catalog card's picture of every exercise (its start
// and end side by side, PairSVG) and one pose framed alone (SVG), to the tenth of a unit. The
// terminal goldens above show a pose in Braille cells, where a small slip in the geometry may not
// move a dot; the SVG's coordinates show it. Regenerate with `go test ./exercises/figure -update`
// and read the diff.
func TestGoldenSVG(t *testing.T) {
	ids := IDs()
	slices.Sort(ids)
	var b strings.Builder
	for _, id := range ids {
		s, _ := For(id)
		fmt.Fprintf(&b, "%s\n%s\n", id, PairSVG(s.Start, s.End, 240, 120))
	}
	plank, _ := For("plank")
	fmt.Fprintf(&b, "plank end, alone\n%s\n", SVG(plank.End, 120, 120))
	golden.RequireEqual(t, []byte(b.String()))
}
