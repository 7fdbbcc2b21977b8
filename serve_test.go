package main

import (
	"net"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"upright/store"
)

func TestFailuresSlowDownOneAddress(t *testing.T) {
	f := newFailures(500 * time.Millisecond)
	t0 := time.Date(2026, 11, 30, 9, 0, 0, 0, time.UTC)
	var waits []time.Duration
	for i := range 6 {
		waits = append(waits, f.wait("10.0.0.1", t0))
		f.fail("10.0.0.1", t0.Add(time.Duration(i)*time.Second))
	}
	want := []time.Duration{0, 0, 0, 500 * time.Millisecond, time.Second, 2 * time.Second}
	for i := range want {
		if waits[i] != want[i] {
			t.Errorf("try %d waited %v, want %v (all: %v)", i+1, waits[i], want[i], waits)
		}
	}
	if d := f.wait("10.0.0.2", t0); d != 0 {
		t.Errorf("another address waits %v, want 0", d)
	}
	for range 40 {
		f.fail("10.0.0.1", t0.Add(10*time.Second))
	}
	if d := f.wait("10.0.0.1", t0.Add(10*time.Second)); d != 30*time.Second {
		t.Errorf("after many failures the wait is %v, want the 30 s cap", d)
	}
	if d := f.wait("10.0.0.1", t0.Add(10*time.Second+failureMemory+time.Second)); d != 0 {
		t.Errorf("after %v without failures the wait is %v, want 0", failureMemory, d)
	}
}

func TestLineReaderTerminalAndPipe(t *testing.T) {
	var echo strings.Builder
	l := &lineReader{r: strings.NewReader("ab\x7fc-DE\r\nnext\n"), echo: &echo, tty: true}
	if got, ok := l.readLine(); !ok || got != "ac-DE" {
		t.Errorf("first line %q, %v; want the backspace applied", got, ok)
	}
	if got, ok := l.readLine(); !ok || got != "next" {
		t.Errorf("after CR LF the next line is %q, %v; want \"next\" (the LF is the same end)", got, ok)
	}
	if !strings.Contains(echo.String(), "ab\b \bc-DE\r\n") {
		t.Errorf("echo %q: a terminal sees what it types", echo.String())
	}
	if _, ok := l.readLine(); ok {
		t.Error("at the end of input readLine says ok")
	}
	quiet := &lineReader{r: strings.NewReader("code\n\x03"), echo: &echo, tty: false}
	echo.Reset()
	if got, _ := quiet.readLine(); got != "code" || echo.Len() != 0 {
		t.Errorf("without a terminal: %q, echo %q; want no echo", got, echo.String())
	}
	if _, ok := quiet.readLine(); ok {
		t.Error("Ctrl-C is not giving up")
	}
}

func TestShownNameStripsEscapes(t *testing.T) {
	if got := shownName("ann\x1b[2J\x1b]0;owned\x07\x1b[31m!\x1b[m\x00\n"); got != "ann!" {
		t.Errorf("shownName = %q, want %q", got, "ann!")
	}
}

func TestConnLimit(t *testing.T) {
	l := &connLimit{max: 2}
	a, b := net.Pipe()
	defer b.Close()
	c1, c2 := l.admit(a), l.admit(a)
	if c1 == nil || c2 == nil {
		t.Fatal("two connections under a limit of two were turned away")
	}
	if l.admit(a) != nil {
		t.Error("a third connection was admitted")
	}
	_ = c1.Close()
	_ = c1.Close() // a second close gives back nothing more
	if l.admit(a) == nil {
		t.Error("a place given back was not reused")
	}
	if l.admit(a) != nil {
		t.Error("closing one connection twice gave back two places")
	}
}

func TestRemoteInvocationPolicy(t *testing.T) {
	inv, err := remoteInvocation([]string{"history", "--json"}, patientKey, "ann", "/srv/u.db")
	if err != nil {
		t.Fatal(err)
	}
	h := inv.r.(*historyCmd)
	if h.db != "/srv/u.db" || h.profile != "ann" || !h.set {
		t.Errorf("a patient's history reads %q of %q, want ann's in the server's database", h.profile, h.db)
	}
	inv, err = remoteInvocation([]string{"report", "--profile", "bob"}, therapistKey, "", "/srv/u.db")
	if err != nil {
		t.Fatal(err)
	}
	if r := inv.r.(*reportCmd); r.out != "-" || r.profile != "bob" {
		t.Errorf("a therapist's report goes to %q for %q, want standard output for bob", r.out, r.profile)
	}
	for _, c := range []struct {
		args []string
		r    role
	}{
		{[]string{"report", "--profile", "bob"}, patientKey},
		{[]string{"history", "--db", "/tmp/x"}, therapistKey},
		{[]string{"export", "--format", "csv", "--out", "/tmp/x"}, therapistKey},
		{[]string{"routines"}, patientKey},
		{[]string{"serve"}, therapistKey},
		{[]string{}, therapistKey},
		{[]string{"history"}, unknownKey},
	} {
		if _, err := remoteInvocation(c.args, c.r, "ann", "/srv/u.db"); err == nil {
			t.Errorf("%v for role %d was allowed", c.args, c.r)
		}
	}
}

func TestTherapistsFileAndHostKey(t *testing.T) {
	dir := t.TempDir()
	list := filepath.Join(dir, "t")
	_ = os.WriteFile(list, []byte("# nobody yet\n"), 0o600)
	if _, err := loadTherapists(list); err == nil || !strings.Contains(err.Error(), "holds no public key") {
		t.Errorf("a file of comments only: %v", err)
	}
	if _, err := loadTherapists(filepath.Join(dir, "missing")); err == nil || strings.Contains(err.Error(), "\n") {
		t.Errorf("a missing file: %v; want one line", err)
	}
	key := filepath.Join(dir, "sub", "host")
	first, err := hostKey(key)
	if err != nil {
		t.Fatal(err)
	}
	if fi, err := os.Stat(key); err != nil || fi.Mode().Perm() != 0o600 {
		t.Fatalf("host key mode: %v %v", fi, err)
	}
	again, err := hostKey(key)
	if err != nil || string(again) != string(first) {
		t.Errorf("the host key was not reused: %v", err)
	}
	_ = os.WriteFile(key, []byte("garbage"), 0o600)
	if _, err := hostKey(key); err == nil || !strings.Contains(err.Error(), "not a private key") {
		t.Errorf("a damaged host key: %v", err)
	}
}

func TestInviteCommand(t *testing.T) {
	db := filepath.Join(t.TempDir(), "u.db")
	st, err := store.Open(db, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if _, _, err := st.EnsureProfile("ann", time.Now()); err != nil {
		t.Fatal(err)
	}
	_ = st.Close()
	code, out, errOut := inProcess(t, "invite", "--profile", "ann", "--db", db)
	if code != 0 || !codeLine.MatchString(out) || !strings.Contains(out, "valid once, until") {
		t.Errorf("invite: exit %d, %q, %q", code, out, errOut)
	}
	if code, _, errOut := inProcess(t, "invite", "--db", db); code != 2 || !strings.Contains(errOut, "needs --profile") {
		t.Errorf("invite without --profile: exit %d, %q; want 2", code, errOut)
	}
	if code, _, errOut := inProcess(t, "invite", "--profile", "zoe\x1b[2J", "--db", db); code != 1 || strings.Contains(errOut, "\x1b") || !strings.Contains(errOut, `no profile "zoe`) {
		t.Errorf("invite for a profile that does not exist: exit %d, %q; want 1, escapes stripped", code, errOut)
	}
	missing := filepath.Join(t.TempDir(), "none.db")
	if code, _, _ := inProcess(t, "invite", "--profile", "ann", "--db", missing); code != 1 {
		t.Errorf("invite against a missing database: exit %d, want 1", code)
	}
	if _, err := os.Stat(missing); err == nil {
		t.Error("invite made a database")
	}
}

var codeLine = regexp.MustCompile(`(?m)^invite code for ann: [2-9A-Z]{5}-[2-9A-Z]{5}$`)
