package store

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime/debug"
	"testing"
	"time"
)

// realDB writes a database the way the app leaves one after a few weeks: two profiles, finished
// sessions, a session in progress and a saved routine. It returns the file's bytes and what each
// read should return.
func realDB(t *testing.T) (orig []byte, want flipWant) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "upright.db")
	s := mustOpen(t, path)
	want = flipWant{sessions: map[string]string{}, checkpoints: map[string]string{}}
	for p, name := range []string{"ann", "bob"} {
		if _, _, err := s.EnsureProfile(name, t0); err != nil {
			t.Fatal(err)
		}
		for i := range 12 {
			r := record(name, sid(p*100+i), t0.Add(time.Duration(i)*24*time.Hour), "core")
			r.Checkout.Note = fmt.Sprintf("note %d of %s", i, name)
			if err := s.FinishSession(r); err != nil {
				t.Fatal(err)
			}
			want.sessions[name+"/"+r.ID] = ""
		}
		if err := s.SaveCheckpoint(growing(name, "cp-"+name, 3), nil); err != nil {
			t.Fatal(err)
		}
	}
	src := []byte("name = \"Morning\"\n\n[[exercise]]\nid = \"plank\"\nsets = 2\nhold = \"20s\"\n")
	if _, err := s.SaveRoutine(src, RoutineSave{File: "morning.toml"}); err != nil {
		t.Fatal(err)
	}
	// What the untouched file reads back as, in the form the flipped copies are compared with.
	for _, name := range []string{"ann", "bob"} {
		recs, bad, err := s.Sessions(name, Query{})
		if err != nil || len(bad) > 0 {
			t.Fatal(err, bad)
		}
		for _, r := range recs {
			want.sessions[name+"/"+r.ID] = asJSON(r)
		}
		cp, err := s.Checkpoint(name)
		if err != nil || cp == nil {
			t.Fatal(err)
		}
		want.checkpoints[name] = asJSON(cp)
	}
	rs, bad, err := s.Routines()
	if err != nil || len(bad) > 0 || len(rs) != 1 {
		t.Fatal(err, bad)
	}
	want.routine = asJSON(rs[0])
	_ = s.Close()
	orig, err = os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return orig, want
}

type flipWant struct {
	sessions    map[string]string // profile/id → JSON
	checkpoints map[string]string // profile → JSON
	routine     string
}

func asJSON(v any) string {
	b, err := json.Marshal(v)
	if err != nil {
		panic(err)
	}
	return string(b)
}

// flipOutcome is what one flipped copy did.
type flipOutcome int

const (
	flipRefused  flipOutcome = iota // Open refused the file with an error
	flipReported                    // a read or Check reported damage; nothing wrong was returned
	flipHarmless                    // every read returned exactly the original data
	flipSilent                      // a read returned data that differs from the original: a failure
	flipPanicked                    // a panic: a failure
)

func (o flipOutcome) String() string {
	return [...]string{"refused at open", "damage reported", "harmless", "DAMAGED DATA ACCEPTED", "PANIC"}[o]
}

// TestThousandByteFlips flips one byte of a real database 1,000 times (half anywhere in the file,
// half in its non-zero bytes, where the data is; 20,000 with UPRIGHT_LONG=1) and opens each copy as the app does: no panic,
// and no read ever returns a record, checkpoint or routine that differs from what was stored.
func TestThousandByteFlips(t *testing.T) {
	orig, want := realDB(t)
	var data []int // offsets of non-zero bytes
	for i, b := range orig {
		if b != 0 {
			data = append(data, i)
		}
	}
	rng := rand.New(rand.NewPCG(7, 1000))
	dir := t.TempDir()
	counts := map[flipOutcome]int{}
	flips := 1000
	if os.Getenv("UPRIGHT_LONG") != "" {
		flips = 20000 // bench: twenty times the figure
	}
	for n := range flips {
		off := rng.IntN(len(orig))
		if n%2 == 1 {
			off = data[rng.IntN(len(data))]
		}
		b := bytes.Clone(orig)
		b[off] ^= byte(1 + rng.IntN(255))
		path := filepath.Join(dir, fmt.Sprintf("flip%04d.db", n))
		if err := os.WriteFile(path, b, 0o600); err != nil {
			t.Fatal(err)
		}
		out, detail := readFlipped(path, want)
		counts[out]++
		if out == flipSilent || out == flipPanicked {
			t.Errorf("flip %d at offset %d (page %d): %v: %s", n, off, off/4096, out, detail)
		}
		_ = os.Remove(path)
	}
	t.Logf("%d flips: %d refused at open, %d damage reported, %d harmless, %d damaged data accepted, %d panics",
		flips, counts[flipRefused], counts[flipReported], counts[flipHarmless], counts[flipSilent], counts[flipPanicked])
}

// readFlipped opens a flipped copy read-write, as the app does, and reads everything through the
// store's API.
func readFlipped(path string, want flipWant) (out flipOutcome, detail string) {
	defer func() {
		if r := recover(); r != nil {
			out, detail = flipPanicked, fmt.Sprint(r)
		}
	}()
	old := debug.SetPanicOnFault(true) // a bad page must not take the process down unnoticed
	defer debug.SetPanicOnFault(old)
	s, err := Open(path, Options{Timeout: time.Second})
	if err != nil {
		return flipRefused, err.Error()
	}
	defer s.Close()
	reported, why := false, ""
	short := func(cond bool, what string) {
		if cond && !reported {
			reported, why = true, what
		}
	}
	for _, name := range []string{"ann", "bob"} {
		recs, bad, err := s.Sessions(name, Query{})
		short(err != nil || len(bad) > 0, fmt.Sprintf("sessions of %s: %v %v", name, err, bad))
		for _, r := range recs {
			if w, ok := want.sessions[name+"/"+r.ID]; !ok || w != asJSON(r) {
				return flipSilent, "session " + name + "/" + r.ID + " differs: " + asJSON(r)
			}
		}
		short(len(recs) != 12, fmt.Sprintf("%d sessions of %s", len(recs), name))
		cp, err := s.Checkpoint(name)
		switch {
		case err != nil:
			short(true, "checkpoint: "+err.Error())
		case cp == nil:
			short(true, "no checkpoint of "+name) // a lost checkpoint must be reported by Check below
		case asJSON(cp) != want.checkpoints[name]:
			return flipSilent, "checkpoint of " + name + " differs: " + asJSON(cp)
		}
	}
	rs, bad, err := s.Routines()
	short(err != nil || len(bad) > 0 || len(rs) != 1, fmt.Sprintf("routines: %d %v %v", len(rs), err, bad))
	for _, r := range rs {
		if asJSON(r) != want.routine {
			return flipSilent, "routine differs: " + asJSON(r)
		}
	}
	probs, err := s.Check()
	if err != nil || len(probs) > 0 {
		return flipReported, fmt.Sprint(probs, err)
	}
	if reported {
		// Something was missing or unreadable, yet Check found the file clean.
		return flipSilent, why + ", but Check reports no problem"
	}
	return flipHarmless, ""
}
