package kit

import (
	"testing"

	"github.com/charmbracelet/x/ansi"
)

// TestCellsOfThreeByteCharacters: cells decodes U+2000–U+2FFF in place; every one of them, alone
// and between other text, must count as the decoded rune does — one cell for the drawing
// characters, at most two (or its exact width) for the others.
func TestCellsOfThreeByteCharacters(t *testing.T) {
	for r := rune(0x2000); r < 0x3000; r++ {
		s := string(r)
		bound, exact := 2, ansi.StringWidth(s)
		if oneCell(r) {
			bound, exact = 1, 1
		}
		if got := cells("a"+s+"\x1b[mb", false); got != bound+2 {
			t.Errorf("U+%04X: cheap width %d, want %d", r, got, bound+2)
		}
		if got := cells(s, true); got != exact {
			t.Errorf("U+%04X: exact width %d, want %d", r, got, exact)
		}
	}
	// A cut sequence is not taken for a character.
	if got := cells("\xe2\x94", false); got != 4 {
		t.Errorf("a cut U+2500 counts %d cells, want 4 (two invalid bytes, at most two cells each)", got)
	}
}
