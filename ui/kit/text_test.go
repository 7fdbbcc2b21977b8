package kit

import "testing"

// Clip is the one cut to a width, for the screens and the command line's tables: it counts
// cells, not bytes or runes, and marks a cut with an ellipsis inside the width.
func TestClipCutsToCellsWithAnEllipsis(t *testing.T) {
	for _, c := range []struct {
		s     string
		width int
		want  string
	}{
		{"hello", 5, "hello"}, {"hello", 4, "hel…"}, {"hello", 1, "…"}, {"hello", 0, ""}, {"hello", -3, ""},
		{"日本語", 6, "日本語"}, {"日本語", 5, "日本…"}, {"naïve", 4, "naï…"}, {"", 3, ""},
	} {
		if got := Clip(c.s, c.width); got != c.want {
			t.Errorf("Clip(%q, %d) = %q, want %q", c.s, c.width, got, c.want)
		}
	}
}
