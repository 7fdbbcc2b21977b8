package exercises

import "testing"

func TestCleanText(t *testing.T) {
	tests := []struct{ in, want string }{
		{"plain", "plain"},
		{"a\nb\tc\r", "abc"},
		{"\x1b[31mred\x1b[0m", "[31mred[0m"}, // the screens strip whole sequences first
		{"x\u0085y\u009bz\u007f\x00", "xyz"},
		{"\u202aa\u202bb\u202cc\u202dd\u202ee\u2066f\u2067g\u2068h\u2069i\u200ej\u200fk\u061cl", "abcdefghijkl"},
		{"caf\xc3", "caf\uFFFD"},
		{"naïve — ok 日本", "naïve — ok 日本"},
	}
	for _, tt := range tests {
		if got := CleanText(tt.in); got != tt.want {
			t.Errorf("CleanText(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestCountSpellsOneAndMany(t *testing.T) {
	for _, c := range []struct {
		n    int
		want string
	}{{0, "0 exercises"}, {1, "1 exercise"}, {2, "2 exercises"}, {21, "21 exercises"}} {
		if got := Count(c.n, "exercise", "exercises"); got != c.want {
			t.Errorf("Count(%d) = %q, want %q", c.n, got, c.want)
		}
	}
}
