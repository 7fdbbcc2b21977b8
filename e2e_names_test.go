package main_test

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"upright/store"
)

// A profile made by the app as "Renée" typed with a combining accent is the one profile that
// history and invite find when the name is typed with the accented letter, and the other way
// round (issue 18): the binary keeps one spelling of a name.
func TestEndToEndProfileNameSpelledTwoWaysIsOneProfile(t *testing.T) {
	const composed, decomposed = "Ren\u00e9e", "Rene\u0301e"
	bin, db := buildBinary(t), filepath.Join(t.TempDir(), "u.db")
	term := startTerminal(t, 80, 24, fmt.Sprintf("%s --quiet --db %s --profile '%s'", bin, db, decomposed))
	term.waitFor("Welcome", 10*time.Second)
	term.send("q")
	term.waitFor("EXITED=0", 10*time.Second)
	for _, name := range []string{composed, decomposed} {
		if code, out, errs := cli(t, "history", "--json", "--profile", name, "--db", db); code != 0 || strings.TrimSpace(out) != "[]" {
			t.Errorf("history --profile %+q: exit %d, %q %q", name, code, out, errs)
		}
	}
	if code, _, errs := cli(t, "invite", "--profile", composed, "--db", db); code != 0 {
		t.Errorf("invite --profile composed: exit %d, %q", code, errs)
	}
	st, err := store.Open(db, store.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	ps, err := st.Profiles()
	if err != nil || len(ps) != 1 || ps[0].Name != composed {
		t.Fatalf("stored profiles %+v, %v; want one, kept as %+q", ps, err, composed)
	}
	if last, _ := st.LastProfile(); last != composed {
		t.Errorf("last profile %+q; want %+q", last, composed)
	}
}
