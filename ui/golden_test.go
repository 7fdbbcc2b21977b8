package ui

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/charmbracelet/lipgloss"
)

// update reports the -update flag: rewrite ui/testdata/*.golden from the current views (read the
// diff first). teatest imports x/exp/golden, which registers -update itself; a second flag.Bool
// would panic, so the flag is defined here only when it is missing, and read by name.
var update = updateFlag()

func updateFlag() func() bool {
	if flag.Lookup("update") == nil {
		flag.Bool("update", false, "rewrite ui/testdata/*.golden from the current views (read the diff first)")
	}
	return func() bool { return flag.Lookup("update").Value.String() == "true" }
}

// goldenSizes are the sizes every screen is pinned at: a common terminal and the smallest
// non-compact layout.
var goldenSizes = [][2]int{{80, 24}, {40, 12}}

func TestGoldenViews(t *testing.T) {
	for _, sc := range screenCases {
		t.Run(sc.name, func(t *testing.T) {
			h := sc.build(t)
			for _, size := range goldenSizes {
				w, ht := size[0], size[1]
				got := viewAt(h.m, w, ht)
				checkGolden(t, filepath.Join("testdata", fmt.Sprintf("%s_%dx%d.golden", sc.name, w, ht)), got)
			}
		})
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

func checkGolden(t *testing.T, path, got string) {
	t.Helper()
	if update() {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./ui -run TestGoldenViews -update to create it)", err)
	}
	if string(want) != got {
		t.Errorf("%s differs from the view (- golden, + now); if the change is meant, read it and rerun with -update:\n%s",
			path, lineDiff(string(want), got))
	}
}

// lineDiff lists the lines that differ, with their numbers; | marks the line ends so trailing
// spaces show.
func lineDiff(want, got string) string {
	wl, gl := strings.Split(want, "\n"), strings.Split(got, "\n")
	var b strings.Builder
	for i := range max(len(wl), len(gl)) {
		var w, g string
		if i < len(wl) {
			w = wl[i]
		}
		if i < len(gl) {
			g = gl[i]
		}
		if w == g {
			continue
		}
		fmt.Fprintf(&b, "%3d - %s|\n%3d + %s|\n", i+1, w, i+1, g)
	}
	if len(wl) != len(gl) {
		fmt.Fprintf(&b, "(%d lines in the golden, %d now)\n", len(wl), len(gl))
	}
	return b.String()
}
