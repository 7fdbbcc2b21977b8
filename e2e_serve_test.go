package main_test

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"upright/store"
)

// clinic is a server on a fresh database with one therapist key, and the keys a test uses.
type clinic struct {
	*clinicServer
	therapist string // private key paths
}

func newClinic(t *testing.T, extra ...string) clinic {
	t.Helper()
	return newClinicOn(t, func(dir string) string { return clinicDB(t, dir) }, extra...)
}

// newClinicOn is newClinic on the database makeDB makes in the test's folder.
func newClinicOn(t *testing.T, makeDB func(dir string) string, extra ...string) clinic {
	t.Helper()
	needSSH(t)
	dir := t.TempDir()
	ther := newKey(t, dir, "therapist")
	pub, err := os.ReadFile(ther + ".pub")
	if err != nil {
		t.Fatal(err)
	}
	list := filepath.Join(dir, "therapists")
	if err := os.WriteFile(list, append([]byte("# the clinic's therapists\n\n"), pub...), 0o600); err != nil {
		t.Fatal(err)
	}
	bin := buildTagged(t, "paniccheck")
	return clinic{clinicServer: startServer(t, bin, dir, makeDB(dir), list, extra...), therapist: ther}
}

var codePattern = regexp.MustCompile(`[2-9A-Z]{5}-[2-9A-Z]{5}`)

// invite has the therapist make an invite code for profile over SSH.
func (c clinic) invite(t *testing.T, profile string) string {
	t.Helper()
	code, out, errOut := c.ssh(c.therapist, "", "invite", "--profile", profile)
	inv := codePattern.FindString(out)
	if code != 0 || inv == "" || !strings.Contains(out, "valid once, until") {
		t.Fatalf("invite over SSH: exit %d, %q, %q", code, out, errOut)
	}
	return inv
}

const enrolLine = "this key is not enrolled; ask your therapist for an invite code"

func TestServeTherapistRunsCommands(t *testing.T) {
	c := newClinic(t)
	code, out, errOut := c.ssh(c.therapist, "", "history", "--profile", "bob", "--json")
	if got := historyIDs(t, out); code != 0 || !slices.Equal(got, []string{"bob-2", "bob-1"}) {
		t.Fatalf("therapist history --profile bob --json: exit %d, ids %v, stderr %q", code, got, errOut)
	}
	// The same exit codes as the command line: a profile that does not exist is 1, bad usage 2.
	if code, out, errOut := c.ssh(c.therapist, "", "history", "--profile", "nobody", "--json"); code != 1 || out != "" || !strings.Contains(errOut, `no profile "nobody"`) {
		t.Errorf("history of an unknown profile: exit %d, %q, %q; want 1 and one line", code, out, errOut)
	}
	if code, _, errOut := c.ssh(c.therapist, "", "history", "--bogus"); code != 2 || !strings.Contains(errOut, "unknown flag --bogus") {
		t.Errorf("an unknown flag: exit %d, %q; want 2", code, errOut)
	}
	// The report comes back on standard output, for `ssh … report --profile NAME > report.html`.
	code, out, errOut = c.ssh(c.therapist, "", "report", "--profile", "ann")
	if code != 0 || !strings.Contains(strings.ToLower(out[:min(len(out), 200)]), "<!doctype html>") || !strings.Contains(out, "ann") {
		t.Errorf("report --profile ann: exit %d, stderr %q, output starting %q", code, errOut, out[:min(len(out), 200)])
	}
	// Nothing over SSH names a file on the server, to read or to write.
	target := filepath.Join(c.dir, "written-by-ssh.html")
	if code, _, errOut := c.ssh(c.therapist, "", "report", "--profile", "ann", "--out", target); code != 2 || !strings.Contains(errOut, "leave out --out") {
		t.Errorf("report --out FILE over SSH: exit %d, %q; want refused", code, errOut)
	}
	if _, err := os.Stat(target); err == nil {
		t.Errorf("report --out over SSH wrote %s on the server", target)
	}
	if code, _, errOut := c.ssh(c.therapist, "", "history", "--db", filepath.Join(c.dir, "other.db")); code != 2 || !strings.Contains(errOut, "leave out --db") {
		t.Errorf("history --db over SSH: exit %d, %q; want refused", code, errOut)
	}
	if code, _, errOut := c.ssh(c.therapist, "", "serve", "--therapists", "x"); code != 2 || !strings.Contains(errOut, "this key can run") {
		t.Errorf("serve over SSH: exit %d, %q; want refused", code, errOut)
	}
	// Without a command, the seam where the dashboard goes.
	// The dashboard needs a terminal: without one (ssh -T) the connection says how to ask for one.
	if code, _, errOut := c.ssh(c.therapist, ""); code != 2 || !strings.Contains(errOut, "connect with ssh -t") {
		t.Errorf("therapist without a command or a terminal: exit %d, %q", code, errOut)
	}
	code, out, errOut = c.ssh(c.therapist, "", "audit")
	if code != 0 || !strings.Contains(out, "ssh report") || !strings.Contains(out, "SHA256:") {
		t.Errorf("audit over SSH: exit %d, %q, %q", code, out, errOut)
	}
	c.stop()
	st, err := store.Open(c.db, store.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	log, _, err := st.AuditLog()
	if err != nil {
		t.Fatal(err)
	}
	var seen []string
	for _, e := range log {
		seen = append(seen, e.Action+" "+e.Profile)
		if !strings.HasPrefix(e.Key, "SHA256:") || e.At.IsZero() {
			t.Errorf("audit entry %+v lacks the key or the time", e)
		}
	}
	for _, want := range []string{"ssh history bob", "ssh report ann", "open "} {
		if !slices.Contains(seen, want) {
			t.Errorf("the audit log %q lacks %q", seen, want)
		}
	}
}

func TestServeUnknownKeyIsRefusedWithTheEnrolmentLine(t *testing.T) {
	c := newClinic(t)
	stranger := newKey(t, c.dir, "stranger")
	code, out, errOut := c.ssh(stranger, "", "history", "--profile", "ann", "--json")
	if code != 1 || out != "" || !strings.Contains(errOut, enrolLine) || strings.Count(strings.TrimSpace(errOut), "\n") != 0 {
		t.Errorf("an unknown key's command: exit %d, %q, %q; want 1 and the one enrolment line", code, out, errOut)
	}
	// Without a command it is asked for a code; giving none, it gets the line and is closed.
	code, out, errOut = c.ssh(stranger, "")
	if code != 1 || !strings.Contains(out, "Invite code") || !strings.Contains(errOut, enrolLine) {
		t.Errorf("an unknown key that gives up: exit %d, %q, %q", code, out, errOut)
	}
	// Offering the therapist's public key (which the server accepts) without being able to sign
	// with it, then its own key, does not make a stranger a therapist: identity is the key that
	// signed. The probe is the therapist's key under a passphrase the client cannot give, so
	// OpenSSH offers its public half and then moves on.
	probe := filepath.Join(c.dir, "probe")
	priv, _ := os.ReadFile(c.therapist)
	pub, _ := os.ReadFile(c.therapist + ".pub")
	if os.WriteFile(probe, priv, 0o600) != nil || os.WriteFile(probe+".pub", pub, 0o600) != nil {
		t.Fatal("cannot copy the therapist's key")
	}
	if out, err := exec.Command("ssh-keygen", "-q", "-p", "-P", "", "-N", "not typed", "-f", probe).CombinedOutput(); err != nil {
		t.Fatalf("ssh-keygen -p: %v\n%s", err, out)
	}
	code, out, errOut = c.sshKeys([]string{probe, stranger}, "", "history", "--profile", "ann", "--json")
	if code != 1 || out != "" || !strings.Contains(errOut, enrolLine) {
		t.Errorf("a stranger offering the therapist's public key first: exit %d, %q, %q; want refused", code, out, errOut)
	}
}

func TestServeInviteEnrolsAPatientWhoSeesOnlyThemself(t *testing.T) {
	c := newClinic(t)
	ann := newKey(t, c.dir, "ann")
	inv := c.invite(t, "ann")
	code, out, errOut := c.ssh(ann, strings.ToLower(inv)+"\n")
	if code != 0 || !strings.Contains(out, "Enrolled: this key now opens ann's profile") {
		t.Fatalf("enrolling with the invite: exit %d, %q, %q", code, out, errOut)
	}
	code, out, errOut = c.ssh(ann, "", "history", "--json")
	if got := historyIDs(t, out); code != 0 || !slices.Equal(got, []string{"ann-0"}) {
		t.Fatalf("the patient's history --json: exit %d, ids %v, %q; want ann's only", code, got, errOut)
	}
	for _, args := range [][]string{
		{"report", "--profile", "bob"},
		{"history", "--profile", "bob", "--json"},
		{"export", "--profile", "bob", "--format", "csv"},
	} {
		code, out, errOut := c.ssh(ann, "", args...)
		if code != 1 || out != "" || !strings.Contains(errOut, "only its own profile") || strings.Contains(errOut, "bob-") {
			t.Errorf("patient %v: exit %d, %q, %q; want refused with nothing of bob's", args, code, out, errOut)
		}
	}
	for _, args := range [][]string{{"routines"}, {"invite", "--profile", "ann"}, {"check"}, {"audit"}} {
		if code, out, _ := c.ssh(ann, "", args...); code != 2 || out != "" {
			t.Errorf("patient %v: exit %d, %q; want refused", args, code, out)
		}
	}
	if code, out, _ := c.ssh(ann, "", "report", "--profile", "ann", "--format", "md"); code != 0 || !strings.Contains(out, "ann") || strings.Contains(out, "bob") {
		t.Errorf("the patient's own report: exit %d, %q", code, out[:min(len(out), 300)])
	}
	if code, _, errOut := c.ssh(ann, ""); code != 2 || !strings.Contains(errOut, "connect with ssh -t") {
		t.Errorf("the patient without a command or a terminal: exit %d, %q", code, errOut)
	}
	// The code is used up: another key giving it is not enrolled.
	other := newKey(t, c.dir, "other")
	code, out, _ = c.ssh(other, inv+"\n")
	if code != 1 || !strings.Contains(out, "was used already") {
		t.Errorf("a reused code: exit %d, %q; want refused as used", code, out)
	}
	if code, _, errOut := c.ssh(other, "", "history", "--json"); code != 1 || !strings.Contains(errOut, enrolLine) {
		t.Errorf("the key that reused the code: exit %d, %q; want still unknown", code, errOut)
	}
}

func TestServeWrongCodeFiveTimes(t *testing.T) {
	c := newClinic(t)
	stranger := newKey(t, c.dir, "stranger")
	real := c.invite(t, "ann")
	// Six wrong codes and then the real one: the connection stops asking after five.
	input := strings.Repeat("ZZZZZ-ZZZZZ\n", 6) + real + "\n"
	code, out, errOut := c.ssh(stranger, input)
	if code != 1 || strings.Count(out, "Invite code") != 5 || strings.Count(out, "That code did not work") != 5 ||
		!strings.Contains(out, "(1 try left)") || strings.Contains(out, "Enrolled") || !strings.Contains(errOut, enrolLine) {
		t.Errorf("five wrong codes: exit %d\n%s\n%s", code, out, errOut)
	}
	// The real code still works, from a new connection.
	if code, out, _ := c.ssh(stranger, real+"\n"); code != 0 || !strings.Contains(out, "Enrolled") {
		t.Errorf("the real code after five wrong ones: exit %d, %q", code, out)
	}
}

func TestServeExpiredCode(t *testing.T) {
	c := newClinic(t)
	st, err := store.Open(c.db, store.Options{Timeout: time.Second})
	if err != nil {
		t.Fatal(err)
	}
	inv, err := st.CreateInvite("ann", time.Now().Add(-store.InviteLifetime-time.Minute))
	_ = st.Close()
	if err != nil {
		t.Fatal(err)
	}
	stranger := newKey(t, c.dir, "stranger")
	code, out, _ := c.ssh(stranger, inv.Code+"\n")
	if code != 1 || !strings.Contains(out, "has expired") || strings.Contains(out, "Enrolled") {
		t.Errorf("an expired code: exit %d, %q", code, out)
	}
}

func TestServePanicEndsOneConnection(t *testing.T) {
	c := newClinic(t)
	code, _, errOut := c.ssh(c.therapist, "", "%panic")
	if code != 1 || !strings.Contains(errOut, "internal error in this connection") {
		t.Errorf("a panic in a connection: exit %d, %q", code, errOut)
	}
	if code, out, _ := c.ssh(c.therapist, "", "history", "--profile", "ann", "--json"); code != 0 || len(historyIDs(t, out)) != 1 {
		t.Errorf("after a panic in another connection: exit %d, %q", code, out)
	}
}

func TestServeHostKeyMadeOnceAndPrivate(t *testing.T) {
	c := newClinic(t)
	key := filepath.Join(c.dir, "ssh_host_ed25519_key")
	fi, err := os.Stat(key)
	if err != nil || fi.Mode().Perm() != 0o600 {
		t.Fatalf("host key beside the database: %v, mode %v; want 0600", err, fi)
	}
	fingerprint := regexp.MustCompile(`SHA256:\S+\)`).FindString(c.hostLine)
	c.stop()
	again := startServer(t, buildTagged(t, "paniccheck"), c.dir, c.db, filepath.Join(c.dir, "therapists"))
	if got := regexp.MustCompile(`SHA256:\S+\)`).FindString(again.hostLine); fingerprint == "" || got != fingerprint {
		t.Errorf("the host key on restart is %q, was %q; want the same key", got, fingerprint)
	}
}

func TestServeRefusesABadTherapistsFile(t *testing.T) {
	dir := t.TempDir()
	list := filepath.Join(dir, "therapists")
	if err := os.WriteFile(list, []byte("ssh-ed25519 AAAAC3Nza not-a-key\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	bin := buildTagged(t, "paniccheck")
	out, err := runServeOnce(bin, "--therapists", list, "--db", filepath.Join(dir, "u.db"), "--listen", "127.0.0.1:0")
	if err == nil || !strings.Contains(out, list+":1 is not a public key") || strings.Count(strings.TrimSpace(out), "\n") != 0 {
		t.Errorf("a bad therapists file: %v, %q; want one line naming the file and line", err, out)
	}
}

func TestServeLimitsAndIdleTimeout(t *testing.T) {
	c := newClinic(t, "--max-connections", "1", "--idle", "2s")
	stranger := newKey(t, c.dir, "stranger")
	held := c.hold(stranger)
	// The one place is taken: the next connection is turned away before it gets a session.
	if code, out, _ := c.ssh(c.therapist, "", "history", "--profile", "ann", "--json"); code != 255 || out != "" {
		t.Errorf("a connection over --max-connections: exit %d, %q; want turned away (ssh exits 255)", code, out)
	}
	// Silent for --idle, the held connection is closed by the server, and its place comes back.
	held.end(t, 15*time.Second)
	if code, out, _ := c.ssh(c.therapist, "", "history", "--profile", "ann", "--json"); code != 0 || len(historyIDs(t, out)) != 1 {
		t.Errorf("after the idle connection closed: exit %d, %q", code, out)
	}
}

func TestServeStopsInOrderOnSIGTERM(t *testing.T) {
	c := newClinic(t)
	stranger := newKey(t, c.dir, "stranger")
	held := c.hold(stranger)
	c.stop() // checks exit 0 and "stopped"
	if out := held.end(t, 15*time.Second); !strings.Contains(out, "the server is stopping") {
		t.Errorf("a session open at SIGTERM was told %q, want that the server is stopping", out)
	}
	if code, _, _ := c.ssh(c.therapist, "", "history", "--profile", "ann", "--json"); code != 255 {
		t.Errorf("a connection after the server stopped: exit %d, want 255 (nothing listening)", code)
	}
}
