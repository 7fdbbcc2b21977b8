package kit

import (
	"strings"
	"testing"

	"github.com/charmbracelet/lipgloss"
)

// A wrapped bullet's later lines start under its text, and no line is wider than asked.
func TestBulletLinesHang(t *testing.T) {
	text := "Back pain with fever, chills, or unexplained weight loss"
	for _, w := range []int{80, 30, 12, 6, 3} {
		lines := BulletLines(text, w)
		if !strings.HasPrefix(lines[0], "·") {
			t.Errorf("width %d: first line %q has no bullet", w, lines[0])
		}
		for i, l := range lines {
			if lipgloss.Width(l) > w {
				t.Errorf("width %d: line %q is wider", w, l)
			}
			if i > 0 && w >= 6 && !strings.HasPrefix(l, "  ") {
				t.Errorf("width %d: line %q starts at the margin", w, l)
			}
		}
		if got, want := strings.Join(strings.Fields(strings.Join(lines, "")), ""), strings.Join(strings.Fields("·"+text), ""); got != want {
			t.Errorf("width %d: the words changed: %q", w, got)
		}
	}
}
