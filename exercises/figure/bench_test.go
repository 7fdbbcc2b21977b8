package figure

import (
	"fmt"
	"testing"
	"time"
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

// BenchmarkPacedSecond is the figure's share of one second of a paced heel raise (3 s up) at
// the 10 Hz tick: ten ticks, of which Step lets at most MaxChangesPerSecond redraw.
func BenchmarkPacedSecond(b *testing.B) {
	s, _ := For("heel-raise")
	f := FrameOf(s.Poses()...)
	const up = 3 * time.Second
	for _, size := range [][2]int{{24, 12}, {60, 30}} {
		b.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				last := -1.0
				for tick := range 10 {
					step := Step(float64(tick)/30, up)
					if step == last {
						continue
					}
					last = step
					if len(RenderIn(s.At(step), f, size[0], size[1])) != size[1] {
						b.Fatal("short render")
					}
				}
			}
		})
	}
}
