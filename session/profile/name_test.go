package profile

import "testing"

// A name typed with a combining accent is the same name as one typed with the accented letter.
func TestNamesCompareHoweverAccentsWereTyped(t *testing.T) {
	if !SameName("Ren\u00e9e", "Rene\u0301e") || Name("Rene\u0301e") != "Ren\u00e9e" {
		t.Fatal("Renée in two spellings is two names")
	}
	if SameName("Renee", "Renée") {
		t.Fatal("an accent that is there and one that is not are the same name")
	}
}
