package kit

import "testing"

// CursorFocus finds the highlighted entry by its mark whatever styles and padding surround it,
// and reports nothing to follow on a page without one.
func TestCursorFocusFindsTheMarkedLine(t *testing.T) {
	page := "Title\n\n  first\n \x1b[1m› second\x1b[0m\n  third"
	if top, bottom, ok := CursorFocus(page); !ok || top != 3 || bottom != 3 {
		t.Fatalf("CursorFocus = %d, %d, %v; want line 3", top, bottom, ok)
	}
	if _, _, ok := CursorFocus("Title\n  a line with › inside\n‹ 3 ›"); ok {
		t.Fatal("a › inside a line or closing a scale was taken for the cursor")
	}
}
