package ui

import (
	"fmt"
	"strings"
	"testing"

	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/exp/golden"
)

// goldenSizes are the sizes every screen is pinned at: a common terminal and the smallest
// non-compact layout.
var goldenSizes = [][2]int{{80, 24}, {40, 12}}

// TestGoldenViews pins every screen case at every golden size, in
// testdata/TestGoldenViews/<case>_<width>x<height>.golden. After a change that is meant, rerun with
// -update and read the diff before committing it.
func TestGoldenViews(t *testing.T) {
	for _, sc := range screenCases {
		h := sc.build(t)
		for _, size := range goldenSizes {
			w, ht := size[0], size[1]
			t.Run(fmt.Sprintf("%s_%dx%d", sc.name, w, ht), func(t *testing.T) {
				golden.RequireEqual(t, []byte(viewAt(h.m, w, ht)))
			})
		}
	}
}

func TestGoldenViewsFitTheirSize(t *testing.T) {
	for _, sc := range screenCases {
		t.Run(sc.name, func(t *testing.T) {
			h := sc.build(t)
			for _, size := range goldenSizes {
				if err := fits(viewAt(h.m, size[0], size[1]), size[0], size[1]); err != nil {
					t.Errorf("%dx%d: %v", size[0], size[1], err)
				}
			}
		})
	}
}

// fits reports a line wider than w cells, or more than h lines.
func fits(view string, w, h int) error {
	lines := strings.Split(view, "\n")
	if len(lines) > h {
		return fmt.Errorf("%d lines, more than the height %d", len(lines), h)
	}
	for i, l := range lines {
		if lw := lipgloss.Width(l); lw > w {
			return fmt.Errorf("line %d is %d cells wide, more than the width %d: %q", i+1, lw, w, l)
		}
	}
	return nil
}
