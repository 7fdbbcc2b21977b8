package ui

import (
	"fmt"
	"os"
	"testing"
)

// sweepSizes is every size from 1x1 to 250x80 with UPRIGHT_LONG=1 (issue 7: 20,000 sizes per
// screen, about a minute and a half for every screen on two cores without -race). The normal run
// samples: every size up to 45x15, where layouts switch and break, every third size on to 120x40,
// every 7th width and 5th height on to 250x80, and a coarse grid of the sizes terminals have.
func sweepSizes() [][2]int {
	if os.Getenv("UPRIGHT_LONG") != "" {
		return fullGrid(250, 80)
	}
	var sizes [][2]int
	for w := 7; w <= 250; w += 7 {
		for h := 5; h <= 80; h += 5 {
			if w > 120 || h > 40 {
				sizes = append(sizes, [2]int{w, h})
			}
		}
	}
	for w := 1; w <= 120; w++ {
		for h := 1; h <= 40; h++ {
			if (w <= 45 && h <= 15) || (w%3 == 0 && h%3 == 0) {
				sizes = append(sizes, [2]int{w, h})
			}
		}
	}
	coarseW := []int{1, 2, 5, 10, 20, 30, 39, 40, 41, 46, 50, 60, 70, 79, 80, 81, 100, 120, 160, 200, 250}
	coarseH := []int{1, 2, 5, 11, 12, 13, 16, 20, 24, 30, 40, 60, 80}
	for _, w := range coarseW {
		for _, h := range coarseH {
			if w > 120 || h > 40 {
				sizes = append(sizes, [2]int{w, h})
			}
		}
	}
	return sizes
}

// fullGrid is every size from 1x1 to w×h.
func fullGrid(w, h int) [][2]int {
	sizes := make([][2]int, 0, w*h)
	for x := 1; x <= w; x++ {
		for y := 1; y <= h; y++ {
			sizes = append(sizes, [2]int{x, y})
		}
	}
	return sizes
}

// TestViewsFitEverySize renders every screen in screenCases (screens_test.go: add a screen there
// and it is swept too) at every size of sweepSizes: no panic, no line wider than the terminal, no
// more lines than its height.
func TestViewsFitEverySize(t *testing.T) {
	sizes := sweepSizes()
	for _, sc := range screenCases {
		t.Run(sc.name, func(t *testing.T) {
			t.Parallel()
			h := sc.build(t)
			failures := 0
			for _, s := range sizes {
				err := renderFits(h.m, s[0], s[1])
				if err != nil {
					failures++
					if failures <= 5 {
						t.Errorf("%dx%d: %v", s[0], s[1], err)
					}
				}
			}
			if failures > 5 {
				t.Errorf("… and %d more sizes", failures-5)
			}
			t.Logf("%d sizes, %d failed", len(sizes), failures)
		})
	}
}

// renderFits draws m at w×h and checks the view fits; a panic is reported as an error.
func renderFits(m Model, w, h int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("View panicked: %v", r)
		}
	}()
	return fits(viewAt(m, w, h), w, h)
}

func TestFitsCatchesOverflow(t *testing.T) {
	for _, c := range []struct {
		view string
		w, h int
		ok   bool
	}{
		{"ab\ncd", 2, 2, true},
		{"abc", 2, 1, false},
		{"a\nb", 5, 1, false},
		{"██", 1, 1, false},
	} {
		if err := fits(c.view, c.w, c.h); (err == nil) != c.ok {
			t.Errorf("fits(%q, %d, %d) = %v, want ok %v", c.view, c.w, c.h, err, c.ok)
		}
	}
}
