package display

import (
	"strings"
	"testing"
)

// Text with combining marks and wide characters is drawn as typed (issue 18): the mark stays on
// its letter, a wide character takes two columns, and a control character still draws nothing.
func TestCombiningMarksAndWideCharactersDrawAsTyped(t *testing.T) {
	row := parseLine("Cafe\u0301 東京\u0301!\x07", 20, nil)
	var texts []string
	for _, c := range row {
		texts = append(texts, c.text)
	}
	got := strings.Join(texts, "|")
	want := "C|a|f|e\u0301| |東||京\u0301||!"
	if got != want {
		t.Fatalf("cells %q, want %q", got, want)
	}
}
