package profile

import (
	"strings"
	"testing"
)

// Profile names are shown on the terminal and typed at the command line: 1 to 40 printable
// characters with no space at either end.
func TestValidateNameEdges(t *testing.T) {
	cases := []struct {
		name string
		err  string // "" when accepted; else a part of the error
	}{
		{"a", ""},
		{strings.Repeat("é", MaxNameLen), ""},
		{"Ann Lee", ""},
		{"", "is empty"},
		{strings.Repeat("é", MaxNameLen+1), "is too long"},
		{"ann\x1b[31m", "control or invisible"},
		{"ann\xff", "is not valid text"},
		{" ann", "starts or ends with a space"},
		{"ann ", "starts or ends with a space"},
		{"\u00a0ann", "control or invisible"},
	}
	for _, c := range cases {
		err := ValidateName(c.name)
		switch {
		case c.err == "" && err != nil:
			t.Errorf("ValidateName(%q) = %v", c.name, err)
		case c.err != "" && (err == nil || !strings.Contains(err.Error(), c.err)):
			t.Errorf("ValidateName(%q) = %v, want an error saying %q", c.name, err, c.err)
		}
	}
}

// Screens greet a person by the name they chose to show, or by the profile's name.
func TestTitlePrefersTheDisplayName(t *testing.T) {
	if got := (Profile{Name: "ann", DisplayName: "Ann Lee"}).Title(); got != "Ann Lee" {
		t.Errorf("Title = %q, want the display name", got)
	}
	if got := (Profile{Name: "ann"}).Title(); got != "ann" {
		t.Errorf("Title = %q, want the profile name", got)
	}
}
