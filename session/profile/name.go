package profile

import "golang.org/x/text/unicode/norm"

// Name is a profile name in its one spelling, Unicode NFC: "é" typed as one character or as "e"
// and a combining accent is the same name. Every place a name comes in (typed on a screen,
// --profile, the store's keys) passes through here, so a person is one profile however their
// keyboard spells the accents.
func Name(s string) string { return norm.NFC.String(s) }

// SameName reports whether two names are the same name, however their accents were typed.
func SameName(a, b string) bool { return Name(a) == Name(b) }
