package figure

import (
	"fmt"
	"testing"
)

// BenchmarkRender is one frame of a paced rep: the squat to chair half way down, interpolated
// and drawn in the frame of its start and end.
func BenchmarkRender(b *testing.B) {
	s, _ := For("squat-to-chair")
	f := FrameOf(s.Start, s.End)
	for _, size := range [][2]int{{24, 12}, {60, 30}} {
		b.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(b *testing.B) {
			b.ReportAllocs()
			for i := 0; b.Loop(); i++ {
				p := Interpolate(s.Start, s.End, float64(i%8)/8)
				if len(RenderIn(p, f, size[0], size[1])) != size[1] {
					b.Fatal("short render")
				}
			}
		})
	}
}
