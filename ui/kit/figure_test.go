package kit

import (
	"strings"
	"testing"
)

// TestFreeSpotLeavesText checks that the figure only takes blank space: every row it covers
// keeps its text whole, with the gap, and the largest block that fits is the one chosen.
func TestFreeSpotLeavesText(t *testing.T) {
	page := []string{
		"Title",
		"a line of text that is fairly long, forty-six.",
		"short",
		"short",
		"",
		"short again",
		"short",
		"",
		"",
		"a line of text that is fairly long, forty-six.",
	}
	sp, ok := FreeSpot(page, 60, 12, 1, 10, SingleWidth)
	if !ok {
		t.Fatal("no spot in a page with seven short rows")
	}
	if sp.Row != 2 || sp.H != 7 || sp.W != 14 || sp.Col != 60-1-14 {
		t.Errorf("spot %+v, want rows 2–8, 14 wide, right-aligned", sp)
	}
	block := make([]string, sp.H)
	for i := range block {
		block[i] = strings.Repeat("#", sp.W)
	}
	joined, ok := Overlay(strings.Join(page, "\n"), block, sp)
	out := strings.Split(joined, "\n")
	if !ok {
		t.Fatal("the spot just found is not free")
	}
	for i, l := range page {
		if !strings.HasPrefix(out[i], l) {
			t.Errorf("row %d lost its text: %q", i, out[i])
		}
		if i >= sp.Row && i < sp.Row+sp.H && (len(out[i]) != sp.Col+sp.W || !strings.HasSuffix(out[i], block[0])) {
			t.Errorf("row %d does not carry the figure at column %d: %q", i, sp.Col, out[i])
		}
	}
	page[4] = strings.Repeat("x", 50)
	if again, ok := Overlay(strings.Join(page, "\n"), block, sp); ok || again != strings.Join(page, "\n") {
		t.Error("a figure was laid over a long line")
	}
	// Styled text takes its cells; the escape sequences take none.
	if w := textWidth("\x1b[1mHold\x1b[0m   "); w != 4 {
		t.Errorf("textWidth of a styled word = %d, want 4", w)
	}
}

// TestFreeSpotNone checks that a page whose text leaves no room gets no figure.
func TestFreeSpotNone(t *testing.T) {
	page := strings.Split(strings.Repeat(strings.Repeat("w", 50)+"\n", 12), "\n")
	if sp, ok := FreeSpot(page, 60, 12, 1, 10, SingleWidth); ok {
		t.Errorf("a spot %+v beside 50-column text on a 60-column page", sp)
	}
	// Five blank rows are one short of the smallest figure.
	page = append(page[:6], "", "", "", "", "")
	if sp, ok := FreeSpot(page, 60, 11, 1, 10, SingleWidth); ok {
		t.Errorf("a spot %+v in five blank rows", sp)
	}
}
