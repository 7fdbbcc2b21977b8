package main_test

import (
	"strings"
	"syscall"
	"testing"
	"time"
)

// toRestAfterFirstSet drives the drill until the first plank set is done and the rest shows.
func (d *drill) toRestAfterFirstSet() {
	d.t.Helper()
	d.toSession()
	d.drive(func() bool { return strings.Contains(d.screen(), "Up next") }, 15*time.Second)
	d.waitFor("Up next", time.Second)
}

// TestSignalsRestoreTerminalAndKeepPartial sends SIGTERM, SIGINT and SIGHUP mid-session: the
// terminal must come back (alternate screen left, cursor shown, echo on) and the exit code is 130.
// SIGINT (ctrl+c, a choice) keeps the set done as a partial session; SIGTERM and SIGHUP leave the
// session resumable, offered at the next start with its set.
func TestSignalsRestoreTerminalAndKeepPartial(t *testing.T) {
	bin := buildBinary(t)
	for _, sig := range []syscall.Signal{syscall.SIGTERM, syscall.SIGINT, syscall.SIGHUP} {
		t.Run(sig.String(), func(t *testing.T) {
			t.Parallel()
			d := startDrill(t, bin)
			d.toRestAfterFirstSet()
			if err := syscall.Kill(d.pid(), sig); err != nil {
				t.Fatal(err)
			}
			d.terminalRestored()
			if code := d.exitCode(); code != exitInterrupted {
				t.Errorf("exit %d, want %d; stderr %q", code, exitInterrupted, d.stderr())
			}
			if sig != syscall.SIGINT {
				// Nobody chose to stop (a closed terminal, SIGTERM): the session stays resumable.
				if recs := history(t, bin, d.db); len(recs) != 0 {
					t.Fatalf("%v kept %d finished sessions, want none: the session is resumable", sig, len(recs))
				}
				checkDB(t, bin, d.db)
				if sets, ok := offered(t, bin, d.db); !ok || sets < 1 {
					t.Fatalf("after %v the next start offers %d sets (offered %v), want the plank set", sig, sets, ok)
				}
				return
			}
			recs := history(t, bin, d.db)
			if len(recs) != 1 || recs[0].Status != "partial" || recs[0].SetsDone() < 1 {
				t.Fatalf("want one partial session with the plank set, got %+v", recs)
			}
			heldExactly(t, recs[0])
			checkDB(t, bin, d.db)
		})
	}
}

// TestPanicsEndInOrder injects a panic (build tag paniccheck, the '%' key) in Update, in View and
// in a command, after one set is done: the terminal is restored, stderr has one line, the exit
// code is 1, and the next start offers the unfinished session with its set.
func TestPanicsEndInOrder(t *testing.T) {
	bin := buildTagged(t, "paniccheck")
	for _, where := range []string{"update", "view", "cmd"} {
		t.Run(where, func(t *testing.T) {
			t.Parallel()
			d := startDrill(t, bin, "UPRIGHT_TEST_PANIC="+where)
			d.toRestAfterFirstSet()
			d.send("%")
			d.terminalRestored()
			if code := d.exitCode(); code != exitError {
				t.Errorf("exit %d, want %d", code, exitError)
			}
			msg := d.stderr()
			if strings.Count(msg, "\n") != 1 || !strings.HasPrefix(msg, "upright: ") || !strings.Contains(msg, "injected panic") {
				t.Errorf("stderr is not one line naming the panic: %q", msg)
			}
			if log := d.logText(); strings.Contains(log, "goroutine ") || strings.Contains(log, "Caught panic") {
				t.Errorf("a stack trace reached the terminal")
			}
			checkDB(t, bin, d.db)
			if sets, ok := offered(t, bin, d.db); !ok || sets < 1 {
				t.Errorf("after the panic the next start offers %d sets (offered %v), want the plank set", sets, ok)
			}
		})
	}
}

// TestProductionBuildHasNoPanicHook checks the hook exists only under the build tag: the same
// key in a normal build does nothing.
func TestProductionBuildHasNoPanicHook(t *testing.T) {
	bin := buildBinary(t)
	d := startDrill(t, bin, "UPRIGHT_TEST_PANIC=update")
	d.toRestAfterFirstSet()
	d.send("%")
	time.Sleep(300 * time.Millisecond)
	if s := d.screen(); strings.Contains(s, "EXITED=") {
		t.Fatalf("a normal build stopped on the test key:\n%s", s)
	}
}
