package kit

import "golang.org/x/text/unicode/norm"

// Name is a typed name in one spelling (Unicode NFC): "é" typed as one character or as "e" and a
// combining accent is the same name, so a profile is found and refused as taken however its
// accents were typed (issue 18).
func Name(s string) string { return norm.NFC.String(s) }

// SameName reports whether two names are the same name, however their accents were typed.
func SameName(a, b string) bool { return Name(a) == Name(b) }
