package kit

import "fmt"

// A list cut to fit the rows it has never hides an entry without saying so: a row above or below
// it counts what is out of view (issue 18), and pgup/pgdn move the highlight a page at a time, so
// what enter picks is always on screen.

// ListWindow is the part of a list of n entries that height rows show with the cursor in view:
// entries [start, end), and how many are hidden above and below, each of which takes one of the
// rows for its mark. At two rows in the middle of the list the cursor keeps one and both counts
// share the other (MoreMarks); at one row the cursor has it alone, and Menu writes its place
// ("3/32") on it.
func ListWindow(n, cursor, height int) (start, end, above, below int) {
	cursor = min(max(cursor, 0), max(n-1, 0))
	switch {
	case height < 1 || n == 0:
		return 0, 0, 0, 0
	case n <= height:
		return 0, n, 0, 0
	case height == 1:
		return cursor, cursor + 1, 0, 0
	}
	rows := height - 1 // one mark
	switch {
	case cursor < rows: // the first entries, a mark below
		return 0, rows, 0, n - rows
	case cursor >= n-rows: // the last entries, a mark above
		return n - rows, n, n - rows, 0
	case height == 2:
		return cursor, cursor + 1, cursor, n - cursor - 1
	}
	rows = height - 2 // both marks, the cursor on the last row between them
	start = cursor - rows + 1
	return start, cursor + 1, start, n - cursor - 1
}

// MoreMark is the row that stands for n entries out of view above (up) or below a list, indented
// as the entries are so it reads as part of the list.
func MoreMark(s Styles, n int, up bool, width int) string {
	arrow := "↓"
	if up {
		arrow = "↑"
	}
	return s.Muted.Render(Clip(fmt.Sprintf("  %s %d more", arrow, n), width))
}

// MoreMarks are the marks of a window (ListWindow) of height rows showing rows entries: the one
// above, and the one below them; where there is room for one mark only, a single row under the
// entries counts both ("↑ 8 · ↓ 1 more").
func MoreMarks(s Styles, above, below, rows, height, width int) (top, bottom []string) {
	if above > 0 && below > 0 && rows+2 > height {
		return nil, []string{s.Muted.Render(Clip(fmt.Sprintf("  ↑ %d · ↓ %d more", above, below), width))}
	}
	if above > 0 {
		top = []string{MoreMark(s, above, true, width)}
	}
	if below > 0 {
		bottom = []string{MoreMark(s, below, false, width)}
	}
	return top, bottom
}

// PageMove is where pgup (back) or pgdn moves a cursor among n entries, a page of rows at a time,
// stopping at the first and the last entry rather than wrapping as ↑/↓ do: a page key held down
// ends at an end of the list.
func PageMove(cursor, n, rows int, back bool) int {
	if n == 0 {
		return 0
	}
	step := max(rows, 1)
	if back {
		step = -step
	}
	return min(max(cursor+step, 0), n-1)
}

// ListPage is how many entries a page key moves on a list the root scrolls whole: the terminal
// less the key line and the two marks of the root's window, the rows of the list one can see.
func (e *Env) ListPage() int {
	return max(e.Height-3, 1)
}
