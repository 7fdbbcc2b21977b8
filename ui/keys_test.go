package ui

import "testing"

func TestOnlyPutsBackEveryLabel(t *testing.T) {
	k := defaultKeyMap()
	k.only(&k.Enter, &k.Escape)
	relabel(&k.Enter, "try it")
	relabel(&k.Escape, "cancel")
	k.only(&k.Enter, &k.Escape)
	want := defaultKeyMap()
	if k.Enter.Help() != want.Enter.Help() || k.Escape.Help() != want.Escape.Help() {
		t.Errorf("labels leaked to the next screen: enter %q, esc %q", k.Enter.Help().Desc, k.Escape.Help().Desc)
	}
	if len(k.all()) != len(want.all()) {
		t.Fatal("all() must list the same bindings in the same order")
	}
}
